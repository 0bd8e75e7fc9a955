// The shared tone cases driven through the real card, as they run through the Zendesk sidebar: a
// finding reads as shared/tone/view-words decides whichever languages the HubSpot user and the
// contact speak (shared/testing/tone-words-cases.ts), and Copy does what the "on save" mode
// decides for a public reply (shared/testing/tone-send-cases.ts).
import { describe, expect, it } from '@jest/globals';
import { Button, StatusTag, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { createCardTranslator } from '../../apps/hubspot/card/ui/i18n';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import { defaultSettings } from '../../shared/settings';
import { toneSendCases } from '../../shared/testing/tone-send-cases';
import { toneWordsCases } from '../../shared/testing/tone-words-cases';
import { checkTone } from '../../shared/tone';
import { toneView } from '../../shared/tone/view';
import { toneWords } from '../../shared/tone/view-words';
import {
  contactProperties,
  createMockContext,
  createTestServices,
  engagementsHandler,
  loadModelsBeforeAll,
  settingsHandler,
  untilCalled,
  patiently,
} from './factories';

loadModelsBeforeAll();

/** The tone panel for a HubSpot user in `agentLocale` on a contact who speaks `customerLocale`. */
async function renderTone(agentLocale: string, customerLocale: string) {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(
    <Card
      services={createTestServices({
        context: createMockContext({ user: { locale: agentLocale } }),
        properties: contactProperties({ hs_language: customerLocale }),
      })}
      panels={[{ id: 'tone', title: 'tone.title', Panel: TonePanel }]}
    />,
  );
  await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy(), patiently);
  return renderer;
}

describe('HubSpot card: the shared tone-words cases', () => {
  it.each(toneWordsCases)('$name', async (c) => {
    const t = createCardTranslator(c.agentLocale);
    const checked = checkTone(c.draft, { locale: c.customerLocale });
    const [expected] = toneWords(t, checked, c.agentLocale).problems;
    if (expected?.suggestion === undefined) throw new Error('the case needs a rewrite');

    server.use(settingsHandler(), engagementsHandler());
    const renderer = await renderTone(c.agentLocale, c.customerLocale);
    renderer.find(TextArea).props.onInput?.(c.draft);

    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'finding-0-reason').text).toBe(expected.explanation),
      patiently,
    );
    expect(renderer.findByTestId(Tag, 'finding-0-category').text).toBe(
      `${t(`tone.category.${c.category}`)} · ${expected.severity}`,
    );
    expect(renderer.findByTestId(Text, 'finding-0-suggestion').text).toBe(
      `${expected.suggestion.label}: “${expected.suggestion.text}”`,
    );
  });
});

describe('HubSpot card: the shared tone send cases (Copy)', () => {
  const t = createCardTranslator('en');

  it.each(toneSendCases)('$name', async (c) => {
    const { verdictLabel } = toneView(checkTone(c.draft, { locale: 'en' }));
    server.use(
      settingsHandler({ ...defaultSettings, tone: { ...defaultSettings.tone, onSave: c.onSave } }),
      engagementsHandler(),
    );
    const renderer = await renderTone('en', 'en');
    renderer.find(TextArea).props.onInput?.(c.draft);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(t(verdictLabel)),
      patiently,
    );
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(
          c.outcome === 'stopped',
        ),
      patiently,
    );
    const blocked = renderer.maybeFindByTestId(Text, 'draft-copy-blocked');
    if (c.outcome === 'stopped') {
      for (const category of c.categories) {
        expect(blocked?.text).toContain(t(`tone.category.${category}`).toLowerCase());
      }
      return;
    }
    expect(blocked).toBeNull();
    renderer.findByTestId(Button, 'draft-copy').trigger('onClick');
    const { addAlert } = renderer.mocks.actions;
    await untilCalled(addAlert);
    expect(addAlert.calls[0]?.[0]).toMatchObject(
      c.outcome === 'warned'
        ? { type: 'warning', title: t('card.tone.copiedWithProblems.title') }
        : { type: 'success', title: t('card.tone.copied.title') },
    );
  });
});
