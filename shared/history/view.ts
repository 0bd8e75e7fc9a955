/**
 * The history panel's view model, the same for every host and the CLI: the summary, the contact
 * guards and the nudge computed once from the timeline, then what to show as codes and values
 * (which summary rows, each guard's state and reasons, the nudge and its details). Hosts map the
 * codes to their words and format the instants; they decide nothing here.
 */
import { isValidTimeZone } from '../calendar/calendar';
import { zoneOffsetMinutes } from '../calendar/zoned';
import type { EventChannel, GuardChannel } from './events';
import { flagKinds, isFlagKind, type FlagKind, type FlagRaiser } from './flag-kinds';
import { contactGuards, type GuardCode, type GuardContext, type GuardResult } from './guards';
import { suggestNudge, type Nudge, type NudgeKind } from './nudge';
import type { StageDefinition } from './stage';
import { summarizeHistory, type HistorySummary } from './summary';
import { timelineNewestFirst } from './timeline';
import { timelineSections, type TimelineSection, type TimelineShown } from './timeline-view';
import type { Emphasis } from '../view/emphasis';

/** What the insight is computed from: the guard context, the moment and the account's due date. */
export interface HistoryInsightInput extends GuardContext {
  /** ISO 8601 instant. */
  readonly now: string;
  /** Calendar date `YYYY-MM-DD` the balance fell due, in the customer's zone. */
  readonly dueDate?: string;
  readonly stages?: readonly StageDefinition[];
}

/** The core's results for one customer at one moment. */
export interface HistoryInsight {
  readonly summary: HistorySummary;
  readonly guards: Readonly<Record<GuardChannel, GuardResult>>;
  readonly nudge: Nudge;
}

/** The summary, every channel's guard and the nudge: the one place the three are put together. */
export function historyInsight(input: HistoryInsightInput): HistoryInsight {
  const summary = summarizeHistory(input.events, input);
  return {
    summary,
    guards: contactGuards(input.now, input),
    nudge: suggestNudge({ ...input, summary }),
  };
}

/** The channels the panels show guards for: letters are not an agent's action from a sidebar. */
export const shownGuardChannels = ['call', 'email', 'sms'] as const satisfies GuardChannel[];
/** One of {@link shownGuardChannels}. */
export type ShownGuardChannel = (typeof shownGuardChannels)[number];

/**
 * A moment the agent reads in the customer's zone and in their own. `sameZone` is true when both
 * zones have the same offset then, so the moment is shown once instead of twice.
 */
export interface TwoZoneMoment {
  readonly at: string;
  readonly customerZone: string;
  readonly agentZone: string;
  readonly sameZone: boolean;
}

/** Allowed now; closed with a next allowed time; or closed until someone clears a flag. */
export type GuardState = 'allowed' | 'not-now' | 'until-cleared';

/** How a guard is marked: open to contact, or closed (for now or until a flag is cleared). */
export const guardEmphasis = {
  allowed: 'good',
  'not-now': 'bad',
  'until-cleared': 'bad',
} as const satisfies Record<GuardState, Emphasis>;

/**
 * One channel as the panel shows it: its state, the codes of why it is closed (none when allowed)
 * and of what to heed (vulnerability), and for `not-now` when it opens.
 */
export interface GuardView {
  readonly channel: ShownGuardChannel;
  readonly state: GuardState;
  readonly codes: {
    readonly reasons: readonly GuardCode[];
    readonly notices: readonly GuardCode[];
  };
  readonly next: TwoZoneMoment | null;
}

/** The summary rows, in the order both hosts show them. */
export const summaryRows = [
  'lastInbound',
  'lastOutbound',
  'lastConversation',
  'contacts7',
  'contacts30',
  'openPromises',
  'brokenPromises',
  'daysPastDue',
  'stage',
] as const;
/** One of {@link summaryRows}. */
export type SummaryRowCode = (typeof summaryRows)[number];

/** A summary row's value, for the host to word and format. */
export type SummaryValue =
  | { readonly kind: 'touch'; readonly at: string; readonly channel: EventChannel }
  /** No such touch on the timeline yet. */
  | { readonly kind: 'none' }
  | {
      readonly kind: 'contacts';
      readonly total: number;
      readonly calls: number;
      readonly emails: number;
      /** Touches on any other channel (texts, letters, meetings, tickets): the three add up. */
      readonly other: number;
    }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'stage'; readonly stage: string }
  /** Not known without a due date. */
  | { readonly kind: 'unknown' };

