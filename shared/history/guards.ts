/**
 * Contact guards: may an agent use a channel at a given moment, why not, and when next.
 * Rules (see shared/DOMAIN.md): quiet hours in the customer's zone (Reg F §1006.6(b)(1)), times the
 * customer said are inconvenient, the 7-in-7 call limit and the 7-day pause after a conversation
 * (Reg F §1006.14(b)(2)), and flags (cease, opt-outs, dispute, bankruptcy, breathing space, deceased).
 */
import {
  atLocalTime,
  plusLocalDays,
  startOfLocalDate,
  wallTimeAt,
  type WallTime,
} from '../calendar/zoned';
import { flagKinds, type ContactEvent, type Flag, type GuardChannel } from './events';
import {
  clockMinutes,
  formatInZone,
  instantMillis,
  instantOrDateMillis,
  isValidTimeZone,
  localDayNumber,
  startOfLocalDay,
} from './localTime';

/** The widest quiet-hours window the law allows: 08:00 to 21:00 in the customer's local time. */
export const legalQuietHours = { start: '08:00', end: '21:00' } as const;

/** The local window (`HH:mm`, start inclusive, end exclusive) in which contact is allowed. */
export interface QuietHours {
  readonly start: string;
  readonly end: string;
}

/**
 * A time the customer said does not suit them, in their local time. `end` may be `24:00`; a window
 * whose end is before its start runs over midnight. `weekdays` are ISO (1 = Monday … 7 = Sunday),
 * all days when absent; `channels` defaults to call, email and SMS.
 */
export interface InconvenientTime {
  readonly start: string;
  readonly end: string;
  readonly weekdays?: readonly number[];
  readonly channels?: readonly GuardChannel[];
}

/** Why we reach out: ordinary collection, or only to confirm a cease request (which a cease allows). */
export type ContactPurpose = 'collection' | 'cease-confirmation';

/** Everything a guard needs besides the channel and the moment. */
export interface GuardContext {
  /** The customer's IANA time zone. */
  readonly timeZone: string;
  /** The timeline (any order); only calls at or before the moment matter, others are skipped cheaply. */
  readonly events: readonly ContactEvent[];
  readonly flags: readonly Flag[];
  /** The company's window, clamped to 08:00–21:00: it can be narrower, never wider. */
  readonly quietHours?: QuietHours;
  readonly inconvenientTimes?: readonly InconvenientTime[];
  readonly purpose?: ContactPurpose;
}

/** Codes for why a channel is closed, or a notice that does not close it. */
export const guardCodes = [
  'quiet-hours',
  'inconvenient-time',
  'call-frequency',
  'call-after-conversation',
  // Each flag is also the code of the reason it gives.
  ...flagKinds,
  'cease-confirmation-only',
  'no-allowed-time',
] as const;
/** A reason code the UI translates. */
export type GuardCode = (typeof guardCodes)[number];

/** One reason, as a code: the hosts and the CLI word it through the catalog (`history.reason.*`). */
export interface GuardReason {
  readonly code: GuardCode;
}

/** The verdict for one channel at one moment. */
export interface GuardResult {
  readonly channel: GuardChannel;
  readonly allowed: boolean;
  /** Why the channel is closed at the moment asked about; empty when allowed. */
  readonly reasons: readonly GuardReason[];
  /** Things to heed that do not close the channel (vulnerability, cease-confirmation only). */
  readonly notices: readonly GuardReason[];
  /**
   * The first moment at or after the one asked about when the channel is open, as ISO 8601 with the
   * customer's offset (the moment itself when allowed); `null` until a flag is cleared.
   */
  readonly nextAllowedAt: string | null;
}

const channelsWithTimeRules: readonly GuardChannel[] = ['call', 'email', 'sms'];
const searchHorizonMs = 400 * 86_400_000;
const maxSteps = 2_000;
const breathingSpaceDays = 60;

