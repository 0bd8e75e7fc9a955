/**
 * Setting and clearing a contact flag from the sidebar: the mapped checkbox user field and a line
 * in the flag log field (when, what, who, why), written together in one `PUT /api/v2/users/{id}`.
 * The log is one text field that each write replaces whole, and Zendesk has no `safe_update` for
 * users (only tickets), so two agents writing at once could drop a line: the user is read, the line
 * appended, the user written, then read again to check the line is still there; if another agent's
 * write from an older copy replaced it, the change is merged by line into the latest log and
 * written again, a bounded number of times.
 */
import type * as z from 'zod/mini';
import { parseReply, requestWithRetry, type RetryOptions } from '../../../../shared/http';
import type { FlagKind } from '../../../../shared/history';
import type { FlagRaiser } from '../../../../shared/history/flag-kinds';
import { err, ok, type HttpPort, type Result } from '../../../../shared/ports';
import { readAgentName } from '../agent';
import type { CustomerReadError } from '../customer';
import type { ShellSettings } from '../settings';
import {
  appendFlagChange,
  hasFlagChange,
  isFlagSource,
  parseFlagLog,
  type FlagChange,
} from './flag-log';
import type { HistorySettings } from './history-settings';
import type { HistoryReader } from './open';
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
  /** Who raised the flag (kept on a set's log line). */
  readonly raisedBy?: FlagRaiser;
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
    // Sources are built by our code (shared/signals/source messageSource), so this is a bug, refused before any write.
    return err({ code: 'bad-request', message: 'The flag source is not one the log can keep.' });
  }
  const change: FlagChange = {
    at: now.toISOString(),
    action: request.on ? 'set' : 'clear',
    kind: request.flag,
    by: request.by,
    reason,
    ...(request.on && request.raisedBy !== undefined ? { raisedBy: request.raisedBy } : {}),
    ...(request.source === undefined ? {} : { source: request.source }),
  };
  const written = await writeFlagLog(http, retry, userId, settings, [change], {
    [settings.flagFields[request.flag]]: request.on,
  });
  if (!written.ok) return written;
  return profileFromUser(written.value, shell, settings, now);
}

/**
 * Appends `changes` to the user's flag log (with `fields` written in the same PUT), read, write,
 * read again; more when another agent's write replaced the lines. The user as Zendesk now has them.
 */
async function writeFlagLog(
  http: HttpPort,
  retry: RetryOptions,
  userId: number,
  settings: HistorySettings,
  changes: readonly FlagChange[],
  fields: Readonly<Record<string, boolean>>,
): Promise<Result<HistoryUser, FlagChangeError>> {
  const path = `/api/v2/users/${userId}.json`;
  for (let attempt = 1; attempt <= flagWriteAttempts; attempt += 1) {
    const current = await readUser(http, retry, path);
    if (!current.ok) return current;
    // The latest log plus our lines, unless an earlier attempt's lines survived after all.
    const log = changes.reduce(appendFlagChange, flagLogOf(current.value, settings));
    const body = { user: { user_fields: { ...fields, [settings.flagLogField]: log } } };
    // PUT replaces these fields with the same values if repeated, so a retry is safe.
    const written = await requestWithRetry(http, { method: 'PUT', path, body }, retry);
    if (!written.ok) return written;
    // The PUT's own reply cannot show a write that landed after it; a fresh read can. (A write
    // from an older copy landing after this read still wins: without a compare-and-set for users,
    // this narrows the window to one round trip rather than closing it.)
    const after = await readUser(http, retry, path);
    if (!after.ok) return after;
    const kept = flagLogOf(after.value, settings);
    if (changes.every((change) => hasFlagChange(kept, change))) return ok(after.value);
  }
  return err({
    code: 'conflict',
    message: `Other agents kept changing this customer's flags; the change was not saved after ${flagWriteAttempts} tries.`,
  });
}

/** A flag the customer's words suggest, with the words (as the reason) and the comment. */
export interface FlagSuggestion {
  readonly flag: FlagKind;
  readonly reason: string;
  /** The comment the words are in (`zendesk-comment:<id>`). */
  readonly source: string;
}

/**
 * Records in the flag log that the customer's words suggest flags the agent has not decided on
 * (issue 20: warnings in the guards and the new-ticket sidebar, never a block), without ticking
 * any flag. A suggestion is skipped when its flag is set, or when the log already holds a
 * suggestion of that flag from the same comment, so reopening the ticket writes nothing; when
 * nothing is left to record, nothing is requested beyond the read. Returns how many were written
 * and which of the suggested flags are set already (as read), so the section can say so.
 */
export async function recordFlagSuggestions(
  http: HttpPort,
  retry: RetryOptions,
  userId: number,
  suggestions: readonly FlagSuggestion[],
  settings: HistorySettings,
  now: Date,
): Promise<Result<{ written: number; alreadySet: FlagKind[] }, FlagChangeError>> {
  const current = await readUser(http, retry, `/api/v2/users/${userId}.json`);
  if (!current.ok) return current;
  const log = parseFlagLog(flagLogOf(current.value, settings));
  const isSet = (flag: FlagKind) => current.value.user_fields?.[settings.flagFields[flag]] === true;
  const known = (suggestion: FlagSuggestion) =>
    log.some(
      (line) =>
        line.action === 'suggest' &&
        line.kind === suggestion.flag &&
        line.source === suggestion.source,
    );
  const changes: FlagChange[] = suggestions
    .filter((suggestion) => isFlagSource(suggestion.source) && !isSet(suggestion.flag))
    .filter((suggestion) => !known(suggestion))
    .map((suggestion) => ({
      at: now.toISOString(),
      action: 'suggest',
      kind: suggestion.flag,
      by: 'Tactful',
      reason: suggestion.reason.trim().slice(0, flagReasonMaxLength) || suggestion.flag,
      source: suggestion.source,
    }));
  const alreadySet = [...new Set(suggestions.map((suggestion) => suggestion.flag))].filter(isSet);
  if (changes.length === 0) return ok({ written: 0, alreadySet });
  const written = await writeFlagLog(http, retry, userId, settings, changes, {});
  return written.ok ? ok({ written: changes.length, alreadySet }) : written;
}

/**
 * `changeContactFlag` by the agent signed in: their name goes on the flag log ("agent" when the
 * host cannot say who they are).
 */
export async function changeFlagAsAgent(
  reader: HistoryReader,
  userId: number,
  request: Omit<FlagChangeRequest, 'by'>,
  now: Date,
): Promise<Result<HistoryCustomer, FlagChangeError>> {
  const { client, http, retry, shell, settings } = reader;
  const agent = await readAgentName(client);
  const by = (agent.ok ? agent.value : undefined) ?? 'agent';
  return changeContactFlag(http, retry, userId, { ...request, by }, shell, settings, now);
}
