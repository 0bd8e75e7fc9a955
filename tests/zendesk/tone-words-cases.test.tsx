// The shared tone-words cases (shared/testing/tone-words-cases.ts) driven through the real sidebar:
// a finding reads as shared/tone/view-words decides, whichever languages the agent and the
// requester speak. The same cases run through the HubSpot card.
import { describe, expect, it } from '@jest/globals';
import { act, within } from '@testing-library/react';
import { createTranslator } from '../../apps/zendesk/ui/i18n';
import { toneWordsCases } from '../../shared/testing/tone-words-cases';
import { checkTone } from '../../shared/tone';
import { toneWords } from '../../shared/tone/view-words';
import { findRegion, renderSidebar, requester } from './render-sidebar';

describe('Zendesk sidebar: the shared tone-words cases', () => {
  it.each(toneWordsCases)('$name', async (c) => {
    const t = createTranslator(c.agentLocale);
    const html = `<p>${c.draft}</p>`;
    const checked = checkTone(html, { format: 'html', locale: c.customerLocale });
    const [expected] = toneWords(t, checked, c.agentLocale).problems;
    if (expected?.suggestion === undefined) throw new Error('the case needs a rewrite');

    const { client } = renderSidebar((world) => ({
      currentUser: { locale: c.agentLocale },
      ticket: { requester: { ...requester(world, 9003), locale: c.customerLocale } },
    }));
    const panel = await findRegion(t('tone.title'));
    act(() => client.model.typeDraft(html));
    const findings = await within(panel).findByRole(
      'region',
      { name: t('tone.findingsTitle') },
      { timeout: 5000 },
    );
    const [first] = within(findings).getAllByRole('listitem');
    if (first === undefined) throw new Error('no finding listed');
    expect(first).toHaveTextContent(`${t(`tone.category.${c.category}`)} · ${expected.severity}`);
    expect(within(first).getByText(expected.explanation)).toBeInTheDocument();
    expect(within(first).getByText(expected.suggestion.text).parentElement).toHaveTextContent(
      `${expected.suggestion.label}: ${expected.suggestion.text}`,
    );
  });
});
