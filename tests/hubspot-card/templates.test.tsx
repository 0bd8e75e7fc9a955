// The template picker in the card's tone panel: a template is filled in for the contact the card
// is on (their name, balance and due date, the agent's name, the portal's company name and payment
// link), put into the draft box, and tone-checked like any draft.
import { describe, expect, it } from '@jest/globals';
import { Alert, Button, Select, StatusTag, TextArea, Tile } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths } from '../../apps/hubspot/contract';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import { defaultSettings } from '../../shared/settings';
import {
  contactProperties,
  createMockContext,
  createTestServices,
  loadModelsBeforeAll,
  testBackendUrl,
  patiently,
} from './factories';

loadModelsBeforeAll();

const outreach = { companyName: 'Acme Lending', paymentLink: 'https://pay.acme.test/51' };

function settingsWith(stored: Record<string, unknown>) {
  return http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
    HttpResponse.json({ settings: { ...defaultSettings, ...stored } }),
  );
}

async function renderPicker(properties = contactProperties()) {
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.context.user.firstName = 'Alex';
  renderer.mocks.context.user.lastName = 'Agent';
  renderer.render(
    <Card
      services={createTestServices({ properties })}
      panels={[{ id: 'tone', title: 'tone.title', Panel: TonePanel }]}
    />,
  );
  await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy(), patiently);
  return renderer;
}

type Rendered = Awaited<ReturnType<typeof renderPicker>>;

// Called directly: the SDK types `trigger`'s second argument as the handler itself.
const choose = (renderer: Rendered, id: string) =>
  renderer.findByTestId(Select, 'template-select').props.onChange?.(id);

/** Chooses a template and returns the draft once it starts with `greeting`. */
async function draftFrom(renderer: Rendered, id: string, greeting: RegExp): Promise<string> {
  choose(renderer, id);
  const draft = () => String(renderer.find(TextArea).props.value);
  await renderer.waitFor(() => expect(draft()).toMatch(greeting), patiently);
  return draft();
}

describe('HubSpot card: template picker', () => {
  it("fills a template in the contact's language for this contact, and it checks ok", async () => {
    server.use(settingsWith({ outreach }));
    const renderer = await renderPicker(); // Maria Lopez, es, owes $1,250.00 due 2026-11-01
    const titles = renderer
      .findByTestId(Select, 'template-select')
      .props.options.map((option) => option.label);
    expect(titles).toHaveLength(7);

    const draft = await draftFrom(renderer, 'first-missed-payment', /^Hola, Maria:/);
    expect(draft).toContain('1250,00\u00a0US$');
    expect(draft).toMatch(/1 de noviembre de 2026/);
    expect(draft).toContain('https://pay.acme.test/51');
    expect(draft).toContain('Alex Agent');
    expect(draft).toContain('Acme Lending');
    expect(draft).not.toContain('{{');
    // Checked by our backend at once (no typing pause for a template).
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Kind and clear'),
      patiently,
    );
    expect(renderer.findAll(Tile)).toHaveLength(0);
  });

  it('uses English templates and formats for an English-speaking contact', async () => {
    server.use(settingsWith({ outreach }));
    const renderer = await renderPicker(contactProperties({ hs_language: 'en-gb' }));

    const draft = await draftFrom(renderer, 'early-reminder', /^Hi Maria,/);
    expect(draft).toContain('US$1,250.00');
    expect(draft).toContain('1 November 2026');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Kind and clear'),
      patiently,
    );
  });

  it('without settings, fills what it can and marks the missing parts in the draft', async () => {
    server.use(settingsWith({}));
    const renderer = await renderPicker(contactProperties({ hs_language: 'en' }));

    const draft = await draftFrom(renderer, 'early-reminder', /^Hi Maria,/);
    expect(draft).toContain('$1,250.00');
    expect(draft).toContain('[to fill in: the payment link]');
    expect(draft).toContain('[to fill in: the company name]');
    expect(draft).not.toContain('{{');
    expect(renderer.findByTestId(Alert, 'template-problem').text).toMatch(
      /fill in.*payment link.*company name.*Tactful settings/i,
    );
    // A marker is not for the customer: Copy waits until every marked part is filled in.
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(true),
      patiently,
    );
  });

  it('marks the missing parts in Spanish for a Spanish-speaking user and contact', async () => {
    server.use(settingsWith({}));
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices({
          properties: contactProperties(),
          context: createMockContext({ user: { locale: 'es-ES' } }),
        })}
        panels={[{ id: 'tone', title: 'tone.title', Panel: TonePanel }]}
      />,
    );
    await renderer.waitFor(
      () => expect(renderer.find(TextArea).props.label).toBeTruthy(),
      patiently,
    );

    choose(renderer, 'early-reminder');

    await renderer.waitFor(
      () =>
        expect(String(renderer.find(TextArea).props.value)).toContain(
          '[completar: el enlace de pago]',
        ),
      patiently,
    );
    expect(renderer.findByTestId(Alert, 'template-problem').text).toMatch(/enlace de pago/);
  });

  it('keeps the company name but not an http:// link saved before links had to be https', async () => {
    server.use(
      settingsWith({
        outreach: { companyName: 'Acme Lending', paymentLink: 'http://pay.acme.test' },
      }),
    );
    const renderer = await renderPicker(contactProperties({ hs_language: 'en' }));

    choose(renderer, 'balance-cleared');
    await renderer.waitFor(
      () => expect(String(renderer.find(TextArea).props.value)).toContain('Acme Lending'),
      patiently,
    );

    choose(renderer, 'early-reminder');
    await renderer.waitFor(
      () =>
        expect(String(renderer.find(TextArea).props.value)).toContain(
          '[to fill in: the payment link]',
        ),
      patiently,
    );
    expect(renderer.findByTestId(Alert, 'template-problem').text).toMatch(/payment link/);
  });
});
