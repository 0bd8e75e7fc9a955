/**
 * Setting and clearing a contact flag from the sidebar: the mapped checkbox user field and a line
 * in the flag log field (when, what, who, why), written together in one `PUT /api/v2/users/{id}`.
 * The user is read first so the log line is appended to the latest log, not to a stale copy.
 */
import { parseReply, requestWithRetry, type RetryOptions } from '../../../../shared/http';
import { flagKindOf, type ContactFlag } from '../../../../shared/settings';
import { err, type HttpPort, type Result } from '../../../../shared/ports';
import type { CustomerReadError } from '../customer';
import type { ShellSettings } from '../settings';
import { appendFlagChange } from './flag-log';
import type { HistorySettings } from './history-settings';
import { historyUserSchema, profileFromUser, type HistoryCustomer } from './profile';

/** The agent's change: which flag, on or off, and why (required, for the audit trail). */
export interface FlagChangeRequest {
  readonly flag: ContactFlag;
  readonly on: boolean;
  readonly reason: string;
  /** The agent's name as Zendesk shows it. */
  readonly by: string;
}

/** Longest reason kept on one log line. */
export const flagReasonMaxLength = 500;

/** Why a flag change was refused before it reached Zendesk, or Zendesk's own failure. */
export type FlagChangeError =
  | CustomerReadError
  | { code: 'reason-required'; message: string }
  | { code: 'reason-too-long'; message: string };

/**
 * Sets or clears `request.flag` on the user with a reason; returns the customer as Zendesk now has
 * them (two requests: read, then write).
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
    });
  }
  const path = `/api/v2/users/${userId}.json`;
  const current = await requestWithRetry(http, { method: 'GET', path }, retry);
  if (!current.ok) return current;
  const user = parseReply(historyUserSchema, current.value);
  if (!user.ok) return user;
  const logValue = user.value.user.user_fields?.[settings.flagLogField];
  const log = appendFlagChange(typeof logValue === 'string' ? logValue : '', {
    at: now.toISOString(),
    action: request.on ? 'set' : 'clear',
    kind: flagKindOf[request.flag],
    by: request.by,
    reason,
  });
  const body = {
    user: {
      user_fields: {
        [settings.flagFields[request.flag]]: request.on,
        [settings.flagLogField]: log,
      },
    },
  };
  // PUT replaces these two fields with the same values if repeated, so a retry is safe.
  const written = await requestWithRetry(http, { method: 'PUT', path, body }, retry);
  if (!written.ok) return written;
  const updated = parseReply(historyUserSchema, written.value);
  if (!updated.ok) return updated;
  return profileFromUser(updated.value.user, shell, settings, now);
}
