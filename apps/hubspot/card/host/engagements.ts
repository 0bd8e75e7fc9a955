/**
 * The contact's calls, emails, notes, meetings and tasks through our backend (one page at a time,
 * with the backend's cursor), mapped to the history core's `ContactEvent`; and the contact's flags
 * (collections endpoint) mapped to the core's `Flag`, set and cleared through `PUT flags/:kind`.
 */
import {
  backendPaths,
  contactCollectionsSchema,
  engagementPageSchema,
  flagWriteReplySchema,
  type ContactFlag,
  type Engagement,
  type EngagementPage,
  type FlagKind,
  type FlagSource,
  type FlagWriteRequest,
} from '../../contract';
import type { FlagChange } from '../../../../shared/history/flag-form';
import type { ContactEvent, Flag, Outcome } from '../../../../shared/history';
import type { Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/** Loads one page of engagements, newest first; pass the last page's `nextCursor` for the next. */
export function loadEngagementPage(
  backend: BackendClient,
  contactId: string,
  page: { cursor?: string; limit?: number } = {},
): Promise<Result<EngagementPage, BackendError>> {
  return backend.request(
    {
      path: backendPaths.engagements(contactId),
      query: { limit: page.limit, cursor: page.cursor },
    },
    engagementPageSchema,
  );
}

// HubSpot's default call dispositions (ids are the same in every portal).
const callDispositions: Record<string, Outcome> = {
  'f240bbac-87c9-4f6e-bf70-924b57d47db7': 'conversation', // Connected
  '73a0d17f-1163-4015-bdd5-ec830791da20': 'no-answer',
  'b2cf5968-551e-4856-9783-52b3da59a7d0': 'voicemail', // Left voicemail
  'a4c4c377-d246-4b32-a13b-75a56a4cd0ff': 'left-message', // Left live message
  '9d9162e7-6cf3-4944-bf63-4dff82258764': 'busy',
  '17b47fee-58de-441e-a44c-c6300d46f273': 'failed', // Wrong number
};

const emailStatuses: Record<string, Outcome> = {
  SENT: 'sent',
  BOUNCED: 'bounced',
  FAILED: 'failed',
  SCHEDULED: 'unknown',
};

/**
 * One engagement as a timeline event. Calls are `conversation` only when HubSpot's disposition says
 * Connected; meetings that were held count as conversations; notes and tasks are our own records.
 */
export function toContactEvent(engagement: Engagement): ContactEvent {
  const base = {
    id: `hubspot-${engagement.type}-${engagement.id}`,
    at: engagement.occurredAt,
    ...(engagement.ownerId ? { who: `Owner ${engagement.ownerId}` } : {}),
    ...(engagement.excerpt ? { excerpt: engagement.excerpt } : {}),
  };
  const status = engagement.status ?? '';
  switch (engagement.type) {
    case 'calls':
      return {
        ...base,
        channel: 'call',
        direction: engagement.direction ?? 'outbound',
        outcome: callDispositions[status] ?? 'unknown',
      };
    case 'emails':
      return {
        ...base,
        channel: 'email',
        direction: engagement.direction ?? 'outbound',
        outcome: engagement.direction === 'inbound' ? 'replied' : (emailStatuses[status] ?? 'sent'),
      };
    case 'meetings':
      return {
        ...base,
        channel: 'meeting',
        direction: 'outbound',
        outcome: status === 'COMPLETED' ? 'conversation' : 'unknown',
      };
    case 'notes':
    case 'tasks':
      return { ...base, channel: 'note', direction: 'outbound', outcome: 'unknown' };
  }
}

/** A set flag as the contact guards read it (an empty reason is no reason). */
export function toHistoryFlag(flag: ContactFlag): Flag {
  return {
    kind: flag.kind,
    since: flag.since,
    source: flag.source,
    ...(flag.reason ? { reason: flag.reason } : {}),
  };
}

/** The contact's flags as the backend reads them from the contact's properties. */
export async function loadContactFlags(
  backend: BackendClient,
  contactId: string,
): Promise<Result<{ flags: ContactFlag[]; due?: string; timeZone?: string }, BackendError>> {
  const reply = await backend.request(
    { path: backendPaths.collections(contactId) },
    contactCollectionsSchema,
  );
  if (!reply.ok) return reply;
  const { flags, due, timeZone } = reply.value;
  return {
    ok: true,
    value: {
      flags,
      ...(due === undefined ? {} : { due }),
      ...(timeZone === undefined ? {} : { timeZone }),
    },
  };
}

/**
 * The write for `change`: the flag set on `since` by `source`, or cleared. One set from the
 * customer's email names it (kept on the flag's note) and is keyed by the flag and the email, so a
 * second click or a retry replays instead of writing twice.
 */
export function flagWriteRequest(
  change: FlagChange,
  since: string,
  source: FlagSource,
  fromMessage?: string,
): FlagWriteRequest {
  const { kind, on, reason } = change;
  if (!on) return { set: false, reason };
  if (fromMessage === undefined) return { set: true, since, source, reason };
  const idempotencyKey = `signal:${kind}:${fromMessage}`.slice(0, 128);
  return { set: true, since, source, reason, fromMessage, idempotencyKey };
}

/** Sets (with its reason) or clears one flag; returns the contact's flags afterwards. */
export async function writeContactFlag(
  backend: BackendClient,
  contactId: string,
  kind: FlagKind,
  request: FlagWriteRequest,
): Promise<Result<ContactFlag[], BackendError>> {
  const reply = await backend.request(
    { method: 'PUT', path: backendPaths.flag(contactId, kind), body: { ...request } },
    flagWriteReplySchema,
  );
  return reply.ok ? { ok: true, value: reply.value.flags } : reply;
}
