/**
 * The customer-signals view model, the same for every host: which signals to show for the latest
 * customer comments, in which order (safety first), the catalog codes of their labels and actions,
 * the excerpt to quote, the flags they suggest (suggested only: the agent confirms), and the
 * signposting line when the words are close to self-harm. Hosts render this and word the codes.
 */
import type { FlagKind } from '../history/flag-kinds';
import { flagReasonMaxLength } from '../history/flag-form';
import type { MessageKey } from '../i18n';
import type { Translate } from '../i18n/translate';
import { suggestedFlags } from './flags';
import type { SignalAction, SignalKind } from './kinds';
import { promiseOffer, promiseToRecord, type PromisePrefill } from './promise-offer';
import { messageSource, type MessageSourceKind } from './source';
import type { CustomerReading, Signal } from './types';
import { promiseOfferWords, signalFlagReason, suggestedFlagWords } from './view-words';

/** The catalog code of the help line shown beside a self-harm signal (en + es). */
export const selfHarmSignposting = 'signals.signposting.selfHarm' satisfies MessageKey;

/**
 * Lower ranks come first: self-harm and vulnerability, then the requests the law acts on (cease,
 * dispute, insolvency, a death), then everything else in the order the customer wrote it.
 */
const safetyRank: Readonly<Partial<Record<SignalKind, number>>> = {
  vulnerability: 1,
  cease: 2,
  dispute: 3,
  bankruptcy: 4,
  'breathing-space': 4,
  deceased: 5,
};
const otherRank = 6;

/** One signal as a host shows it. */
export interface SignalItem {
  /** Stable within one view: the comment, the kind and where the words start. */
  key: string;
  kind: SignalKind;
  /** The comment the words come from, for "go to comment" and a flag's source. */
  commentId: string;
  label: `signals.kind.${SignalKind}`;
  /** The sub-kind, channels and place the signal names, as catalog codes, in that order. */
  details: MessageKey[];
  /** The time the customer names, in their own words (shown as text). */
  time?: string;
  action: SignalAction;
  /** The customer's words, to be shown as text, never as HTML. */
  excerpt: string;
  /** Flags this signal suggests; setting one is the agent's decision, never automatic. */
  suggestedFlags: FlagKind[];
  selfHarm: boolean;
  /** promise: the amount in minor units and the calendar day, when the customer gave them. */
  promise?: { amount?: { minor: number; currency: string }; date?: string };
}

/** What the section shows: the signals in order and, when needed, the self-harm help line. */
export interface SignalsView {
  items: SignalItem[];
  signposting?: typeof selfHarmSignposting;
}

/** One comment's reading, with the comment's id. Newest comment first when several are given. */
export interface CommentReading {
  commentId: string;
  reading: CustomerReading;
}

function rank(signal: Signal): number {
  if (signal.selfHarm) return 0;
  return safetyRank[signal.kind] ?? otherRank;
}

function details(signal: Signal): MessageKey[] {
  const codes: MessageKey[] = [];
  if (signal.subKind) codes.push(`signals.subKind.${signal.subKind}`);
  for (const channel of signal.channels ?? []) codes.push(`signals.channel.${channel}`);
  if (signal.place) codes.push(`signals.place.${signal.place}`);
  return codes;
}

function item(commentId: string, signal: Signal): SignalItem {
  const shown: SignalItem = {
    key: `${commentId}:${signal.kind}:${signal.subKind ?? ''}:${signal.start}`,
    kind: signal.kind,
    commentId,
    label: `signals.kind.${signal.kind}`,
    details: details(signal),
    action: signal.action,
    excerpt: signal.excerpt,
    suggestedFlags: suggestedFlags(signal),
    selfHarm: signal.selfHarm === true,
  };
  if (signal.time !== undefined) shown.time = signal.time;
  if (signal.kind === 'promise') {
    const promise: NonNullable<SignalItem['promise']> = {};
    if (signal.amount) promise.amount = signal.amount;
    if (signal.date) promise.date = signal.date;
    shown.promise = promise;
  }
  return shown;
}

/**
 * The signals to show for `comments` (newest first). The same kind quoting the same words twice
 * (a customer repeating themselves) is shown once, from the newest comment. Safety comes first;
 * within a rank, newer comments first and then the order the customer wrote.
 */
