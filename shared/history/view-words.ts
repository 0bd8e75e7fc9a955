/**
 * The history view model's values in words, the same for both hosts: each host passes the shared
 * translator and how it writes an instant in a zone (the sidebar and the card format times
 * differently), and gets the same sentences back.
 */
import { formatDate } from '../calendar/display';
import type { Translate } from '../i18n/translate';
import type { ContactEvent } from './events';
import type { Emphasis } from '../view/emphasis';
import {
  guardEmphasis,
  type GuardView,
  type NudgeView,
  type SetFlag,
  type SummaryRow,
  type SummaryValue,
  type TwoZoneMoment,
} from './view';

/** How a host writes `at` in `zone` for its agent. */
export type FormatInstant = (at: string, zone: string) => string;

/** A summary value in words; a touch's time is written in `zone`. */
export function summaryValueText(
  t: Translate,
  value: SummaryValue,
  zone: string,
  format: FormatInstant,
): string {
  switch (value.kind) {
    case 'touch':
      return t('history.summary.touch', {
        time: format(value.at, zone),
        channel: t(`history.channel.${value.channel}`),
      });
    case 'none':
      return t('history.summary.none');
    case 'contacts':
      return t('history.summary.contactsBreakdown', value);
    case 'count':
      return String(value.count);
    case 'stage':
      return value.stage;
    case 'unknown':
      return t('history.summary.unknown');
  }
}

/** Every summary row named and in words, times written in `zone` by `format`. */
export function summaryWords(
  t: Translate,
  rows: readonly SummaryRow[],
  zone: string,
  format: FormatInstant,
): { code: SummaryRow['code']; label: string; text: string }[] {
  return rows.map(({ code, value }) => ({
    code,
    label: t(`history.summary.${code}`),
    text: summaryValueText(t, value, zone, format),
  }));
}

/** A moment in the customer's zone and the agent's, once when the two agree. */
export function twoZoneText(t: Translate, moment: TwoZoneMoment, format: FormatInstant): string {
  const customer = format(moment.at, moment.customerZone);
  return moment.sameZone
    ? t('history.guards.at', { time: customer })
    : t('history.guards.atBoth', { customer, agent: format(moment.at, moment.agentZone) });
}

/**
 * Why the nudge says what it says, in the agent's language: the flags behind a stop (or that no
 * suited channel is open), or the step's explanation with the due date in `locale` or the days past
 * due; nothing for `none`.
 */
export function nudgeDetailText(t: Translate, nudge: NudgeView, locale: string): string[] {
  if (nudge.kind === 'stop') {
    return nudge.stopFlags.length > 0
      ? nudge.stopFlags.map((flag) => t(`history.reason.${flag}`))
      : [t('history.nudge.detail.no-channel')];
  }
  if (nudge.kind === 'none') return [];
  const { dueDate, daysPastDue } = nudge.details;
  if (daysPastDue !== undefined && (nudge.kind === 'check-in' || nudge.kind === 'follow-up')) {
    return [t(`history.nudge.detail.${nudge.kind}-late`, { days: daysPastDue })];
  }
  const date = dueDate ? formatDate(dueDate, locale) : '';
  return [t(`history.nudge.detail.${nudge.kind}`, { date })];
}

/** What one timeline entry was, in the agent's language: "Call · from us · Voicemail". */
export function eventText(t: Translate, event: ContactEvent): string {
  const parts = [t(`history.channel.${event.channel}`)];
  // A note has no direction: it is ours, written for the record.
  if (event.channel !== 'note') parts.push(t(`history.timeline.${event.direction}`));
  if (event.outcome !== 'unknown') parts.push(t(`history.outcome.${event.outcome}`));
  return parts.join(' · ');
}

/** When a closed channel opens: in both zones, or not until a flag is cleared; '' when allowed. */
export function guardNextText(t: Translate, guard: GuardView, format: FormatInstant): string {
  if (guard.state === 'until-cleared') return t('history.guards.untilCleared');
  return guard.next === null
    ? ''
    : `${t('history.guards.next')} ${twoZoneText(t, guard.next, format)}`;
}

/** The nudge as lines: what to do, why, then on which channel when (in both zones). */
export function nudgeLines(
  t: Translate,
  nudge: NudgeView,
  locale: string,
  format: FormatInstant,
): string[] {
  const lines = [t(`history.nudge.kind.${nudge.kind}`), ...nudgeDetailText(t, nudge, locale)];
  const next = nudge.suggested;
  if (next !== null) {
    lines.push(`${t(`history.channel.${next.channel}`)} · ${twoZoneText(t, next.when, format)}`);
  }
  return lines;
}

/** One channel's guard in words, as both hosts list it. */
export interface GuardWords {
  readonly channel: GuardView['channel'];
  /** "Call", "Email", "SMS". */
  readonly label: string;
  /** "Allowed now" or "Not now". */
  readonly stateLabel: string;
  readonly emphasis: Emphasis;
  /** Why it is closed. */
  readonly reasons: readonly string[];
  /** When it opens ('' when allowed). */
  readonly next: string;
  /** What to heed even when open (vulnerability). */
  readonly notices: readonly string[];
}

/** Every shown guard in the agent's words, times written by `format`. */
export function guardWords(
  t: Translate,
  guards: readonly GuardView[],
  format: FormatInstant,
): GuardWords[] {
  return guards.map((guard) => ({
    channel: guard.channel,
    label: t(`history.channel.${guard.channel}`),
    stateLabel: t(guard.state === 'allowed' ? 'history.guards.allowed' : 'history.guards.notNow'),
    emphasis: guardEmphasis[guard.state],
    reasons: guard.codes.reasons.map((code) => t(`history.reason.${code}`)),
    next: guardNextText(t, guard, format),
    notices: guard.codes.notices.map((code) => t(`history.reason.${code}`)),
  }));
}

/**
 * A set flag's line under its name: since when and who raised it, then why, each where known
 * ("since Nov 1, 2026, raised by a court: Bankruptcy order 123").
 */
export function setFlagLine(t: Translate, flag: SetFlag, locale: string): string {
  const facts = [
    flag.since === undefined
      ? ''
      : t('history.flags.since', { date: formatDate(flag.since, locale) }),
    flag.raisedBy === undefined ? '' : t('history.flags.raisedByWhom', { raiser: flag.raisedBy }),
  ]
    .filter((fact) => fact !== '')
    .join(', ');
  const reason = flag.reason ?? '';
  return facts === '' || reason === '' ? facts + reason : `${facts}: ${reason}`;
}
