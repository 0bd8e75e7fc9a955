/**
 * The at-a-glance summary of a customer's timeline. Built in one pass with no sort (maxima, windowed
 * counts, promise states), so a host can feed pages as they arrive, in any order.
 */
import type { ContactEvent, TouchChannel } from './events';
import { touchChannels } from './events';
import {
  dateDayNumber,
  instantMillis,
  isValidTimeZone,
  localDayNumber,
  startOfLocalDay,
} from './localTime';
import { defaultStages, stageFor, type StageDefinition } from './stage';

/** What the summary is computed for: the moment, the customer's zone, and the account's due date. */
export interface SummaryOptions {
  /** ISO 8601 instant; events after it are ignored (counted in `ignoredFutureEvents`). */
  readonly now: string;
  readonly timeZone: string;
  /** Calendar date `YYYY-MM-DD` the balance fell due, in the customer's zone. */
  readonly dueDate?: string;
  readonly stages?: readonly StageDefinition[];
}

/** Touches in a window, by channel and direction. */
export interface ContactCounts {
  readonly total: number;
  readonly inbound: number;
  readonly outbound: number;
  readonly byChannel: Readonly<Record<TouchChannel, number>>;
}

/** The at-a-glance summary. */
export interface HistorySummary {
  /** Events at or before `now` that were read. */
  readonly eventCount: number;
  /** Events dated after `now` (clock skew or scheduled items), left out of everything. */
  readonly ignoredFutureEvents: number;
  /** The customer's most recent touch to us (call, email, SMS, letter, meeting, ticket). */
  readonly lastInbound: ContactEvent | null;
  /** Our most recent touch to the customer. */
  readonly lastOutbound: ContactEvent | null;
  /** The most recent live conversation with the customer themself (unless marked as someone else). */
  readonly lastRightPartyConversation: ContactEvent | null;
  /** Touches on the customer's last 7 local calendar days, today included. */
  readonly last7Days: ContactCounts;
  /** Touches on the customer's last 30 local calendar days, today included. */
  readonly last30Days: ContactCounts;
  /** Promises still pending, soonest due first (latest event per promise id). */
  readonly openPromises: readonly ContactEvent[];
  /** Broken promises, most recently due first. */
  readonly brokenPromises: readonly ContactEvent[];
  /** Days since the due date in the customer's calendar (negative before it); null without a due date. */
  readonly daysPastDue: number | null;
  /** The stage id for `daysPastDue`; null without a due date. */
  readonly stage: string | null;
}

/** A summary built page by page: `add` each page as the host loads it, then read `summary()`. */
export interface HistorySummarizer {
  /** Reads one page of events (any order, any page size). */
  add(events: readonly ContactEvent[]): void;
  /** The summary of everything added so far. */
  summary(): HistorySummary;
  /** The calls the contact guards need (the customer's last 7 days up to `now`); pass as `events`. */
  guardEvents(): readonly ContactEvent[];
}

interface MutableCounts {
  total: number;
  inbound: number;
  outbound: number;
  byChannel: Record<TouchChannel, number>;
}

const emptyCounts = (): MutableCounts => ({
  total: 0,
  inbound: 0,
  outbound: 0,
  byChannel: { call: 0, email: 0, sms: 0, letter: 0, meeting: 0, ticket: 0 },
});

const isTouch = (channel: string): channel is TouchChannel =>
  (touchChannels as readonly string[]).includes(channel);

/** Keeps the later of two events (ties keep the one read last, so later pages win). */
interface Latest {
  event: ContactEvent;
  ms: number;
}
const later = (current: Latest | null, event: ContactEvent, ms: number): Latest =>
  current === null || ms >= current.ms ? { event, ms } : current;

/** Starts a summary that can be fed page by page. */
export function createHistorySummarizer(options: SummaryOptions): HistorySummarizer {
  const zone = options.timeZone;
  if (!isValidTimeZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
  const nowMs = instantMillis(options.now);
  const today = localDayNumber(nowMs, zone);
  const from7 = startOfLocalDay(today - 6, zone);
  const from30 = startOfLocalDay(today - 29, zone);
  const counts7 = emptyCounts();
  const counts30 = emptyCounts();
  const promises = new Map<string, Latest>();
  const recentCalls: ContactEvent[] = [];
  let eventCount = 0;
  let ignoredFutureEvents = 0;
  let lastInbound: Latest | null = null;
  let lastOutbound: Latest | null = null;
  let lastConversation: Latest | null = null;

  const count = (counts: MutableCounts, event: ContactEvent, channel: TouchChannel) => {
    counts.total += 1;
    counts[event.direction] += 1;
    counts.byChannel[channel] += 1;
  };

  const add = (events: readonly ContactEvent[]) => {
    for (const event of events) {
      const ms = instantMillis(event.at);
      if (ms > nowMs) {
        ignoredFutureEvents += 1;
        continue;
      }
      eventCount += 1;
      const channel = event.channel;
      if (channel === 'promise') {
        const known = promises.get(event.id) ?? null;
        promises.set(event.id, later(known, event, ms));
        continue;
      }
      if (!isTouch(channel)) continue;
      if (event.direction === 'inbound') lastInbound = later(lastInbound, event, ms);
      else lastOutbound = later(lastOutbound, event, ms);
      if (event.outcome === 'conversation' && event.rightParty !== false) {
        lastConversation = later(lastConversation, event, ms);
      }
      if (ms >= from30) count(counts30, event, channel);
      if (ms >= from7) {
        count(counts7, event, channel);
        if (channel === 'call') recentCalls.push(event);
      }
    }
  };

  const summary = (): HistorySummary => {
    const all = [...promises.values()].map((p) => p.event);
    const due = (e: ContactEvent) => e.promise?.dueDate ?? e.at.slice(0, 10);
    const openPromises = all
      .filter((e) => (e.promise?.state ?? 'pending') === 'pending')
      .sort((a, b) => due(a).localeCompare(due(b)));
    const brokenPromises = all
      .filter((e) => e.promise?.state === 'broken')
      .sort((a, b) => due(b).localeCompare(due(a)));
    const daysPastDue =
      options.dueDate === undefined ? null : today - dateDayNumber(options.dueDate);
    return {
      eventCount,
      ignoredFutureEvents,
      lastInbound: lastInbound?.event ?? null,
      lastOutbound: lastOutbound?.event ?? null,
      lastRightPartyConversation: lastConversation?.event ?? null,
      last7Days: structuredCounts(counts7),
      last30Days: structuredCounts(counts30),
      openPromises,
      brokenPromises,
      daysPastDue,
      stage: daysPastDue === null ? null : stageFor(daysPastDue, options.stages ?? defaultStages),
    };
  };

  return { add, summary, guardEvents: () => recentCalls };
}

function structuredCounts(counts: MutableCounts): ContactCounts {
  return { ...counts, byChannel: { ...counts.byChannel } };
}

/** The summary of a whole timeline at once (see `createHistorySummarizer` for paged data). */
export function summarizeHistory(
  events: readonly ContactEvent[],
  options: SummaryOptions,
): HistorySummary {
  const summarizer = createHistorySummarizer(options);
  summarizer.add(events);
  return summarizer.summary();
}
