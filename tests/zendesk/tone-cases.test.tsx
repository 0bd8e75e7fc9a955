// The shared tone cases driven through the real sidebar, as they run through the HubSpot card: a
// finding reads as shared/tone/view-words decides whichever languages the agent and the requester
// speak (shared/testing/tone-words-cases.ts), and Submit does what the "on save" mode decides
// (shared/testing/tone-send-cases.ts).
import { describe, expect, it } from '@jest/globals';
import { act, within } from '@testing-library/react';
import { createTranslator } from '../../shared/i18n';
import { toneSendCases } from '../../shared/testing/tone-send-cases';
import { toneWordsCases } from '../../shared/testing/tone-words-cases';
import { checkTone } from '../../shared/tone';
import { toneView } from '../../shared/tone/view';
import { toneWords } from '../../shared/tone/view-words';
import type { HookOutcome } from '../../mocks/zendesk/ticket-model';
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

describe('Zendesk sidebar: the shared tone send cases (Submit)', () => {
  const t = createTranslator('en');

  it.each(toneSendCases)('$name', async (c) => {
    const html = `<p>${c.draft}</p>`;
    const { verdictLabel } = toneView(checkTone(html, { format: 'html', locale: 'en' }));
    const { client } = renderSidebar(() => ({
      comment: { text: html },
      settings: { tone_on_save: c.onSave },
    }));
    const panel = await findRegion(t('tone.title'));
    await within(panel).findByText(t(verdictLabel), {}, { timeout: 5000 });

    let outcome: HookOutcome | undefined;
    await act(async () => {
      outcome = await client.model.runHook('ticket.save');
    });
    expect(outcome?.allowed).toBe(c.outcome !== 'stopped');
    if (c.outcome === 'sent') {
      expect(within(panel).queryByRole('alert')).toBeNull();
      return;
    }
    const notice = await within(panel).findByRole('alert');
    for (const category of c.categories) {
      expect(notice).toHaveTextContent(t(`tone.category.${category}`).toLowerCase());
      if (outcome?.allowed === false) {
        expect(outcome.message).toContain(t(`tone.category.${category}`).toLowerCase());
      }
    }
  });
});
