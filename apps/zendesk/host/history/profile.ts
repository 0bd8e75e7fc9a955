/**
 * The customer's collections profile from their Zendesk user record (one `GET /api/v2/users/{id}`):
 * balance and due date, time zone, contact flags from the mapped checkbox fields, and when and why
 * each flag was set (from the flag log field).
 */
import * as z from 'zod/mini';
import { flagKinds, isValidTimeZone, type Flag, type FlagKind } from '../../../../shared/history';
import type { RetryOptions } from '../../../../shared/http';
import { getParsed } from '../custom-object-records';
import { ok, type HttpPort, type Result } from '../../../../shared/ports';
import {
  readBalance,
  zendeskUserBase,
  type CustomerReadError,
  type OutstandingBalance,
} from '../customer';
import type { ShellSettings } from '../settings';
import { userPath } from '../user-paths';
import { todayIn } from '../../../../shared/calendar/calendar';
import type { SetFlag } from '../../../../shared/history/view';
import { latestFlagChanges, parseFlagLog, pendingSuggestions, type FlagChange } from './flag-log';
import type { HistorySettings } from './history-settings';

/** The customer as the history panel and the profile summary need them. */
export interface HistoryCustomer {
  readonly userId: number;
  readonly name: string;
  /** IANA zone: the user's own, else the installation's default. */
  readonly timeZone: string;
  readonly balance?: OutstandingBalance;
  /** Which mapped flag fields are ticked. */
  readonly flagStates: Readonly<Record<FlagKind, boolean>>;
  /** The ticked flags as the guards read them, with since/source/reason from the log. */
  readonly flags: readonly Flag[];
  /** The flag log field's text as read (appended to on the next change). */
  readonly flagLog: string;
  /** The last change for each flag, for "set by … because …". */
  readonly flagChanges: readonly FlagChange[];
  /** Flags the customer's words suggest, not set and not decided since (warn, never block). */
  readonly suggestedFlags: readonly FlagChange[];
  /** The ticked flags as the flags panel lists them: since when (their day), who raised it, why. */
  readonly setFlags: readonly SetFlag[];
}

const fieldValue = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** The part of Zendesk's user reply the profile reads. */
export const historyUserSchema = z.object({
  user: z.looseObject({ ...zendeskUserBase.shape, updated_at: z.optional(z.string()) }),
});
type HistoryUser = z.output<typeof historyUserSchema>['user'];

/** The profile from a parsed user reply; `now` stands in for the start of a flag with no log line. */
export function profileFromUser(
  user: HistoryUser,
  shell: ShellSettings,
  settings: HistorySettings,
  now: Date,
): Result<HistoryCustomer, CustomerReadError> {
  const fields = user.user_fields ?? {};
  const value = (key: string | undefined) => {
    if (key === undefined) return undefined;
    const parsed = fieldValue.safeParse(fields[key]);
    return parsed.success ? parsed.data : JSON.stringify(fields[key]);
  };
  const userKey = (ref: ShellSettings['fields']['balance']) =>
    ref?.source === 'user' ? ref.key : undefined;
  const balance = readBalance(
    {
      balance: value(userKey(shell.fields.balance)),
      currency: value(userKey(shell.fields.currency)),
      dueDate: value(userKey(shell.fields.dueDate)),
    },
    shell.defaultCurrency,
  );
  if (!balance.ok) return balance;

  const logValue = value(settings.flagLogField);
  const flagLog = typeof logValue === 'string' ? logValue : '';
  const changes = parseFlagLog(flagLog);
  const latest = latestFlagChanges(changes);
  // Zendesk checkboxes come as booleans; anything else (blank, text) is not ticked.
  const ticked = (flag: FlagKind) => value(settings.flagFields[flag]) === true;
  const states = Object.fromEntries(flagKinds.map((kind) => [kind, ticked(kind)])) as Record<
    FlagKind,
    boolean
  >;
  const flags: Flag[] = flagKinds
    .filter((kind) => states[kind])
    .map((kind) => {
      const change = latest.get(kind);
      // A ticked box with no log line (set in Zendesk directly) counts from now: the safe reading,
      // since an older start could let a 60-day breathing space look already over.
      if (change === undefined || change.action !== 'set') {
        return { kind, since: now.toISOString(), source: 'zendesk-user-field' };
      }
      const by = `agent: ${change.by}`;
      const result: Flag = {
        kind,
        since: change.at,
        source: change.source === undefined ? by : `${by} (${change.source})`,
      };
      return change.reason ? { ...result, reason: change.reason } : result;
    });

  const zone = [user.iana_time_zone, settings.defaultTimeZone].find(
    (candidate): candidate is string => typeof candidate === 'string' && isValidTimeZone(candidate),
  );
  // A ticked box with no set line (ticked in Zendesk directly) says nothing it does not know.
  const setFlags = flagKinds
    .filter((kind) => states[kind])
    .map((kind): SetFlag => {
      const change = latest.get(kind);
      if (change === undefined || change.action !== 'set') return { kind };
      const at = new Date(change.at);
      return {
        kind,
        since: Number.isNaN(at.getTime()) ? undefined : todayIn(at, zone ?? 'UTC'),
        raisedBy: change.raisedBy,
        reason: change.reason,
      };
    });
  const customer: HistoryCustomer = {
    userId: user.id,
    name: user.name,
    timeZone: zone ?? 'UTC',
    flagStates: states,
    flags,
    flagLog,
    flagChanges: [...latest.values()],
    suggestedFlags: pendingSuggestions(changes, (kind) => states[kind]),
    setFlags,
  };
  return ok(balance.value ? { ...customer, balance: balance.value } : customer);
}

/** Reads the customer's profile with one request. */
export async function readHistoryCustomer(
  http: HttpPort,
  retry: RetryOptions,
  userId: number,
  shell: ShellSettings,
  settings: HistorySettings,
  now: Date,
): Promise<Result<HistoryCustomer, CustomerReadError>> {
  const parsed = await getParsed(http, retry, userPath(userId), historyUserSchema);
  if (!parsed.ok) return parsed;
  return profileFromUser(parsed.value.user, shell, settings, now);
}