export function signalsView(comments: readonly CommentReading[]): SignalsView {
  const seen = new Set<string>();
  const ranked: { item: SignalItem; rank: number; order: number }[] = [];
  for (const { commentId, reading } of comments) {
    for (const signal of reading.signals) {
      const same = `${signal.kind}:${signal.subKind ?? ''}:${signal.excerpt.trim().toLowerCase()}`;
      if (seen.has(same)) continue;
      seen.add(same);
      ranked.push({ item: item(commentId, signal), rank: rank(signal), order: ranked.length });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const items = ranked.map((entry) => entry.item);
  const view: SignalsView = { items };
  if (items.some((shown) => shown.selfHarm)) view.signposting = selfHarmSignposting;
  return view;
}

/** What a host knows when it shows one signal. */
export interface SignalEntryContext {
  /** The kind of message the signals were read in, for a flag's source. */
  sourceKind: MessageSourceKind;
  /** Whether the customer has `flag` already: shown as set, with no button. */
  isSet: (flag: FlagKind) => boolean;
  /** Today in the customer's time zone (YYYY-MM-DD): a promise is never due before it. */
  today: string;
  /** The agent's locale, for a promise's amount and day. */
  locale: string;
  /**
   * The currency a promise to pay is recorded in: the account's balance currency (undefined while
   * unknown or when there is no balance: no one-click promise), or `as-written` where the host
   * records the customer's own currency.
   */
  currency: string | undefined | 'as-written';
}

/** A suggested flag in words, and the request that sets it with the customer's words and message. */
export interface SignalFlagEntry {
  flag: FlagKind;
  alreadySet: boolean;
  label: string;
  request: { flag: FlagKind; reason: string; setNow: true; source: string | undefined };
}

/** One signal in words, as both hosts show it. */
export interface SignalEntryView {
  key: string;
  /** The comment or email the words come from. */
  commentId: string;
  label: string;
  /** The sub-kind, channels and place, in words. */
  details: string[];
  /** The time the customer names, in their own words. */
  time: string | undefined;
  /** The customer's words, to be shown as text. */
  excerpt: string;
  action: string;
  /** A promise's amount and day as tags; either is missing when the customer left it out. */
  promise: { amount?: string; due?: string } | undefined;
  /** The promise to pay the agent can record in one click, pre-filled. */
  prefill: PromisePrefill | undefined;
  /** Why there is no one-click promise, when the agent has something to do (a past day, a currency). */
  promiseNote: string | undefined;
  /** The heading of the suggested flags, when there are any. */
  flagsNote: string | undefined;
  flags: SignalFlagEntry[];
}

/** `item` as the agent sees it: its words, its promise to pay and its suggested flags' states. */
export function signalEntryView(
  t: Translate,
  item: SignalItem,
  context: SignalEntryContext,
): SignalEntryView {
  const source = messageSource(context.sourceKind, item.commentId);
  const reason = signalFlagReason(t, item.excerpt, flagReasonMaxLength);
  const offer = promiseOffer(item, context.today);
  const currency =
    context.currency === 'as-written' ? item.promise?.amount?.currency : context.currency;
  const toRecord = promiseToRecord(item, { today: context.today, currency });
  const why = toRecord?.offered === false ? toRecord.why : undefined;
  const flags = suggestedFlagWords(t, item, context.isSet);
  return {
    key: item.key,
    commentId: item.commentId,
    label: t(item.label),
    details: item.details.map((code) => t(code)),
    time: item.time,
    excerpt: item.excerpt,
    action: t(item.action),
    promise: offer && promiseOfferWords(t, offer, context.locale),
    prefill: toRecord?.offered === true ? toRecord.prefill : undefined,
    promiseNote:
      why === 'past-date' || why === 'other-currency' ? t(`signals.promise.why.${why}`) : undefined,
    flagsNote: flags.length > 0 ? t('signals.flagSuggested') : undefined,
    flags: flags.map((words) => ({
      ...words,
      request: { flag: words.flag, reason, setNow: true, source },
    })),
  };
}

/** The section in words: its note when it lists nothing, the self-harm help line, the entries. */
export interface SignalsSectionView {
  /** The customer has not written (`no-message`), or wrote nothing to act on (`none`). */
  empty: 'no-message' | 'none' | undefined;
  signposting: string | undefined;
  entries: SignalEntryView[];
}

/** The section for `read` (whether the customer has written, and the view of what they wrote). */
export function signalsSectionView(
  t: Translate,
  read: { hasMessage: boolean; view: SignalsView },
  context: SignalEntryContext,
): SignalsSectionView {
  const { hasMessage, view } = read;
  const listed = hasMessage && view.items.length > 0;
  return {
    empty: !hasMessage ? 'no-message' : listed ? undefined : 'none',
    signposting: hasMessage && view.signposting ? t(view.signposting) : undefined,
    entries: listed ? view.items.map((item) => signalEntryView(t, item, context)) : [],
  };
}
