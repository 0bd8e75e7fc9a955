/**
 * Outreach nudges: the next friendly step and when, chosen from the summary and always inside the
 * guards (the suggested time is a moment `contactAllowedAt` allows for the suggested channel).
 */
import { atLocalTime } from '../calendar/zoned';
import type { GuardChannel } from './events';
import { contactAllowedAt, contactGuards, type GuardContext, type GuardReason } from './guards';
import {
  clockMinutes,
  dateDayNumber,
  instantMillis,
  localDayNumber,
  startOfLocalDay,
} from './localTime';
import type { HistorySummary } from './summary';

/** What kind of step the nudge suggests. */
export const nudgeKinds = [
  'stop',
  'friendly-reminder',
  'promise-check-in',
  'await-promise',
  'pause-after-conversation',
  'follow-up',
  'check-in',
  'none',
] as const;
/** The kind of a nudge. */
export type NudgeKind = (typeof nudgeKinds)[number];

/** The suggested next step. */
export interface Nudge {
  readonly kind: NudgeKind;
  /** The channel to use; null for `stop` and `none`. */
  readonly channel: GuardChannel | null;
  /** When, as ISO 8601 with the customer's offset; always allowed by the channel's guard. Null for `stop`/`none`. */
  readonly at: string | null;
  /** Things to heed (vulnerability: tone and pace), from the guards. */
  readonly notices: readonly GuardReason[];
}

/** What a nudge is computed from: the guard context, the summary, and the moment. */
export interface NudgeInput extends GuardContext {
  /** ISO 8601 instant; the nudge is never earlier. */
  readonly now: string;
  readonly summary: HistorySummary;
  /** Calendar date `YYYY-MM-DD` the balance falls due. */
  readonly dueDate?: string;
  /** How many days before the due date a friendly reminder goes out (default 3). */
  readonly reminderDaysBeforeDue?: number;
  /** The local time of day to aim scheduled nudges at (default `10:00`), then moved into the guards. */
  readonly preferredTime?: string;
}

interface Intent {
  readonly kind: Exclude<NudgeKind, 'stop' | 'none'>;
  /** Local day number to aim at, or null for "as soon as allowed". */
  readonly day: number | null;
  readonly channels: readonly GuardChannel[];
}

const writtenFirst: readonly GuardChannel[] = ['email', 'sms', 'call'];
const callFirst: readonly GuardChannel[] = ['call', 'email', 'sms'];
const followUpGapDays = 3;

/** The step we would like to take, before the guards have their say. */
function intent(input: NudgeInput, today: number, pace: number): Intent | null {
  const { summary } = input;
  const zone = input.timeZone;
  const dayOf = (at: string) => localDayNumber(instantMillis(at), zone);
  const lastOutboundDay = summary.lastOutbound ? dayOf(summary.lastOutbound.at) : null;

  const broken = summary.brokenPromises[0];
  if (broken?.promise) {
    const dueDay = dateDayNumber(broken.promise.dueDate);
    if (lastOutboundDay === null || lastOutboundDay <= dueDay) {
      return {
        kind: 'promise-check-in',
        day: Math.max(today, dueDay + 1),
        channels: callFirst,
      };
    }
  }
  const open = summary.openPromises[0];
  if (open?.promise && dateDayNumber(open.promise.dueDate) >= today) {
    return {
      kind: 'await-promise',
      day: dateDayNumber(open.promise.dueDate) + 1,
      channels: writtenFirst,
    };
  }
  const spoke = summary.lastRightPartyConversation;
  if (spoke && dayOf(spoke.at) >= today - 6) {
    return {
      kind: 'pause-after-conversation',
      day: dayOf(spoke.at) + 7 * pace,
      channels: writtenFirst,
    };
  }
  const daysPastDue = summary.daysPastDue;
  if (daysPastDue !== null && daysPastDue <= 0 && input.dueDate !== undefined) {
    const reminderDay = dateDayNumber(input.dueDate) - (input.reminderDaysBeforeDue ?? 3);
    if (lastOutboundDay !== null && lastOutboundDay >= reminderDay) return null;
    return {
      kind: 'friendly-reminder',
      day: Math.max(today, reminderDay),
      channels: writtenFirst,
    };
  }
  if (daysPastDue === null || daysPastDue <= 0) return null;
  const channels = daysPastDue <= 30 ? writtenFirst : callFirst;
  if (lastOutboundDay !== null && lastOutboundDay > today - followUpGapDays * pace) {
    return {
      kind: 'follow-up',
      day: lastOutboundDay + followUpGapDays * pace,
      channels,
    };
  }
  return {
    kind: 'check-in',
    day: null,
    channels,
  };
}

/**
 * The next step for this customer: what, on which channel and when. A nudge never breaks a guard:
 * its time is allowed for its channel, so never before that channel's `nextAllowedAt`.
 */
export function suggestNudge(input: NudgeInput): Nudge {
  const zone = input.timeZone;
  const nowMs = instantMillis(input.now);
  const today = localDayNumber(nowMs, zone);
  const guards = contactGuards(input.now, input);
  const notices = guards.call.notices.filter((n) => n.code === 'vulnerable');
  const allClosed = Object.values(guards).every((g) => g.nextAllowedAt === null);
  if (allClosed) {
    // Only the flags explain a stop (the guards' flag reasons); quiet hours and call limits would pass.
    return { kind: 'stop', channel: null, at: null, notices };
  }
  // A vulnerable customer gets more time between touches.
  const pace = notices.length > 0 ? 2 : 1;
  const wanted = intent(input, today, pace);
  if (wanted === null) {
    return { kind: 'none', channel: null, at: null, notices };
  }
  const preferred = clockMinutes(input.preferredTime ?? '10:00');
  const aim =
    wanted.day === null || wanted.day <= today
      ? nowMs
      : atLocalTime(startOfLocalDay(wanted.day, zone), zone, {
          hour: Math.floor(preferred / 60),
          minute: preferred % 60,
        });
  const aimIso = new Date(Math.max(aim, nowMs)).toISOString();
  for (const channel of wanted.channels) {
    const guard = contactAllowedAt(channel, aimIso, input);
    if (guard.nextAllowedAt !== null) {
      return {
        kind: wanted.kind,
        channel,
        at: guard.nextAllowedAt,
        notices,
      };
    }
  }
  return {
    kind: 'stop',
    channel: null,
    at: null,
    notices,
  };
}