/** What a blocking rule says at one instant: why, and until when (`null`: until a flag is cleared). */
interface Block {
  readonly reason: GuardReason;
  readonly until: number | null;
}

/** Call facts the frequency rules need, as local day numbers of the customer. */
interface CallDays {
  readonly attempts: readonly number[];
  readonly conversations: readonly number[];
}

type Check = (t: number) => Block | undefined;

const optOutChannel: Partial<Record<Flag['kind'], GuardChannel>> = {
  'do-not-call': 'call',
  'do-not-email': 'email',
  'do-not-sms': 'sms',
};

/** The window actually applied: the company's, clamped into the legal 08:00–21:00. */
export function effectiveQuietHours(quietHours?: QuietHours): { start: number; end: number } {
  const start = Math.max(
    clockMinutes(legalQuietHours.start),
    clockMinutes(quietHours?.start ?? '00:00'),
  );
  const end = Math.min(clockMinutes(legalQuietHours.end), clockMinutes(quietHours?.end ?? '24:00'));
  if (start >= end) {
    throw new RangeError(
      `quiet hours ${quietHours?.start}–${quietHours?.end} leave no time to call`,
    );
  }
  return { start, end };
}

/** The instant a flag ends (exclusive), or null while it lasts until cleared. */
function flagEnd(flag: Flag, since: number, zone: string): number | null {
  if (flag.until !== undefined) return instantOrDateMillis(flag.until, zone);
  if (flag.kind === 'breathing-space') {
    return plusLocalDays(since, zone, breathingSpaceDays);
  }
  return null;
}

/** True when the flag closes this channel for this purpose. */
function flagCloses(flag: Flag, channel: GuardChannel, purpose: ContactPurpose): boolean {
  switch (flag.kind) {
    case 'vulnerable':
      return false;
    case 'cease':
      // A cease request still allows the written confirmation of it (Reg F §1006.6(c)(2)).
      return !(purpose === 'cease-confirmation' && (channel === 'letter' || channel === 'email'));
    case 'do-not-call':
    case 'do-not-email':
    case 'do-not-sms':
      return optOutChannel[flag.kind] === channel;
    default:
      return true;
  }
}

function flagChecks(channel: GuardChannel, context: GuardContext): Check[] {
  const purpose = context.purpose ?? 'collection';
  const zone = context.timeZone;
  return context.flags.flatMap((flag): Check[] => {
    const kind = flag.kind;
    if (kind === 'vulnerable' || !flagCloses(flag, channel, purpose)) return [];
    const since = instantOrDateMillis(flag.since, zone);
    const end = flagEnd(flag, since, zone);
    const reason: GuardReason = { code: kind };
    return [(t) => (t >= since && (end === null || t < end) ? { reason, until: end } : undefined)];
  });
}

/** Collects, in one pass, the local days of counted call attempts and of conversations about the debt. */
function callDays(events: readonly ContactEvent[], atMs: number, zone: string): CallDays {
  // Only days within the 7 days ending on the day asked about can matter for it or any later moment.
  const from = startOfLocalDay(localDayNumber(atMs, zone) - 6, zone);
  const attempts: number[] = [];
  const conversations: number[] = [];
  for (const event of events) {
    if (event.channel !== 'call') continue;
    const ms = instantMillis(event.at);
    if (ms < from || ms > atMs) continue;
    const day = localDayNumber(ms, zone);
    // Reg F §1006.14(b)(3): calls placed with the person's prior consent are not counted.
    if (event.direction === 'outbound' && event.consentToCall !== true) attempts.push(day);
    if (
      event.outcome === 'conversation' &&
      event.rightParty !== false &&
      event.aboutDebt !== false
    ) {
      conversations.push(day);
    }
  }
  return { attempts, conversations };
}

const countWithin = (days: readonly number[], from: number, to: number) =>
  days.reduce((count, day) => (day >= from && day <= to ? count + 1 : count), 0);