/** One summary row. */
export interface SummaryRow {
  readonly code: SummaryRowCode;
  readonly value: SummaryValue;
}

/**
 * What the nudge's explanation needs besides its kind: the promise's or the balance's due date,
 * and the days past due when the balance is late.
 */
export interface NudgeDetails {
  readonly dueDate?: string;
  readonly daysPastDue?: number;
}

/** The suggested next step as the panel shows it. */
export interface NudgeView {
  readonly kind: NudgeKind;
  /** For `stop`: the flags that stop all contact; empty when no channel suited to the step is open. */
  readonly stopFlags: readonly FlagKind[];
  /** Which channel and when; null for `stop` and `none`. */
  readonly suggested: { readonly channel: GuardChannel; readonly when: TwoZoneMoment } | null;
  readonly details: NudgeDetails;
  readonly notices: readonly GuardCode[];
}

/** Everything the history panel shows. */
export interface HistoryView {
  readonly insight: HistoryInsight;
  readonly summary: readonly SummaryRow[];
  /** The most recent touch either way (the profile's "last contact"), or null. */
  readonly lastContact: SummaryValue;
  readonly guards: readonly GuardView[];
  readonly nudge: NudgeView;
  /** Newest first. */
  readonly timeline: HistoryInsightInput['events'];
}

/** `at` in both zones, and whether they agree then. */
export function twoZoneMoment(at: string, customerZone: string, agentZone: string): TwoZoneMoment {
  const ms = Date.parse(at);
  // A zone or instant that cannot be read has no offset, so it never agrees with another.
  const offset = (zone: string) =>
    Number.isNaN(ms) || !isValidTimeZone(zone) ? Number.NaN : zoneOffsetMinutes(ms, zone);
  return { at, customerZone, agentZone, sameZone: offset(customerZone) === offset(agentZone) };
}

const touch = (event: { at: string; channel: EventChannel } | null): SummaryValue =>
  event === null ? { kind: 'none' } : { kind: 'touch', at: event.at, channel: event.channel };

function summaryView(summary: HistorySummary): SummaryRow[] {
  const contacts = (counts: HistorySummary['last7Days']): SummaryValue => ({
    kind: 'contacts',
    total: counts.total,
    calls: counts.byChannel.call,
    emails: counts.byChannel.email,
    other: counts.total - counts.byChannel.call - counts.byChannel.email,
  });
  const { daysPastDue, stage } = summary;
  return [
    { code: 'lastInbound', value: touch(summary.lastInbound) },
    { code: 'lastOutbound', value: touch(summary.lastOutbound) },
    { code: 'lastConversation', value: touch(summary.lastRightPartyConversation) },
    { code: 'contacts7', value: contacts(summary.last7Days) },
    { code: 'contacts30', value: contacts(summary.last30Days) },
    { code: 'openPromises', value: { kind: 'count', count: summary.openPromises.length } },
    { code: 'brokenPromises', value: { kind: 'count', count: summary.brokenPromises.length } },
    {
      code: 'daysPastDue',
      // Before the due date the balance is not late: 0, not a negative count.
      value:
        daysPastDue === null
          ? { kind: 'unknown' }
          : { kind: 'count', count: Math.max(0, daysPastDue) },
    },
    { code: 'stage', value: stage === null ? { kind: 'unknown' } : { kind: 'stage', stage } },
  ];
}

function lastContactOf(summary: HistorySummary): SummaryValue {
  const { lastInbound: inbound, lastOutbound: outbound } = summary;
  if (inbound === null || outbound === null) return touch(inbound ?? outbound);
  return touch(Date.parse(inbound.at) > Date.parse(outbound.at) ? inbound : outbound);
}

function guardView(guard: GuardResult, channel: ShownGuardChannel, zones: Zones): GuardView {
  const notices = guard.notices.map((notice) => notice.code);
  if (guard.allowed)
    return { channel, state: 'allowed', codes: { reasons: [], notices }, next: null };
  const codes = { reasons: guard.reasons.map((reason) => reason.code), notices };
  return guard.nextAllowedAt === null
    ? { channel, state: 'until-cleared', codes, next: null }
    : {
        channel,
        state: 'not-now',
        codes,
        next: twoZoneMoment(guard.nextAllowedAt, zones.customer, zones.agent),
      };
}

