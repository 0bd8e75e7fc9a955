/**
 * The contact's calls, emails, notes, meetings and tasks: association ids from associations v4, then
 * batch reads of up to 100. Paged: each page reads at most `limit` of each type (ten HubSpot calls,
 * run in parallel), and the cursor carries each type's own `after`, so no page risks the card's timeout.
 */
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import {
  engagementTypes,
  inboundTextLimit,
  type Engagement,
  type EngagementPage,
  type EngagementType,
  type LatestInboundEmail,
} from '../../contract';
import { backendError, type BackendError } from '../errors';
import type { HubSpotCaller } from './hubspotCaller';

const propertiesByType: Record<EngagementType, string[]> = {
  calls: [
    'hs_timestamp',
    'hs_call_title',
    'hs_call_body',
    'hs_call_direction',
    'hs_call_disposition',
    'hs_call_duration',
    'hs_call_status',
    'hubspot_owner_id',
  ],
  emails: [
    'hs_timestamp',
    'hs_email_subject',
    'hs_email_text',
    'hs_email_direction',
    'hs_email_status',
    'hubspot_owner_id',
  ],
  notes: ['hs_timestamp', 'hs_note_body', 'hubspot_owner_id'],
  meetings: [
    'hs_timestamp',
    'hs_meeting_title',
    'hs_meeting_body',
    'hs_meeting_outcome',
    'hubspot_owner_id',
  ],
  tasks: ['hs_timestamp', 'hs_task_subject', 'hs_task_body', 'hs_task_status', 'hubspot_owner_id'],
};

/** Associations v4 reply. */
export const associationsPage = z.object({
  results: z.array(z.object({ toObjectId: z.union([z.number(), z.string()]) }).loose()),
  paging: z
    .object({ next: z.object({ after: z.string() }).loose().optional() })
    .loose()
    .optional(),
});

const hubspotRecord = z
  .object({
    id: z.string(),
    properties: z.record(z.string(), z.string().nullable()),
  })
  .loose();

/** Batch read reply (200, or 207 when some ids were not found). */
export const batchReadReply = z.object({ results: z.array(hubspotRecord) }).loose();

/** Per type: `after` token to continue from, or `0` when that type is finished. Absent = not started. */
const cursorSchema = z.object({
  v: z.literal(1),
  after: z.partialRecord(z.enum(engagementTypes), z.union([z.string().max(200), z.literal(0)])),
});
type Cursor = z.infer<typeof cursorSchema>;

