/**
 * The core returns codes and values, never sentences: the hosts and the CLI put them into words
 * through the catalog (shared/i18n). This walks real core results and fails on any string that reads
 * like prose, except the fields that are content by design, each listed with why.
 */
import { describe, expect, it } from '@jest/globals';
import { historyInsight, historyView } from '../../shared/history/view';
import { suggestPlans } from '../../shared/plans';
import {
  historyNow,
  historyTimeZone,
  syntheticTimeline,
  testFlag,
  testPlanRequest,
} from '../../shared/testing/factories';
import { toneViewCases } from '../../shared/testing/view-cases';
import { checkTone, toneView } from '../../shared/tone';

/** Three words in a row: a sentence, not a code (`quiet-hours`), a zone or a date. */
const prose = /\p{L}{2,}[ ,;:]+\p{L}{2,}[ ,;:]+\p{L}{2,}/u;

/**
 * Fields whose text is content, not the core talking to the agent:
 * - a tone finding's `excerpt` is the draft's own words, and its `reason` and `suggestion` are the
 *   rule set's data in the draft's language (shared/tone/rules, shared/tone/meaning/locales);
 * - a plan option's `summary` is the sentence for the customer, in the customer's language, worded
 *   by the catalog (plans.summary.*).
 */
const content = new Set(['excerpt', 'reason', 'suggestion', 'summary']);

/** Every string under `value` that reads like prose, with its path. */
function proseIn(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') return prose.test(value) ? [`${path}: ${value}`] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => proseIn(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      content.has(key) ? [] : proseIn(item, `${path}.${key}`),
    );
  }
  return [];
}

describe('core results carry codes, not sentences', () => {
  it('finds prose where there is some (the detector works)', () => {
    expect(proseIn({ code: 'quiet-hours', message: 'Outside the customer’s hours.' })).toEqual([
      '$.message: Outside the customer’s hours.',
    ]);
    expect(proseIn({ code: 'do-not-call', zone: 'America/New_York', at: historyNow })).toEqual([]);
  });

  it.each([
    ['no flags', []],
    ['a dispute', [testFlag('dispute', '2026-11-01')]],
    [
      'vulnerable and do not call',
      [testFlag('vulnerable', '2026-11-01'), testFlag('do-not-call', '2026-11-02')],
    ],
    ['cease', [testFlag('cease', '2026-11-01')]],
  ])('history: the insight and its view, %s', (_, flags) => {
    const input = {
      timeZone: historyTimeZone,
      events: syntheticTimeline(40),
      flags,
      now: historyNow,
      dueDate: '2026-11-01',
    };
    const insight = historyInsight(input);
    expect(proseIn(insight)).toEqual([]);
    expect(proseIn(historyView(input, 'Europe/Madrid'))).toEqual([]);
  });

  it.each(toneViewCases)('tone: the check and its view, $name', (c) => {
    const result = checkTone(c.draft, { locale: 'en' });
    expect(proseIn(result)).toEqual([]);
    expect(proseIn(toneView(result))).toEqual([]);
  });

  it('plans: the options and what the policy needs', () => {
    const suggestions = suggestPlans(testPlanRequest());
    expect(suggestions.ok).toBe(true);
    if (suggestions.ok) expect(proseIn(suggestions.value)).toEqual([]);
  });
});