/** The 7-in-7 limit and the 7-day pause after a conversation, both in the customer's calendar days. */
function callChecks(calls: CallDays, zone: string): Check[] {
  const maxAttempts = 7;
  const frequency: Check = (t) => {
    const day = localDayNumber(t, zone);
    if (countWithin(calls.attempts, day - 6, day) < maxAttempts) return undefined;
    let next = day + 1;
    while (countWithin(calls.attempts, next - 6, next) >= maxAttempts) next += 1;
    return {
      reason: { code: 'call-frequency' },
      until: startOfLocalDay(next, zone),
    };
  };
  const afterConversation: Check = (t) => {
    const day = localDayNumber(t, zone);
    // The conversation's own day is day 1 of 7, so calls resume on day 8.
    const recent = calls.conversations.filter((c) => c <= day && c >= day - 6);
    if (recent.length === 0) return undefined;
    const resume = startOfLocalDay(Math.max(...recent) + 7, zone);
    return {
      reason: { code: 'call-after-conversation' },
      until: resume,
    };
  };
  return [frequency, afterConversation];
}

/** An instant with its local date and time in the customer's zone. */
interface Local {
  readonly ms: number;
  readonly zone: string;
  readonly wall: WallTime;
}

const localAt = (ms: number, zone: string): Local => ({ ms, zone, wall: wallTimeAt(ms, zone) });

/** The same local time `days` local days later (earlier, for a negative count). */
const localDaysLater = (local: Local, days: number): Local =>
  localAt(plusLocalDays(local.ms, local.zone, days), local.zone);

function localWallMinutes({ wall }: Local): number {
  return wall.hour * 60 + wall.minute + wall.second / 60 + wall.millisecond / 60_000;
}

/** Local `minutes` after midnight on the same local day as `local` (moved out of a DST gap). */
function atLocalMinutes(local: Local, minutes: number): number {
  if (minutes >= 1440) return startOfLocalDate(localDaysLater(local, 1).ms, local.zone);
  return atLocalTime(local.ms, local.zone, {
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  });
}

/**
 * The end of a window that `t` is inside, at local `minutes` the same day. In a repeated hour (clocks
 * going back) the instant on `t`'s side of the change is taken, which can lie before `t`; then the end is
 * the same wall-clock distance ahead of `t`.
 */
function windowEnd(local: Local, minutes: number, t: number): number {
  const end = atLocalMinutes(local, minutes);
  return end > t ? end : t + Math.max(1, minutes - localWallMinutes(local)) * 60_000;
}

function quietHoursCheck(context: GuardContext): Check {
  const zone = context.timeZone;
  const window = effectiveQuietHours(context.quietHours);
  return (t) => {
    const local = localAt(t, zone);
    const wall = localWallMinutes(local);
    if (wall >= window.start && wall < window.end) return undefined;
    const day = wall < window.start ? local : localDaysLater(local, 1);
    return {
      reason: { code: 'quiet-hours' },
      until: atLocalMinutes(day, window.start),
    };
  };
}

function inconvenientTimeCheck(time: InconvenientTime, zone: string): Check {
  const start = clockMinutes(time.start);
  const end = clockMinutes(time.end);
  const onDay = (local: Local) =>
    time.weekdays === undefined || time.weekdays.includes(local.wall.weekday);
  const reason: GuardReason = { code: 'inconvenient-time' };
  return (t) => {
    const local = localAt(t, zone);
    const wall = localWallMinutes(local);
    if (start < end) {
      return onDay(local) && wall >= start && wall < end
        ? { reason, until: windowEnd(local, end, t) }
        : undefined;
    }
    if (start > end) {
      // Runs over midnight: the evening part belongs to the listed day, the morning part to the next.
      if (onDay(local) && wall >= start) {
        return { reason, until: atLocalMinutes(localDaysLater(local, 1), end) };
      }
      if (onDay(localDaysLater(local, -1)) && wall < end)
        return { reason, until: windowEnd(local, end, t) };
    }
    return undefined;
  };
}

