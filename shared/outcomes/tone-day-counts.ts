/**
 * The tone events every host records (issue 17): one record per agent per day holding counts only,
 * never a draft. A host builds a {@link ToneSend} when a reply is sent (Zendesk: `ticket.save`;
 * HubSpot: the card's send), then upserts the day's record (external id = {@link toneDayKey}) with
 * {@link addSendToDay}. The record keeps the ids of its last sends, so a retried or repeated write
 * of the same send never counts twice.
 */
import type { PlainDate } from '../calendar/calendar';
import { toneCategories, type ToneCategory, type Verdict } from '../tone/types';
import { zeroToneCounts, type RecordScope, type ToneDayRecord } from './records';

/** How many recent send ids a day record keeps to recognise a retry (32 KB holds many more). */
export const recentSendLimit = 50;

/** What one send tells us about the tone check, counted while the agent wrote the reply. */
export interface ToneSend extends RecordScope {
  /** A stable id of this send (the host's save id, or a hash of ticket + comment time). */
  readonly sendId: string;
  /** The agent's team's calendar date of the send. */
  readonly date: PlainDate;
  /** Times the tone check read this reply before it was sent (at least 1 when checked at all). */
  readonly checks: number;
  /** The verdict of the first check, and of the text that was sent. */
  readonly firstVerdict: Verdict;
  readonly finalVerdict: Verdict;
  /** `block` findings shown at any check that are not in the sent text. */
  readonly blocksCaught: number;
  /** True when the reply went out with a warning still showing (warn mode, or `review`). */
  readonly sentOverWarning: boolean;
  readonly suggestionsApplied: number;
  /** Findings seen at the first check, by category (what the agent's own wording produced). */
  readonly categories: Readonly<Partial<Record<ToneCategory, number>>>;
}

/** A day's counts as a host stores them: the outcome record plus the verdicts and recent sends. */
export interface ToneDayCounts extends ToneDayRecord {
  /** Sends by the verdict of the text that was sent. */
  readonly verdicts: Readonly<Record<Verdict, number>>;
  /** The last {@link recentSendLimit} send and guard event ids, newest last. */
  readonly recentSends: readonly string[];
  /** Guard counts (guard-day-counts.ts); absent on a day stored before they were recorded. */
  readonly notNow?: number;
  readonly contactsAgainstGuard?: number;
}

/** The external id of one agent's counts for one day: the upsert key. */
export function toneDayKey(agent: string, date: PlainDate): string {
  return `tactful-tone-${agent}-${date}`;
}

/** A day with nothing counted yet. */
export function emptyToneDay(scope: RecordScope, date: PlainDate): ToneDayCounts {
  return {
    agent: scope.agent,
    ...(scope.team === undefined ? {} : { team: scope.team }),
    ...(scope.brandOrOwner === undefined ? {} : { brandOrOwner: scope.brandOrOwner }),
    date,
    ...zeroToneCounts(),
    categories: {},
    verdicts: { ok: 0, review: 0, block: 0 },
    recentSends: [],
  };
}

/**
 * The stored day (or a new one) that an event of `scope`'s agent on `scope.date` is added to, with
 * the event's team and brand when the day has none, and whether it already holds the event's id.
 * Throws on another agent's or day's record: the key guarantees they match.
 */
function openDay(
  day: ToneDayCounts | undefined,
  scope: RecordScope & { readonly date: PlainDate },
  eventId: string,
): { current: ToneDayCounts; seen: boolean } {
  const current = day ?? emptyToneDay(scope, scope.date);
  if (current.agent !== scope.agent || current.date !== scope.date) {
    throw new Error('An event is added to its own agent and day only');
  }
  if (current.recentSends.includes(eventId)) return { current, seen: true };
  // A day holds one team and brand: the first event's, or this event's when the stored day (written
  // before the hosts recorded them) has none.
  const team = current.team ?? scope.team;
  const brandOrOwner = current.brandOrOwner ?? scope.brandOrOwner;
  return {
    current: {
      ...current,
      ...(team === undefined ? {} : { team }),
      ...(brandOrOwner === undefined ? {} : { brandOrOwner }),
    },
    seen: false,
  };
}

/**
 * The rule every event on a day record follows (tone sends and guard events alike): the day
 * (`day`, or a new one) with the event counted by `count` and its id kept among the recent ids, or
 * `unchanged: true` when the day already holds the id (a retry or a repeat).
 */
export function addEventToDay(
  day: ToneDayCounts | undefined,
  scope: RecordScope & { readonly date: PlainDate },
  eventId: string,
  count: (current: ToneDayCounts) => ToneDayCounts,
): { day: ToneDayCounts; unchanged: boolean } {
  const { current, seen } = openDay(day, scope, eventId);
  if (seen) return { day: current, unchanged: true };
  const recentSends = [...current.recentSends, eventId].slice(-recentSendLimit);
  return { unchanged: false, day: { ...count(current), recentSends } };
}

/**
 * The day's counts with `send` added, or `unchanged: true` when the day already counted this send
 * (a retry). `day` is the stored record (undefined when none exists yet); it must be the send's
 * agent and date, which the key guarantees.
 */
export function addSendToDay(
  day: ToneDayCounts | undefined,
  send: ToneSend,
): { day: ToneDayCounts; unchanged: boolean } {
  return addEventToDay(day, send, send.sendId, (current) => {
    const categories: Partial<Record<ToneCategory, number>> = { ...current.categories };
    for (const category of toneCategories) {
      const seen = send.categories[category] ?? 0;
      if (seen > 0) categories[category] = (categories[category] ?? 0) + seen;
    }
    return {
      ...current,
      draftsChecked: current.draftsChecked + Math.max(0, send.checks),
      sends: current.sends + 1,
      okFirstTime: current.okFirstTime + (send.firstVerdict === 'ok' ? 1 : 0),
      blocksCaught: current.blocksCaught + Math.max(0, send.blocksCaught),
      sentOverWarning: current.sentOverWarning + (send.sentOverWarning ? 1 : 0),
      suggestionsApplied: current.suggestionsApplied + Math.max(0, send.suggestionsApplied),
      categories,
      verdicts: {
        ...current.verdicts,
        [send.finalVerdict]: current.verdicts[send.finalVerdict] + 1,
      },
    };
  });
}
