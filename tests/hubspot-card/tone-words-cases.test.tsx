// The shared tone-words cases (shared/testing/tone-words-cases.ts) driven through the real card: a
// finding reads as shared/tone/view-words decides, whichever languages the HubSpot user and the
// contact speak. The same cases run through the Zendesk sidebar.
import { describe, expect, it } from '@jest/globals';
import { Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { createCardTranslator } from '../../apps/hubspot/card/ui/i18n';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import { toneWordsCases } from '../../shared/testing/tone-words-cases';
import { checkTone } from '../../shared/tone';
import { toneWords } from '../../shared/tone/view-words';
import {
  contactProperties,
  createMockContext,
  createTestServices,
  engagementsHandler,
  settingsHandler,
} from './factories';

describe('HubSpot card: the shared tone-words cases', () => {
  it.each(toneWordsCases)('$name', async (c) => {
    const t = createCardTranslator(c.agentLocale);
    const checked = checkTone(c.draft, { locale: c.customerLocale });
    const [expected] = toneWords(t, checked, c.agentLocale).problems;
    if (expected?.suggestion === undefined) throw new Error('the case needs a rewrite');

    server.use(settingsHandler(), engagementsHandler());
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices({
          context: createMockContext({ user: { locale: c.agentLocale } }),
          properties: contactProperties({ hs_language: c.customerLocale }),
        })}
        panels={[{ id: 'tone', title: 'tone.title', Panel: TonePanel }]}
      />,
    );
    await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy());
    renderer.find(TextArea).props.onInput?.(c.draft);

    await renderer.waitFor(() =>
      expect(renderer.findByTestId(Text, 'finding-0-reason').text).toBe(expected.explanation),
    );
    expect(renderer.findByTestId(Tag, 'finding-0-category').text).toBe(
      t(`tone.category.${c.category}`),
    );
    expect(renderer.findByTestId(Text, 'finding-0-suggestion').text).toBe(
      `${expected.suggestion.label}: "${expected.suggestion.text}"`,
    );
  });
});
