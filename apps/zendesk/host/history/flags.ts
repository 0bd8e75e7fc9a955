/**
 * Setting and clearing a contact flag from the sidebar: the mapped checkbox user field and a line
 * in the flag log field (when, what, who, why), written together in one `PUT /api/v2/users/{id}`.
 * The log is one text field that each write replaces whole, and Zendesk has no `safe_update` for
 * users (only tickets), so two agents writing at once could drop a line: the user is read, the line
 * appended, the user written, then read again to check the line is still there; if another agent's
 * write from an older copy replaced it, the change is merged by line into the latest log and
 * written again, a bounded number of times.
 */
import type { z } from 'zod';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../../shared/http';
import type { FlagKind } from '../../../../shared/history';
import { err, ok, type HttpPort, type Result } from '../../../../shared/ports';
import type { CustomerReadError } from '../customer';
import type { ShellSettings } from '../settings';
import { appendFlagChange, hasFlagChange, isFlagSource, type FlagChange } from './flag-log';
import type { HistorySettings } from './history-settings';
import { historyUserSchema, profileFromUser, type HistoryCustomer } from './profile';

/** The agent's change: which flag, on or off, and why (required, for the audit trail). */
export interface FlagChangeRequest {
  readonly flag: FlagKind;
  readonly on: boolean;
  readonly reason: string;
  /** The agent's name as Zendesk shows it. */
  readonly by: string;
  /** What the flag was set from, e.g. the customer's comment (`zendesk-comment:<id>`). */
  readonly source?: string;
}

/** Longest reason kept on one log line. */
export const flagReasonMaxLength = 500;

/** Why a flag change was refused before it reached Zendesk, or Zendesk's own failure. */
export type FlagChangeError =
  | CustomerReadError
  | { code: 'reason-required'; message: string }
  | { code: 'reason-too-long'; message: string; max: number };

/** Writes of one change before giving up on a user that other agents keep changing. */
export const flagWriteAttempts = 4;

type HistoryUser = z.infer<typeof historyUserSchema>['user'];

async function readUser(
  http: HttpPort,
  retry: RetryOptions,
  path: string,
): Promise<Result<HistoryUser, FlagChangeError>> {
  const reply = await requestWithRetry(http, { method: 'GET', path }, retry);
  if (!reply.ok) return reply;
  const parsed = parseReply(historyUserSchema, reply.value);
  if (!parsed.ok) return parsed;
  return ok(parsed.value.user);
}

function flagLogOf(user: HistoryUser, settings: HistorySettings): string {
  const value = user.user_fields?.[settings.flagLogField];
  return typeof value === 'string' ? value : '';
}

/**
 * Sets or clears `request.flag` on the user with a reason; returns the customer as Zendesk now has
 * them (read, write, read again; more when another agent's write replaced the log line).
 */
export async function changeContactFlag(
  http: HttpPort,
  retry: RetryOptions,
  userId: number,
  request: FlagChangeRequest,
  shell: ShellSettings,
  settings: HistorySettings,
  now: Date,
): Promise<Result<HistoryCustomer, FlagChangeError>> {
  const reason = request.reason.trim();
  if (reason === '') {
    return err({ code: 'reason-required', message: 'Say why the flag changes.' });
  }
  if (reason.length > flagReasonMaxLength) {
    return err({
      code: 'reason-too-long',
      message: `Keep the reason under ${flagReasonMaxLength} characters.`,
      max: flagReasonMaxLength,
    });
  }
  if (request.source !== undefined && !isFlagSource(request.source)) {
    // Sources are built by our code (flagSourceOf), so this is a bug, refused before any write.
    return err({ code: 'bad-request', message: 'The flag source is not one the log can keep.' });
  }
  const change: FlagChange = {
    at: now.toISOString(),
    action: request.on ? 'set' : 'clear',
    kind: request.flag,
    by: request.by,
    reason,
    ...(request.source === undefined ? {} : { source: request.source }),
  };
  const path = `/api/v2/users/${userId}.json`;
  for (let attempt = 1; attempt <= flagWriteAttempts; attempt += 1) {
    const current = await readUser(http, retry, path);
    if (!current.ok) return current;
    const body = {
      user: {
        user_fields: {
          [settings.flagFields[request.flag]]: request.on,
          // The latest log plus our line, unless an earlier attempt's line survived after all.
          [settings.flagLogField]: appendFlagChange(flagLogOf(current.value, settings), change),
        },
      },
    };
    // PUT replaces these two fields with the same values if repeated, so a retry is safe.
    const written = await requestWithRetry(http, { method: 'PUT', path, body }, retry);
    if (!written.ok) return written;
    // The PUT's own reply cannot show a write that landed after it; a fresh read can. (A write
    // from an older copy landing after this read still wins: without a compare-and-set for users,
    // this narrows the window to one round trip rather than closing it.)
    const after = await readUser(http, retry, path);
    if (!after.ok) return after;
    if (hasFlagChange(flagLogOf(after.value, settings), change)) {
      return profileFromUser(after.value, shell, settings, now);
    }
  }
  return err({
    code: 'conflict',
    message: `Other agents kept changing this customer's flags; the change was not saved after ${flagWriteAttempts} tries.`,
  });
}
