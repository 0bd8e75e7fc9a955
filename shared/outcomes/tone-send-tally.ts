/**
 * What the tone check saw while an agent wrote one reply, counted in memory and turned into a
 * {@link ToneSend} when the reply is saved: checks run, the first check's verdict and categories,
 * `block` findings that were shown and are gone from the sent text, suggestions applied. Counts and
 * rule ids only: no excerpt or draft text is kept.
 */
import type { PlainDate } from '../calendar/calendar';
import type { ToneCategory, ToneResult } from '../tone/types';
import type { RecordScope } from './records';
import type { ToneSend } from './tone-day-counts';

export interface ToneSendTally {
  readonly checks: number;
  readonly first?: {
    readonly verdict: ToneResult['verdict'];
    readonly categories: Readonly<Partial<Record<ToneCategory, number>>>;
  };
  /** Rule ids of the `block` findings shown at any check. */
  readonly blockRules: ReadonlySet<string>;
  readonly suggestionsApplied: number;
}

/** A reply nothing has been counted for yet. */
export const emptyToneSendTally: ToneSendTally = {
  checks: 0,
  blockRules: new Set(),
  suggestionsApplied: 0,
};

function categoriesOf(result: ToneResult): Partial<Record<ToneCategory, number>> {
  const categories: Partial<Record<ToneCategory, number>> = {};
  for (const finding of result.findings) {
    categories[finding.category] = (categories[finding.category] ?? 0) + 1;
  }
  return categories;
}

/** The tally with one more check of the draft. */
export function tallyCheck(tally: ToneSendTally, result: ToneResult): ToneSendTally {
  const blockRules = new Set(tally.blockRules);
  for (const finding of result.findings) {
    if (finding.severity === 'block') blockRules.add(finding.ruleId);
  }
  return {
    ...tally,
    checks: tally.checks + 1,
    first: tally.first ?? { verdict: result.verdict, categories: categoriesOf(result) },
    blockRules,
  };
}

/** The tally with `count` suggestions applied to the draft. */
export function tallySuggestions(tally: ToneSendTally, count: number): ToneSendTally {
  return { ...tally, suggestionsApplied: tally.suggestionsApplied + Math.max(0, count) };
}

/**
 * The send of a reply whose saved text checked as `sent`, counting that check too: `block` findings
 * seen before and not in the sent text were caught; anything but `ok` went out over a warning.
 */
export function toneSendOf(
  tally: ToneSendTally,
  sent: ToneResult,
  send: RecordScope & { sendId: string; date: PlainDate },
): ToneSend {
  const counted = tallyCheck(tally, sent);
  const stillThere = new Set(
    sent.findings.filter((finding) => finding.severity === 'block').map((f) => f.ruleId),
  );
  const caught = [...counted.blockRules].filter((rule) => !stillThere.has(rule)).length;
  return {
    sendId: send.sendId,
    agent: send.agent,
    ...(send.team === undefined ? {} : { team: send.team }),
    ...(send.brandOrOwner === undefined ? {} : { brandOrOwner: send.brandOrOwner }),
    date: send.date,
    checks: counted.checks,
    firstVerdict: counted.first?.verdict ?? sent.verdict,
    finalVerdict: sent.verdict,
    blocksCaught: caught,
    sentOverWarning: sent.verdict !== 'ok',
    suggestionsApplied: counted.suggestionsApplied,
    categories: counted.first?.categories ?? categoriesOf(sent),
  };
}
