/**
 * The history panel's words: events, the summary, each channel's guard with its next allowed time
 * in the agent's and the customer's zone, and the nudge. Pure: everything comes in.
 */
import { DateTime } from 'luxon';
import type {
  ContactEvent,
  GuardChannel,
  GuardResult,
  HistorySummary,
  Nudge,
} from '../../../../../../shared/history';
import type { ContactFlag } from '../../../../contract';
import { flagLabels } from '../../../host/properties';

/** Where the times are shown. */
export interface Zones {
  /** The customer's IANA zone. */
  customer: string;
  /** The agent's zone (the portal's: HubSpot does not give the card the user's own). */
  agent: string;
  locale: string;
}

/** One line of the timeline. */
export interface EventView {
  id: string;
  when: string;
  what: string;
  excerpt: string;
}

/** One guarded channel. */
export interface GuardView {
  channel: GuardChannel;
  label: string;
  allowed: boolean;
  reasons: string[];
  notices: string[];
  /** "Wed, Nov 25, 8:00 AM CST (customer) · 9:00 AM EST (you)"; empty when allowed now. */
  next: string;
}

/** The summary as label/value pairs. */
export interface SummaryRow {
  label: string;
  value: string;
}

const channelWords: Record<string, string> = {
  call: 'Call',
  email: 'Email',
  sms: 'SMS',
  letter: 'Letter',
  meeting: 'Meeting',
  note: 'Note or task',
  ticket: 'Ticket',
  payment: 'Payment',
  promise: 'Promise',
  plan: 'Plan',
};

/** Flag kinds as the agent reads them. */
export const flagWords = flagLabels;

/** An instant in a zone for the agent's locale, with the zone's abbreviation. */
export function formatInstant(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { setZone: true })
    .setZone(zone)
    .setLocale(locale)
    .toFormat('EEE, d MMM, t ZZZZ');
}

/** One timeline event for display. */
export function describeEvent(event: ContactEvent, zones: Zones): EventView {
  const outcome = event.outcome === 'unknown' ? '' : `, ${event.outcome.replaceAll('-', ' ')}`;
  const direction = event.channel === 'note' ? '' : ` ${event.direction}`;
  return {
    id: event.id,
    when: formatInstant(event.at, zones.customer, zones.locale),
    what: `${channelWords[event.channel] ?? event.channel}${direction}${outcome}`,
    excerpt: event.excerpt ?? '',
  };
}

/** The summary for the agent. */
export function describeSummary(summary: HistorySummary, zones: Zones): SummaryRow[] {
  const last = (event: ContactEvent | null) =>
    event === null
      ? 'None'
      : `${channelWords[event.channel] ?? event.channel}, ${formatInstant(event.at, zones.customer, zones.locale)}`;
  const rows: SummaryRow[] = [
    { label: 'Last contact from the customer', value: last(summary.lastInbound) },
    { label: 'Last contact from us', value: last(summary.lastOutbound) },
    {
      label: 'Last conversation with the customer',
      value: last(summary.lastRightPartyConversation),
    },
    {
      label: 'Contacts in the last 7 days',
      value: `${summary.last7Days.total} (${summary.last7Days.byChannel.call} calls, ${summary.last7Days.byChannel.email} emails)`,
    },
    {
      label: 'Contacts in the last 30 days',
      value: `${summary.last30Days.total} (${summary.last30Days.byChannel.call} calls, ${summary.last30Days.byChannel.email} emails)`,
    },
  ];
  if (summary.daysPastDue !== null) {
    rows.push({
      label: 'Days past due',
      value: `${summary.daysPastDue} (stage ${summary.stage ?? 'unknown'})`,
    });
  }
  return rows;
}

const guardLabels: Record<GuardChannel, string> = {
  call: 'Call',
  email: 'Email',
  sms: 'SMS',
  letter: 'Letter',
};

/** One channel's verdict with its next allowed time in both zones. */
export function describeGuard(result: GuardResult, zones: Zones): GuardView {
  let next = '';
  if (!result.allowed) {
    next =
      result.nextAllowedAt === null
        ? 'Not until the flag is cleared'
        : `${formatInstant(result.nextAllowedAt, zones.customer, zones.locale)} for the customer · ${formatInstant(result.nextAllowedAt, zones.agent, zones.locale)} for you`;
  }
  return {
    channel: result.channel,
    label: guardLabels[result.channel],
    allowed: result.allowed,
    reasons: result.reasons.map((reason) => reason.message),
    notices: result.notices.map((notice) => notice.message),
    next,
  };
}

/** The nudge in one sentence, with its time in the customer's zone. */
export function describeNudge(nudge: Nudge, zones: Zones): string {
  if (nudge.at === null || nudge.channel === null) return nudge.message;
  return `${nudge.message} Suggested: ${guardLabels[nudge.channel].toLowerCase()} on ${formatInstant(nudge.at, zones.customer, zones.locale)}.`;
}

/** A set flag as the agent reads it. */
export function describeFlag(flag: ContactFlag): string {
  return `${flagWords[flag.kind]} since ${flag.since} (${flag.source})${flag.reason ? `: ${flag.reason}` : ''}`;
}
