// The admin's first-run checklist in HubSpot ("Set up Tactful"): on the card, above the panels, for
// users who can change app settings and only while the balance properties or the portal's policy
// are missing; on the settings page while setup is incomplete. Settings and the collections reply
// come from msw; the user's permissions from the SDK's mock context.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { Button, EmptyState, Heading, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths } from '../../apps/hubspot/contract';
import { renderSettingsPage } from './render-settings';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { OverviewPanel } from '../../apps/hubspot/card/ui/panels/overview/OverviewPanel';
import { defaultSettings } from '../../shared/settings';
import {
  collectionsHandler,
  collectionsReply,
  contactProperties,
  createTestServices,
  emptyPortalHandlers,
  testBackendUrl,
  patiently,
} from './factories';

const settingsUrl = `${testBackendUrl}${backendPaths.settings}`;
const savedSettings = {
  ...defaultSettings,
  outreach: { companyName: 'Acme Lending', paymentLink: 'https://pay.acme.test' },
};

const storedSettings = (settings: Record<string, unknown>) =>
  http.get(settingsUrl, () => HttpResponse.json({ settings }));

/** The card with only the overview below the checklist, viewed by a user who can (or cannot) change app settings. */
function renderCard(canChangeSettings: boolean, properties = contactProperties()) {
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.context.user.permissions = canChangeSettings
    ? ['integrations-management-write']
    : [];
  renderer.render(
    <Card
      services={createTestServices({ properties })}
      panels={[{ id: 'overview', title: 'card.overview.title', Panel: OverviewPanel }]}
    />,
  );
  return renderer;
}

type Rendered = Pick<ReturnType<typeof renderCard>, 'findByTestId' | 'findAll'>;

const step = (renderer: Rendered, id: string) =>
  renderer.findByTestId(StatusTag, `setup-${id}`).text;
const checklistShown = (renderer: Rendered) =>
  renderer.findAll(Heading).some((heading) => heading.text === 'Set up Tactful');

/** Once the card shows the contact, and the checklist's reads had time to land: no checklist. */
async function expectNoChecklist(renderer: ReturnType<typeof renderCard>) {
  await renderer.waitFor(
    () => expect(renderer.findAll(Heading).map((heading) => heading.text)).toContain('Maria Lopez'),
    patiently,
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(checklistShown(renderer)).toBe(false);
}

describe('HubSpot card: Set up Tactful', () => {
  beforeEach(() => server.use(...emptyPortalHandlers(), collectionsHandler()));

  it('shows an admin of a portal with no saved settings what is left, above the panels', async () => {
    const renderer = renderCard(true);
    await renderer.waitFor(() => expect(checklistShown(renderer)).toBe(true), patiently);
    expect(step(renderer, 'fields-mapped')).toBe('Done');
    expect(step(renderer, 'policy-set')).toBe('To do');
    expect(step(renderer, 'test-draft')).toBe('To do');
    expect(
      renderer.findAll(Text).some((text) => /check the payment-plan policy/.test(text.text ?? '')),
    ).toBe(true);
  });

  it('checks a harsh test draft with the portal settings and shows what the tone check finds', async () => {
    const renderer = renderCard(true);
    await renderer.waitFor(() => expect(checklistShown(renderer)).toBe(true), patiently);

    renderer.findByTestId(Button, 'setup-check-test-draft').trigger('onClick');

    await renderer.waitFor(() => expect(step(renderer, 'test-draft')).toBe('Done'), patiently);
    expect(renderer.findByTestId(Tile, 'setup-test-draft-result')).toBeTruthy();
    expect(
      renderer
        .findAll(Text)
        .some((text) => /The tone check found \d+ problems?:/.test(text.text ?? '')),
    ).toBe(true);
    const findings = renderer
      .findAll(Text)
      .filter((text) => (text.props.testId ?? '').startsWith('setup-test-draft-finding-'));
    expect(
      findings.some((finding) => /^Threat \(stops the message\): /.test(finding.text ?? '')),
    ).toBe(true);
  });

  it('names the balance properties as not ready when the backend cannot read them', async () => {
    server.use(
      storedSettings(savedSettings),
      collectionsHandler(collectionsReply({ balance: undefined, unreadable: ['tactful_balance'] })),
    );
    const renderer = renderCard(true);
    await renderer.waitFor(() => expect(checklistShown(renderer)).toBe(true), patiently);
    expect(step(renderer, 'fields-mapped')).toBe('To do');
    expect(step(renderer, 'policy-set')).toBe('Done');
  });

  it('names the fields as not mapped when the saved settings leave the balance field empty', async () => {
    server.use(
      storedSettings({ ...savedSettings, fields: { ...defaultSettings.fields, balance: '' } }),
    );
    const renderer = renderCard(true);
    await renderer.waitFor(() => expect(checklistShown(renderer)).toBe(true), patiently);
    expect(step(renderer, 'fields-mapped')).toBe('To do');
  });

  it('asks an admin for the company name and payment link the templates need', async () => {
    server.use(storedSettings({ ...savedSettings, outreach: defaultSettings.outreach }));
    const renderer = renderCard(true);
    await renderer.waitFor(() => expect(checklistShown(renderer)).toBe(true), patiently);
    expect(step(renderer, 'policy-set')).toBe('Done');
    expect(step(renderer, 'outreach-set')).toBe('To do');
    expect(
      renderer.findAll(Text).some((text) => /company name and payment link/.test(text.text ?? '')),
    ).toBe(true);
  });

  it('stays out of the way once the fields are mapped and the policy saved', async () => {
    server.use(storedSettings(savedSettings));
    const renderer = renderCard(true);
    await expectNoChecklist(renderer);
  });

  it('is not shown to users who cannot change app settings', async () => {
    const renderer = renderCard(false);
    await expectNoChecklist(renderer);
  });

  it("points to the checklist from the overview's No balance set state", async () => {
    const renderer = renderCard(
      false,
      contactProperties({ tactful_balance: null, tactful_currency: '', tactful_due_date: null }),
    );
    await renderer.waitFor(
      () => expect(renderer.find(EmptyState).props.title).toBe('No balance set'),
      patiently,
    );
    expect(
      renderer.findAll(Text).some((text) => /"Set up Tactful" checklist/.test(text.text ?? '')),
    ).toBe(true);
  });
});

describe('HubSpot settings page: Set up Tactful', () => {
  const renderSettings = () => renderSettingsPage();

  it('heads the page for a portal that never saved settings, and ticks the policy off on save', async () => {
    server.use(
      storedSettings({}),
      http.put(settingsUrl, async ({ request }) => HttpResponse.json(await request.json())),
    );
    const renderer = renderSettings();
    await renderer.waitFor(() => expect(step(renderer, 'policy-set')).toBe('To do'), patiently);
    expect(step(renderer, 'fields-mapped')).toBe('Done');

    renderer.findByTestId(Button, 'setup-check-test-draft').trigger('onClick');
    await renderer.waitFor(() => expect(step(renderer, 'test-draft')).toBe('Done'), patiently);

    renderer.findByTestId(Button, 'settings-save').trigger('onClick');
    await renderer.waitFor(() => expect(step(renderer, 'policy-set')).toBe('Done'), patiently);
  });

  it('is not shown when the portal is set up', async () => {
    server.use(storedSettings(savedSettings));
    const renderer = renderSettings();
    await renderer.waitFor(
      () => expect(renderer.maybeFind(Button, { testId: 'settings-save' })).not.toBeNull(),
      patiently,
    );
    expect(renderer.maybeFindByTestId(StatusTag, 'setup-policy-set')).toBeNull();
  });
});
