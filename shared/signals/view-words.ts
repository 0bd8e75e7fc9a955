/**
 * The signals section's items in words, the same on both hosts: a flag's reason quoted from the
 * customer, which suggested flags get a button and which show as already set, a promise's amount
 * and day, and the flag suggestions worth warning about beside the guards.
 */
import { formatDate } from '../calendar/display';
import type { FlagKind } from '../history/flag-kinds';
import type { Translate } from '../i18n/translate';
import type { PlainDate } from '../calendar/calendar';
import { formatMoney, type Money } from '../money/money';
import { flagReasonFor } from './flag-reason';
import type { PromiseOffer } from './promise-offer';
import { messageSource, type MessageSourceKind } from './source';
import type { SignalItem } from './view';

/** The reason a flag set from `excerpt` carries: the customer's words, cut to `maxLength`. */
export function signalFlagReason(t: Translate, excerpt: string, maxLength: number): string {
  return flagReasonFor(
    (quoted) => t('signals.reviewFlagReason', { excerpt: quoted }),
    excerpt,
    maxLength,
  );
}

/** A suggested flag as the agent sees it: a Set button, or a note that the customer has it. */
export interface SuggestedFlagWords {
  flag: FlagKind;
  alreadySet: boolean;
  label: string;
}

/** `item`'s suggested flags, in its order; `isSet` says which the customer has already. */
export function suggestedFlagWords(
  t: Translate,
  item: SignalItem,
  isSet: (flag: FlagKind) => boolean,
): SuggestedFlagWords[] {
  return item.suggestedFlags.map((flag) => {
    const name = t(`history.flags.name.${flag}`);
    return isSet(flag)
      ? { flag, alreadySet: true, label: t('signals.flagAlreadySet', { flag: name }) }
      : { flag, alreadySet: false, label: t('signals.setFlag', { flag: name }) };
  });
}

/** A promise offer's amount and day as tags read them; either is missing when the customer left it out. */
export function promiseOfferWords(
  t: Translate,
  offer: PromiseOffer,
  locale: string,
): { amount?: string; due?: string } {
  const words: { amount?: string; due?: string } = {};
  if (offer.amount) {
    const money = { minor: BigInt(offer.amount.minor), currency: offer.amount.currency };
    words.amount = t('signals.promise.amount', { amount: formatMoney(money, locale) });
  }
  if (offer.dueDate)
    words.due = t('signals.promise.due', { date: formatDate(offer.dueDate, locale) });
  return words;
}

/** The line a recorded promise to pay leaves: its amount and day, and that the ticket follows it. */
export function promiseRecordedWords(
  t: Translate,
  promise: { amount: Money; dueDate: PlainDate },
  locale: string,
): string {
  const amount = formatMoney(promise.amount, locale);
  return t('signals.promise.recordedOn', { amount, date: formatDate(promise.dueDate, locale) });
}

/** A flag the customer's words suggest, with its reason and the message the words are in. */
export interface SignalFlagSuggestion {
  flag: FlagKind;
  reason: string;
  source: string;
}

/** Every flag `items` suggest, from messages of `kind` with an id the flag log can keep. */
export function signalFlagSuggestions(
  t: Translate,
  items: readonly SignalItem[],
  kind: MessageSourceKind,
  maxLength: number,
): SignalFlagSuggestion[] {
  return items.flatMap((item) => {
    const source = messageSource(kind, item.commentId);
    if (source === undefined) return [];
    const reason = signalFlagReason(t, item.excerpt, maxLength);
    return item.suggestedFlags.map((flag) => ({ flag, reason, source }));
  });
}

/**
 * The suggested flags to warn about, one reason a flag: those the flag log holds as undecided
 * first, then any just suggested (not yet in the log) that the customer does not have. The lines
 * in words: {@link pendingFlagWarningLines}.
 */
export function pendingFlagWarnings(
  logged: readonly { kind: FlagKind; reason: string }[],
  published: readonly { flag: FlagKind; reason: string }[],
  isSet: (flag: FlagKind) => boolean,
): { flag: FlagKind; reason: string }[] {
  const lines = new Map<FlagKind, string>();
  for (const change of logged) lines.set(change.kind, change.reason);
  for (const { flag, reason } of published) {
    if (!isSet(flag) && !lines.has(flag)) lines.set(flag, reason);
  }
  return [...lines].map(([flag, reason]) => ({ flag, reason }));
}

/** The warning's lines ("Cease communication: The customer wrote: …"), one a pending flag. */
export function pendingFlagWarningLines(
  t: Translate,
  ...pending: Parameters<typeof pendingFlagWarnings>
): { flag: FlagKind; line: string }[] {
  return pendingFlagWarnings(...pending).map(({ flag, reason }) => ({
    flag,
    line: t('signals.suggested.line', { flag: t(`history.flags.name.${flag}`), reason }),
  }));
}