/** Encodes a cursor for the card (opaque to it). */
function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** Decodes a cursor from the card; undefined when it is not one of ours. */
function decodeCursor(text: string): Cursor | undefined {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Reads one page of the contact's engagements. */
/**
 * A page of engagements as the card receives it and, on the first page, the contact's newest
 * inbound email, which stays in the backend (the signals route reads it; the card never gets it).
 */
export interface EngagementPageRead {
  page: EngagementPage;
  latestInboundEmail?: LatestInboundEmail;
}

export async function readEngagementPage(
  hubspot: HubSpotCaller,
  contactId: string,
  limit: number,
  cursorText: string | undefined,
): Promise<Result<EngagementPageRead, BackendError>> {
  const cursor = cursorText === undefined ? { v: 1 as const, after: {} } : decodeCursor(cursorText);
  if (!cursor)
    return err(backendError('bad-request', 'The page cursor is not valid; reload the history.'));

  const pending = engagementTypes.filter((type) => cursor.after[type] !== 0);
  const pages = await Promise.all(
    pending.map(async (type) => {
      const after = cursor.after[type];
      const links = await hubspot.call(
        {
          method: 'GET',
          path: `/crm/v4/objects/contacts/${contactId}/associations/${type}`,
          query: { limit: String(limit), ...(typeof after === 'string' ? { after } : {}) },
          repeatable: true,
          operation: `${type}.associations`,
        },
        associationsPage,
      );
      if (!links.ok) return links;
      const ids = links.value.results.map((link) => String(link.toObjectId));
      const records =
        ids.length === 0
          ? ok({ results: [] })
          : await hubspot.call(
              {
                method: 'POST',
                path: `/crm/v3/objects/${type}/batch/read`,
                body: { inputs: ids.map((id) => ({ id })), properties: propertiesByType[type] },
                repeatable: true,
                operation: `${type}.batch-read`,
              },
              batchReadReply,
            );
      if (!records.ok) return records;
      const engagements: Engagement[] = [];
      let inbound: LatestInboundEmail | undefined;
      for (const record of records.value.results) {
        const engagement = toEngagement(type, record);
        if (!engagement)
          return err(
            backendError(
              'hubspot-malformed-reply',
              'HubSpot returned something we did not understand.',
            ),
          );
        engagements.push(engagement);
        const words = inboundText(type, record);
        if (words !== undefined && (!inbound || engagement.occurredAt > inbound.occurredAt)) {
          inbound = { id: engagement.id, occurredAt: engagement.occurredAt, text: words };
        }
      }
      const next = links.value.paging?.next?.after ?? (0 as const);
      return ok({ type, engagements, next, inbound });
    }),
  );

  const after: Cursor['after'] = { ...cursor.after };
  const engagements: Engagement[] = [];
  let latestInboundEmail: LatestInboundEmail | undefined;
  for (const page of pages) {
    if (!page.ok) return page;
    engagements.push(...page.value.engagements);
    after[page.value.type] = page.value.next;
    latestInboundEmail ??= page.value.inbound;
  }
  engagements.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  const more = engagementTypes.some((type) => after[type] !== 0);
  // Only the first page's read keeps the customer's words: the signals route reads the newest
  // message only.
  const words = cursorText === undefined && latestInboundEmail ? { latestInboundEmail } : {};
  return ok({
    page: more ? { engagements, nextCursor: encodeCursor({ v: 1, after }) } : { engagements },
    ...words,
  });
}

/**
 * How much of a body `plainExcerpt` reads. Bodies are HubSpot's (any size a portal stores); 8 KB
 * of ordinary email or note markup holds far more than the 200 characters shown, and reading only
 * this much keeps one huge body from holding up every portal this process serves.
 */
export const excerptInputLimit = 8 * 1024;

/** Tags that end a line of text (read at a `<`): a space keeps the words on either side apart. */
const breakTag = /br|\/p|\/div|\/li/iy;

/**
 * `html` with each tag (`<` to the next `>`) replaced by `replacement`; with `breaksOnly`, only
 * tags that start like a line break. A `<` with no `>` after it is text. One pass, so linear: the
 * regular expressions this replaces rescanned to the end from every `<` (64 KB of `<br` took 2 s).
 */
function replaceTags(html: string, replacement: string, breaksOnly: boolean): string {
  let out = '';
  let from = 0;
  let open = html.indexOf('<');
  while (open !== -1) {
    breakTag.lastIndex = open + 1;
    if (breaksOnly && !breakTag.test(html)) {
      open = html.indexOf('<', open + 1);
      continue;
    }
    const close = html.indexOf('>', open + 1);
    if (close === -1) break;
    out += html.slice(from, open) + replacement;
    from = close + 1;
    open = html.indexOf('<', from);
  }
  return out + html.slice(from);
}

/**
 * Plain text from HubSpot's HTML bodies: tags dropped, a few entities decoded, whitespace folded.
 * Reads at most `excerptInputLimit` characters; a longer body's excerpt ends with "…".
 */
export function plainExcerpt(html: string | null | undefined, max = 200): string {
  if (!html) return '';
  const cut = html.length > excerptInputLimit;
  let head = cut ? html.slice(0, excerptInputLimit) : html;
  if (cut) {
    // Never end on half of a surrogate pair or inside a tag the cut split ("<a href=…").
    const last = head.charCodeAt(head.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
    const open = head.lastIndexOf('<');
    if (open > head.lastIndexOf('>') && /[A-Za-z/!]/.test(head.charAt(open + 1))) {
      head = head.slice(0, open);
    }
  }
  // Line breaks first, then every other tag, as two passes: `<x <br>` keeps its `<x`.
  const text = replaceTags(replaceTags(head, ' ', true), '', false)
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  // A cut body's text gets an ellipsis too, so it is held to one character less than `max`.
  if (text.length > (cut ? max - 1 : max)) return `${text.slice(0, max - 1)}…`;
  return cut && text !== '' ? `${text}…` : text;
}

/**
 * An inbound email's text for the card's signals reader, as HubSpot holds it (the card strips HTML
 * and quoted replies), cut to the contract's limit; undefined for anything else or an empty body.
 */
function inboundText(
  type: EngagementType,
  record: z.infer<typeof hubspotRecord>,
): string | undefined {
  const p = record.properties;
  if (type !== 'emails' || p.hs_email_direction !== 'INCOMING_EMAIL') return undefined;
  const text = p.hs_email_text?.trim();
  if (!text) return undefined;
  if (text.length <= inboundTextLimit) return text;
  // Never end on half of a surrogate pair.
  const cut = text.slice(0, inboundTextLimit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

function timestamp(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const millis = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  // Past ±8.64e15 ms a Date is invalid and toISOString throws: such a value is unreadable, not a crash.
  const date = new Date(millis);
  if (Number.isNaN(date.getTime())) return undefined;
  // Outside years 0-9999 the ISO form has a signed six-digit year, which no reader expects.
  const year = date.getUTCFullYear();
  return year >= 0 && year <= 9999 ? date.toISOString() : undefined;
}

function toEngagement(
  type: EngagementType,
  record: z.infer<typeof hubspotRecord>,
): Engagement | undefined {
  const p = record.properties;
  const occurredAt = timestamp(p.hs_timestamp);
  if (!occurredAt || !/^\d{1,20}$/.test(record.id)) return undefined;
  const base = {
    id: record.id,
    type,
    occurredAt,
    ...(p.hubspot_owner_id ? { ownerId: p.hubspot_owner_id } : {}),
  };
  const first = (...values: Array<string | null | undefined>) =>
    plainExcerpt(values.find((v) => v) ?? '');
  switch (type) {
    case 'calls': {
      const duration =
        p.hs_call_duration && /^\d{1,15}$/.test(p.hs_call_duration)
          ? Number(p.hs_call_duration)
          : undefined;
      return {
        ...base,
        excerpt: first(p.hs_call_title, p.hs_call_body),
        ...(p.hs_call_direction === 'INBOUND' ? { direction: 'inbound' as const } : {}),
        ...(p.hs_call_direction === 'OUTBOUND' ? { direction: 'outbound' as const } : {}),
        ...(p.hs_call_disposition ? { status: p.hs_call_disposition } : {}),
        ...(duration === undefined ? {} : { durationMs: duration }),
      };
    }
    case 'emails':
      return {
        ...base,
        excerpt: first(p.hs_email_subject, p.hs_email_text),
        direction: p.hs_email_direction === 'INCOMING_EMAIL' ? 'inbound' : 'outbound',
        ...(p.hs_email_status ? { status: p.hs_email_status } : {}),
      };
    case 'notes':
      return { ...base, excerpt: first(p.hs_note_body) };
    case 'meetings':
      return {
        ...base,
        excerpt: first(p.hs_meeting_title, p.hs_meeting_body),
        ...(p.hs_meeting_outcome ? { status: p.hs_meeting_outcome } : {}),
      };
    case 'tasks':
      return {
        ...base,
        excerpt: first(p.hs_task_subject, p.hs_task_body),
        ...(p.hs_task_status ? { status: p.hs_task_status } : {}),
      };
  }
}
