// The plans panel's setup in the agent's words: the notes about defaults, and an unreadable balance.
import { describe, expect, it } from '@jest/globals';
import { createCardTranslator } from '../ui/i18n';
import { planNoteText, planSetupFailure } from './plan-setup';

describe('plan setup words', () => {
  it('says what was defaulted, in the user’s language, naming the holidays or the failure', () => {
    for (const locale of ['en-US', 'es-ES']) {
      const t = createCardTranslator(locale);
      const texts = [
        planNoteText({ code: 'policy-defaulted' }, t),
        planNoteText({ code: 'policy-unavailable', error: 'network' }, t),
        planNoteText({ code: 'unknown-holidays', holidays: 'XX' }, t),
        planNoteText({ code: 'holidays-unavailable', holidays: 'ES' }, t),
      ];
      expect(new Set(texts).size).toBe(4);
      for (const text of texts) expect(text).not.toMatch(/card\.plans\./);
      expect(texts[1]).toContain(t('card.errors.network.title'));
      expect(texts[2]).toContain('XX');
    }
  });

  it('names every unreadable property, or gives the read’s own message when none is named', () => {
    const t = createCardTranslator('en-US');
    const problem = { code: 'not-a-date' as const, property: 'tactful_due_date', value: 'soon' };
    const named = planSetupFailure({ problems: [problem], message: 'ignored' }, t);
    expect(named.title).toBe('The balance could not be read');
    expect(named.body).toContain('tactful_due_date');
    expect(named.body).not.toContain('ignored');
    expect(planSetupFailure({ problems: [], message: 'CRM read failed' }, t).body).toBe(
      'CRM read failed',
    );
  });
});
