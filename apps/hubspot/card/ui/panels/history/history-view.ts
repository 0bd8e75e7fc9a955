/**
 * The history panel's words: the shared view model's codes (shared/history/view.ts) as the card's
 * English sentences, with instants in the agent's locale. The sentences are the Zendesk catalog's
 * English, so both hosts say the same thing (tests/hubspot-card/view-cases.test.tsx).
 */
import { DateTime } from 'luxon';
import type { ContactEvent, GuardChannel, GuardCode } from '../../../../../../shared/history';
import type {
  GuardView,
  NudgeView,
  SummaryRowCode,
  SummaryValue,
  TwoZoneMoment,
} from '../../../../../../shared/history/view';
import type { ContactFlag } from '../../../../contract';
import { flagLabel } from '../../../../contract/properties';

/** One line of the timeline. */
export interface EventView {
  id: string;
  when: string;
  what: string;
  excerpt: string;
}

const channelWords: Record<ContactEvent['channel'], string> = {
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

/** Each summary row's label. */
export const summaryLabels: Record<SummaryRowCode, string> = {
  lastInbound: 'Last contact from the customer',
  lastOutbound: 'Last contact from us',
  lastConversation: 'Last conversation with the customer',
  contacts7: 'Contacts in the last 7 days',
  contacts30: 'Contacts in the last 30 days',
  openPromises: 'Open promises',
  brokenPromises: 'Broken promises',
  daysPastDue: 'Days past due',
  stage: 'Stage',
};

/** Why a channel is closed, or what to heed, by code. */
export const reasonWords: Record<GuardCode, string> = {
  'quiet-hours': "Outside the customer's contact hours.",
  'inconvenient-time': 'The customer said this time does not suit them.',
  'call-frequency': '7 call attempts already in the last 7 days.',
  'call-after-conversation': 'We spoke by phone in the last 7 days.',
  cease: 'The customer asked us to stop contacting them; only a confirmation may be sent.',
  'do-not-call': 'The customer asked not to be called.',
  'do-not-email': 'The customer asked not to be emailed.',
  'do-not-sms': 'The customer asked not to be texted.',
  dispute: 'A dispute is pending: collection pauses until it is answered.',
  bankruptcy: 'The customer is in bankruptcy: collection contact stops.',
  'breathing-space': 'A breathing-space moratorium is in place: collection pauses.',
  deceased: 'The customer is recorded as deceased: collection contact stops.',
  vulnerable: 'Vulnerable customer: take extra care with tone and pace.',
  'cease-confirmation-only': 'Only a confirmation of the cease request may be sent.',
  'no-allowed-time':
    "No allowed time in the next 400 days; review the customer's inconvenient times.",
};

/** The nudge's explanation by kind (`-late` when the balance is past due), as the Zendesk catalog. */
export const nudgeWords = {
  'promise-check-in': (date: string) =>
    `A promise due ${date} was missed. Check in kindly: ask what changed and whether a different date or amount would work.`,
  'await-promise': (date: string) =>
    `The customer promised to pay by ${date}. Hold routine reminders; check the payment arrived the day after and say thank you.`,
  'pause-after-conversation': () =>
    'We spoke with the customer recently. Give them room; a short written follow-up after the pause is enough.',
  'friendly-reminder': (date: string) =>
    `Send a friendly reminder before the due date (${date}) with easy ways to pay and an offer to help.`,
  'follow-up': () =>
    'We reached out recently. Wait a few days, then follow up with a short, friendly message.',
  'follow-up-late': (days: number) =>
    `We reached out recently (${days} days past due). Wait a few days, then follow up with a short, friendly message.`,
  'check-in': () =>
    'Reach out early and warmly: ask how they are and offer options, including a plan.',
  'check-in-late': (days: number) =>
    `Reach out early and warmly (${days} days past due): ask how they are and offer options, including a plan.`,
  'no-channel': () => 'No channel suited to this step is open; see the contact guards.',
  stop: () => 'Do not contact.',
  none: () => 'Nothing to do yet.',
};

/** An instant in a zone for the agent's locale, with the zone's abbreviation. */
export function formatInstant(iso: string, zone: string, locale: string): string {
  return DateTime.fromISO(iso, { setZone: true })
    .setZone(zone)
    .setLocale(locale)
    .toFormat('EEE, d MMM, t ZZZZ');
}

/** A moment for the customer and for the agent, once when their zones agree. */
function bothZones(moment: TwoZoneMoment, locale: string): string {
  const customer = formatInstant(moment.at, moment.customerZone, locale);
  return moment.sameZone
    ? customer
    : `${customer} for the customer · ${formatInstant(moment.at, moment.agentZone, locale)} for you`;
}

/** One timeline event for display. */
export function describeEvent(event: ContactEvent, zone: string, locale: string): EventView {
  const outcome = event.outcome === 'unknown' ? '' : `, ${event.outcome.replaceAll('-', ' ')}`;
  const direction = event.channel === 'note' ? '' : ` ${event.direction}`;
  return {
    id: event.id,
    when: formatInstant(event.at, zone, locale),
    what: `${channelWords[event.channel]}${direction}${outcome}`,
    excerpt: event.excerpt ?? '',
  };
}

/** A summary value for the agent (touches in the customer's zone). */
export function describeSummaryValue(value: SummaryValue, zone: string, locale: string): string {
  switch (value.kind) {
    case 'touch':
      return `${channelWords[value.channel]}, ${formatInstant(value.at, zone, locale)}`;
    case 'none':
      return 'None';
    case 'contacts':
      return `${value.total} (${value.calls} calls, ${value.emails} emails)`;
    case 'count':
      return String(value.count);
    case 'stage':
      return value.stage;
    case 'unknown':
      return 'Unknown';
  }
}

const guardLabels: Record<GuardChannel, string> = {
  call: 'Call',
  email: 'Email',
  sms: 'SMS',
  letter: 'Letter',
};

/** A channel's name. */
export const guardLabel = (channel: GuardChannel) => guardLabels[channel];

/** When a closed channel opens: in both zones, or not until a flag is cleared; '' when allowed. */
export function describeNext(guard: GuardView, locale: string): string {
  if (guard.state === 'until-cleared') return 'Not until the flag is cleared';
  return guard.next === null ? '' : bothZones(guard.next, locale);
}

/** The nudge: what to do, why, and on which channel when. */
export function describeNudge(nudge: NudgeView, locale: string): string {
  const { dueDate = '', daysPastDue } = nudge.details;
  let text: string;
  if (nudge.kind === 'stop') {
    const why = nudge.stopFlags.map((flag) => reasonWords[flag]);
    text = [nudgeWords.stop(), ...(why.length > 0 ? why : [nudgeWords['no-channel']()])].join(' ');
  } else if (daysPastDue !== undefined && nudge.kind === 'check-in') {
    text = nudgeWords['check-in-late'](daysPastDue);
  } else if (daysPastDue !== undefined && nudge.kind === 'follow-up') {
    text = nudgeWords['follow-up-late'](daysPastDue);
  } else {
    text = nudgeWords[nudge.kind](dueDate);
  }
  const next = nudge.suggested;
  if (next === null) return text;
  const when = formatInstant(next.when.at, next.when.customerZone, locale);
  return `${text} Suggested: ${guardLabels[next.channel].toLowerCase()} on ${when}.`;
}

/** A set flag as the agent reads it. */
export function describeFlag(flag: ContactFlag): string {
  return `${flagLabel(flag.kind)} since ${flag.since} (${flag.source})${flag.reason ? `: ${flag.reason}` : ''}`;
}
