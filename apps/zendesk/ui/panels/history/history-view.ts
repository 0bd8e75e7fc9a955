/**
 * The history panel's view model: the core's summary, contact guards and nudge for this customer at
 * this moment, and the times an agent reads (customer's local time and the agent's own). Plain data,
 * no React, no Zendesk: the moment and both zones are passed in.
 */
import { DateTime } from 'luxon';
import {
  contactGuards,
  suggestNudge,
  summarizeHistory,
  timelineNewestFirst,
  type ContactEvent,
  type GuardChannel,
  type GuardResult,
  type HistorySummary,
  type Nudge,
} from '../../../../../shared/history';
import type { HistoryCustomer } from '../../../host/history';
import type { HistorySettings } from '../../../host/history';

/** The channels the panel shows guards for (letters are not an agent's sidebar action). */
export const shownGuardChannels = ['call', 'email', 'sms'] as const satisfies GuardChannel[];

/** Everything the panel shows about the customer's contact history. */
export interface HistoryInsight {
  readonly summary: HistorySummary;
  readonly guards: Readonly<Record<GuardChannel, GuardResult>>;
  readonly nudge: Nudge;
  /** Newest first. */
  readonly timeline: readonly ContactEvent[];
}

/** The summary, guards, nudge and timeline for `customer` with `events` at `now`. */
export function historyInsight(
  customer: HistoryCustomer,
  events: readonly ContactEvent[],
  settings: HistorySettings,
  now: Date,
): HistoryInsight {
  const at = now.toISOString();
  const timeZone = customer.timeZone;
  const dueDate = customer.balance?.dueDate;
  const summary = summarizeHistory(
    events,
    dueDate ? { now: at, timeZone, dueDate } : { now: at, timeZone },
  );
  const context = {
    timeZone,
    events,
    flags: customer.flags,
    ...(settings.quietHours ? { quietHours: settings.quietHours } : {}),
  };
  const guards = contactGuards(at, context);
  const nudge = suggestNudge({ ...context, now: at, summary, ...(dueDate ? { dueDate } : {}) });
  return { summary, guards, nudge, timeline: timelineNewestFirst(events) };
}

/** A moment as the agent reads it in one zone: "Wed, Nov 25, 8:00 AM". */
export function formatMoment(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).setLocale(locale).toLocaleString({
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** A moment in the customer's zone and in the agent's, for "next allowed" lines. */
export interface TwoZoneTime {
  readonly customer: string;
  readonly agent: string;
  /** True when both zones agree, so the panel shows the time once. */
  readonly sameZone: boolean;
}

/** `iso` formatted in the customer's and the agent's zones. */
export function twoZoneTime(
  iso: string,
  customerZone: string,
  agentZone: string,
  locale: string,
): TwoZoneTime {
  const customer = formatMoment(iso, customerZone, locale);
  const agent = formatMoment(iso, agentZone, locale);
  const offset = (zone: string) => DateTime.fromISO(iso).setZone(zone).offset;
  return { customer, agent, sameZone: offset(customerZone) === offset(agentZone) };
}

/** The agent's own IANA zone, as their browser reports it. */
export function browserTimeZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}