function nudgeDetails(kind: NudgeKind, input: HistoryInsightInput, summary: HistorySummary) {
  const late = summary.daysPastDue !== null && summary.daysPastDue > 0;
  const details: { dueDate?: string; daysPastDue?: number } = {};
  // The same facts the core's nudge chose from: the missed promise, the open one, the balance.
  const dueDate =
    kind === 'promise-check-in'
      ? summary.brokenPromises[0]?.promise?.dueDate
      : kind === 'await-promise'
        ? summary.openPromises[0]?.promise?.dueDate
        : kind === 'friendly-reminder'
          ? input.dueDate
          : undefined;
  if (dueDate !== undefined) details.dueDate = dueDate;
  if ((kind === 'follow-up' || kind === 'check-in') && late && summary.daysPastDue !== null) {
    details.daysPastDue = summary.daysPastDue;
  }
  return details;
}

/** Where the panel shows times: the customer's zone and the agent's. */
export interface Zones {
  readonly customer: string;
  readonly agent: string;
}

/**
 * What the history panel shows for `input` (the customer's zone is `input.timeZone`), with times
 * for an agent in `agentZone`.
 */
export function historyView(input: HistoryInsightInput, agentZone: string): HistoryView {
  const insight = historyInsight(input);
  const { summary, guards, nudge } = insight;
  const zones: Zones = { customer: input.timeZone, agent: agentZone };
  const stopFlags =
    nudge.kind === 'stop' ? guards.email.reasons.map((r) => r.code).filter(isFlagKind) : [];
  // The core's stop for "no suited channel" carries no flag reasons; only an all-closed stop does.
  const allClosed = Object.values(guards).every((guard) => guard.nextAllowedAt === null);
  return {
    insight,
    summary: summaryView(summary),
    lastContact: lastContactOf(summary),
    guards: shownGuardChannels.map((channel) => guardView(guards[channel], channel, zones)),
    nudge: {
      kind: nudge.kind,
      stopFlags: allClosed ? stopFlags : [],
      suggested:
        nudge.channel === null || nudge.at === null
          ? null
          : { channel: nudge.channel, when: twoZoneMoment(nudge.at, zones.customer, zones.agent) },
      details: nudgeDetails(nudge.kind, input, summary),
      notices: nudge.notices.map((notice) => notice.code),
    },
    timeline: timelineNewestFirst(input.events),
  };
}

/** One timeline section as a panel shows it: its page of entries, and whether Show more shows. */
export interface ShownSection<E> extends TimelineSection<E> {
  readonly id: keyof TimelineShown;
  /** Entries are hidden, or (under the history) the host has older pages to read. */
  readonly more: boolean;
}

/**
 * The timeline split at `now` (see `timelineSections`), keeping only sections with entries to
 * show; `empty` when neither has any. `hasOlder`: the host has another page after the loaded ones.
 */
export function shownTimeline<E extends { readonly at: string }>(
  events: readonly E[],
  now: string,
  shown: TimelineShown,
  hasOlder: boolean,
): { empty: boolean; sections: ShownSection<E>[] } {
  const split = timelineSections(events, now, shown);
  const sections = (['upcoming', 'history'] as const).map((id) => ({
    id,
    ...split[id],
    more: split[id].hidden > 0 || (id === 'history' && hasOlder),
  }));
  const filled = sections.filter((section) => section.entries.length > 0);
  return { empty: filled.length === 0, sections: filled };
}

/**
 * A flag set on the customer as the host keeps it: since when (a calendar date `YYYY-MM-DD`), who
 * raised it and why, each where the host knows it (a Zendesk box ticked by hand has no log line).
 */
export interface SetFlag {
  readonly kind: FlagKind;
  readonly since?: string | undefined;
  readonly raisedBy?: FlagRaiser | undefined;
  readonly reason?: string | undefined;
}

/** How a set flag's tag is marked: it narrows contact, a caution (a failure is `bad`). */
export const setFlagEmphasis = 'caution' satisfies Emphasis;

/** The flags panel: the set flags to list (each with its own Clear), and whether a kind is set. */
export interface FlagsView {
  /** One per kind, in the vocabulary's order (the order the form's picker lists them in). */
  readonly set: readonly SetFlag[];
  readonly isOn: (kind: FlagKind) => boolean;
}

/** What the flags panel shows for the host's set flags (a kind held twice shows once, the first). */
export function flagsView(flags: readonly SetFlag[]): FlagsView {
  const set = flagKinds.flatMap((kind) => flags.find((flag) => flag.kind === kind) ?? []);
  return { set, isOn: (kind) => set.some((flag) => flag.kind === kind) };
}