/** All the rules for one channel, given the call facts gathered once. */
function checksFor(channel: GuardChannel, context: GuardContext, calls: CallDays): Check[] {
  const checks = flagChecks(channel, context);
  if (channel === 'call') checks.push(...callChecks(calls, context.timeZone));
  // A letter's posting time is not a contact moment, so time-of-day rules do not apply to it.
  if (channelsWithTimeRules.includes(channel)) {
    checks.push(quietHoursCheck(context));
    for (const time of context.inconvenientTimes ?? []) {
      if ((time.channels ?? channelsWithTimeRules).includes(channel)) {
        checks.push(inconvenientTimeCheck(time, context.timeZone));
      }
    }
  }
  return checks;
}

function noticesFor(channel: GuardChannel, atMs: number, context: GuardContext): GuardReason[] {
  const notices: GuardReason[] = [];
  for (const flag of context.flags) {
    const since = instantOrDateMillis(flag.since, context.timeZone);
    const end = flagEnd(flag, since, context.timeZone);
    if (atMs < since || (end !== null && atMs >= end)) continue;
    if (flag.kind === 'vulnerable') {
      notices.push({ code: 'vulnerable' });
    } else if (
      flag.kind === 'cease' &&
      !flagCloses(flag, channel, context.purpose ?? 'collection')
    ) {
      notices.push({ code: 'cease-confirmation-only' });
    }
  }
  return notices;
}

function evaluate(
  channel: GuardChannel,
  atMs: number,
  context: GuardContext,
  calls: CallDays,
): GuardResult {
  const zone = context.timeZone;
  const checks = checksFor(channel, context, calls);
  const notices = noticesFor(channel, atMs, context);
  const reasons = checks.flatMap((check) => check(atMs)?.reason ?? []);
  // Walk forward: each step jumps to the latest end among the rules that block the candidate, so every
  // skipped instant is blocked by at least one rule and the first unblocked instant is the answer.
  let t = atMs;
  for (let step = 0; step < maxSteps && t - atMs <= searchHorizonMs; step += 1) {
    let next = t;
    for (const check of checks) {
      const block = check(t);
      if (block === undefined) continue;
      if (block.until === null)
        return { channel, allowed: false, reasons, notices, nextAllowedAt: null };
      next = Math.max(next, block.until);
    }
    if (next === t) {
      return {
        channel,
        allowed: t === atMs,
        reasons,
        notices,
        nextAllowedAt: formatInZone(t, zone),
      };
    }
    t = next;
  }
  const never: GuardReason = { code: 'no-allowed-time' };
  return { channel, allowed: false, reasons: [...reasons, never], notices, nextAllowedAt: null };
}

/**
 * Whether `channel` may be used at the instant `at` (ISO 8601), the reasons if not, and the first
 * allowed moment at or after it in the customer's time (DST-correct). Events after `at` are ignored.
 */
export function contactAllowedAt(
  channel: GuardChannel,
  at: string,
  context: GuardContext,
): GuardResult {
  assertTimeZone(context.timeZone);
  const atMs = instantMillis(at);
  const calls = channel === 'call' ? callDays(context.events, atMs, context.timeZone) : noCalls;
  return evaluate(channel, atMs, context, calls);
}

/** A bad zone is a caller's bug (input is parsed first); fail loudly rather than compute nonsense. */
function assertTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new RangeError(`unknown time zone: ${zone}`);
}

const noCalls: CallDays = { attempts: [], conversations: [] };

/** `contactAllowedAt` for every guarded channel (call, email, SMS, letter), reading the timeline once. */
export function contactGuards(
  at: string,
  context: GuardContext,
): Record<GuardChannel, GuardResult> {
  assertTimeZone(context.timeZone);
  const atMs = instantMillis(at);
  const calls = callDays(context.events, atMs, context.timeZone);
  const judge = (channel: GuardChannel) => evaluate(channel, atMs, context, calls);
  return { call: judge('call'), email: judge('email'), sms: judge('sms'), letter: judge('letter') };
}
