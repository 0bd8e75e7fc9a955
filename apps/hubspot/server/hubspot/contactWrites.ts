/**
 * Writes to the contact's record in HubSpot: an accepted plan as one note (note→contact association
 * 202) and one task per instalment (task→contact 204); a promise to pay as a note and a task; a flag
 * set or cleared as contact properties plus a note with its reason. Customer text goes into notes and
 * tasks escaped, as text. `writePlan`, `writePromise` and `writeFlag` run each write once per
 * idempotency key and save progress after every step, so an interrupted write resumes, never repeats.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { parseDecimal, toDecimal } from '../../../../shared/money/money';
import { escapeHtml } from '../../../../shared/text/escape-html';
import {
  flagWriteReplySchema,
  planWriteReplySchema,
  promiseWriteReplySchema,
  type FlagKind,
  type FlagWriteReply,
  type FlagWriteRequest,
  type Instalment,
  type PlanWriteReply,
  type planWriteRequestSchema,
  type PromiseWriteReply,
  type PromiseWriteRequest,
} from '../../contract';
import { backendError, type BackendError } from '../errors';
import { requestHash, runIdempotentWrite, type IdempotencyDeps } from '../idempotency';
import { flagProperty } from './collectionsProperties';
import { readContactCollections } from './contactCollections';
import { associationsPage, batchReadReply } from './engagements';
import type { HubSpotCaller } from './hubspotCaller';

/** HubSpot-defined association type ids. */
export const associationTypes = { noteToContact: 202, taskToContact: 204 } as const;

const created = z.object({ id: z.string().regex(/^\d+$/) }).loose();
const batchCreated = z.object({ results: z.array(created) }).loose();

/** Checks an amount against its currency's precision and formats it (`"120.00"`, `"1500"` for JPY). */
export function checkedAmount(amount: string, currency: string): Result<string, BackendError> {
  const parsed = parseDecimal(amount, currency);
  if (!parsed.ok)
    return err(backendError('bad-request', `Amount ${amount} is not valid in ${currency}.`));
  return ok(toDecimal(parsed.value));
}

function association(contactId: string, typeId: number) {
  return [
    {
      to: { id: contactId },
      types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }],
    },
  ];
}

/** Creates a note on the contact; returns its id. */
export async function createNote(
  hubspot: HubSpotCaller,
  contactId: string,
  html: string,
  at: number,
  ownerId: string | undefined,
): Promise<Result<string, BackendError>> {
  const note = await hubspot.call(
    {
      method: 'POST',
      path: '/crm/v3/objects/notes',
      body: {
        properties: {
          hs_timestamp: new Date(at).toISOString(),
          hs_note_body: html,
          ...(ownerId ? { hubspot_owner_id: ownerId } : {}),
        },
        associations: association(contactId, associationTypes.noteToContact),
      },
      repeatable: false,
      operation: 'notes.create',
    },
    created,
  );
  return note.ok ? ok(note.value.id) : note;
}

/** A task to create: subject, body and due date. */
export interface TaskDraft {
  subject: string;
  /**
   * Plain text: the customer-visible summary and the reference line, paragraphs separated by a
   * blank line. HubSpot shows task bodies as HTML, so createTasks escapes it (see taskBodyHtml).
   */
  body: string;
  due: string;
}

/**
 * A task body's plain text as the HTML HubSpot shows: escaped with the same escapeHtml as note
 * bodies, one `<p>` per paragraph, line breaks kept. `summary\n\nRef: tactful-ref-…` becomes
 * `<p>summary</p><p>Ref: tactful-ref-…</p>`, the note's own shape, so findMarkedObjects still finds it.
 */
export function taskBodyHtml(text: string): string {
  return text
    .split(/\r?\n[^\S\r\n]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * Creates tasks in batches of 100. Due at noon UTC on the due date, so the date reads the same in
 * every time zone from UTC-11 to UTC+11. Calls `onBatch` with the ids after each batch.
 */
export async function createTasks(
  hubspot: HubSpotCaller,
  contactId: string,
  drafts: TaskDraft[],
  ownerId: string | undefined,
  onBatch: (ids: string[]) => Promise<void>,
): Promise<Result<string[], BackendError>> {
  const ids: string[] = [];
  for (let start = 0; start < drafts.length; start += 100) {
    const batch = drafts.slice(start, start + 100);
    const reply = await hubspot.call(
      {
        method: 'POST',
        path: '/crm/v3/objects/tasks/batch/create',
        body: {
          inputs: batch.map((task) => ({
            properties: {
              hs_timestamp: `${task.due}T12:00:00.000Z`,
              hs_task_subject: task.subject,
              // Customer text becomes markup only through here, escaped.
              hs_task_body: taskBodyHtml(task.body),
              hs_task_status: 'NOT_STARTED',
              hs_task_type: 'TODO',
              ...(ownerId ? { hubspot_owner_id: ownerId } : {}),
            },
            associations: association(contactId, associationTypes.taskToContact),
          })),
        },
        repeatable: false,
        operation: 'tasks.batch-create',
      },
      batchCreated,
    );
    if (!reply.ok) return reply;
    if (reply.value.results.length !== batch.length) {
      return err(
        backendError(
          'hubspot-malformed-reply',
          'HubSpot created a different number of tasks than asked.',
        ),
      );
    }
    ids.push(...reply.value.results.map((task) => task.id));
    await onBatch(ids);
  }
  return ok(ids);
}

/** Fills a task title template: `{n}`, `{count}`, `{amount}`, `{due}`. */
export function taskTitle(
  template: string,
  n: number,
  count: number,
  instalment: Instalment,
  currency: string,
): string {
  return template
    .replaceAll('{n}', String(n))
    .replaceAll('{count}', String(count))
    .replaceAll('{amount}', `${instalment.amount} ${currency}`)
    .replaceAll('{due}', instalment.due);
}

/** The note body of an accepted plan: the agent-facing summary and the dated instalments. */
export function planNoteHtml(
  summary: string,
  instalments: Instalment[],
  currency: string,
  marker: string,
): string {
  const shown = instalments.slice(0, 60);
  const more = instalments.length - shown.length;
  return [
    '<p><strong>Payment plan accepted (Tactful)</strong></p>',
    `<p>${escapeHtml(summary)}</p>`,
    '<ul>',
    ...shown.map(
      (i) => `<li>${escapeHtml(i.due)}: ${escapeHtml(i.amount)} ${escapeHtml(currency)}</li>`,
    ),
    more > 0 ? `<li>… and ${more} more</li>` : '',
    '</ul>',
    markerHtml(marker),
  ].join('');
}

/** Contact property updates that set or clear one flag. */
export function flagPropertyUpdates(
  kind: FlagKind,
  request: FlagWriteRequest,
): Record<string, string> {
  return request.set
    ? {
        [flagProperty(kind, 'since')]: request.since,
        [flagProperty(kind, 'source')]: request.source,
        [flagProperty(kind, 'reason')]: request.reason,
      }
    : {
        [flagProperty(kind, 'since')]: '',
        [flagProperty(kind, 'source')]: '',
        [flagProperty(kind, 'reason')]: '',
      };
}

/** Updates contact properties. */
export async function updateContact(
  hubspot: HubSpotCaller,
  contactId: string,
  properties: Record<string, string>,
): Promise<Result<void, BackendError>> {
  const reply = await hubspot.call(
    {
      method: 'PATCH',
      path: `/crm/v3/objects/contacts/${contactId}`,
      body: { properties },
      repeatable: true,
      operation: 'contacts.update',
    },
    created,
  );
  return reply.ok ? ok(undefined) : reply;
}

/**
 * A reference written into a note or task we create, so a write whose reply was lost can be found
 * again instead of created twice. Hashed, so the idempotency key itself is not shown in HubSpot.
 */
export function writeMarker(idempotencyKey: string, part: string): string {
  const digest = createHash('sha256').update(`${idempotencyKey}\n${part}`).digest('hex');
  return `tactful-ref-${digest.slice(0, 20)}`;
}

const markerPattern = /tactful-ref-[0-9a-f]{20}/g;
/**
 * Finds the contact's notes or tasks that carry any of `markers`, as marker → object id. Reads the
 * associations (consistent right after a create, unlike CRM search) and batch-reads their bodies.
 */
export async function findMarkedObjects(
  hubspot: HubSpotCaller,
  contactId: string,
  type: 'notes' | 'tasks',
  markers: string[],
): Promise<Result<Map<string, string>, BackendError>> {
  const wanted = new Set(markers);
  const found = new Map<string, string>();
  const bodyProperty = type === 'notes' ? 'hs_note_body' : 'hs_task_body';
  let after: string | undefined;
  // Bounded: a contact with more than 2,000 notes or tasks is searched only in its newest links.
  for (let page = 0; page < 4 && found.size < wanted.size; page += 1) {
    const links = await hubspot.call(
      {
        method: 'GET',
        path: `/crm/v4/objects/contacts/${contactId}/associations/${type}`,
        query: { limit: '500', ...(after ? { after } : {}) },
        repeatable: true,
        operation: `${type}.associations`,
      },
      associationsPage,
    );
    if (!links.ok) return links;
    const ids = links.value.results.map((link) => String(link.toObjectId));
    for (let start = 0; start < ids.length; start += 100) {
      const records = await hubspot.call(
        {
          method: 'POST',
          path: `/crm/v3/objects/${type}/batch/read`,
          body: {
            inputs: ids.slice(start, start + 100).map((id) => ({ id })),
            properties: [bodyProperty],
          },
          repeatable: true,
          operation: `${type}.batch-read`,
        },
        batchReadReply,
      );
      if (!records.ok) return records;
      for (const record of records.value.results) {
        for (const marker of record.properties[bodyProperty]?.match(markerPattern) ?? []) {
          if (wanted.has(marker) && !found.has(marker)) found.set(marker, record.id);
        }
      }
    }
    after = links.value.paging?.next?.after;
    if (!after) break;
  }
  return ok(found);
}

/**
 * Creates one note or task at most once across retries. When an earlier attempt of the same write
 * may have created it but its reply was lost (`attempted`), it is looked up by `marker` first;
 * `markAttempted` is saved before each create so a later retry knows to look.
 */
export async function createOnce(
  hubspot: HubSpotCaller,
  contactId: string,
  type: 'notes' | 'tasks',
  marker: string,
  attempted: boolean,
  markAttempted: () => Promise<void>,
  create: () => Promise<Result<string, BackendError>>,
): Promise<Result<string, BackendError>> {
  if (attempted) {
    const found = await findMarkedObjects(hubspot, contactId, type, [marker]);
    if (!found.ok) return found;
    const id = found.value.get(marker);
    if (id !== undefined) return ok(id);
  }
  await markAttempted();
  return create();
}

/** The visible reference line that lets a lost create be found again (see writeMarker). */
export function markerHtml(marker: string): string {
  return `<p>Ref: ${marker}</p>`;
}

// ---------------------------------------------------------------- the writes the card asks for

/** Where a write goes: the portal's HubSpot, one contact, and when the card stops waiting. */
export interface ContactWriteTarget {
  portalId: number;
  contactId: string;
  hubspot: HubSpotCaller;
  /** Epoch ms; a retry waiting for a running write gives up by then. */
  deadline: number;
}

/** An accepted plan as the contract's schema reads it (the task title template filled in). */
export type PlanWrite = z.output<typeof planWriteRequestSchema>;

// `…Attempted` is saved before each create, so a retry knows HubSpot may hold an object whose
// reply was lost, and looks for it by its marker before creating it again.
const planProgress = z.object({
  noteId: z.string().optional(),
  taskIds: z.array(z.string()),
  noteAttempted: z.boolean().optional(),
  tasksAttempted: z.boolean().optional(),
});
const promiseProgress = z.object({
  noteId: z.string().optional(),
  taskId: z.string().optional(),
  noteAttempted: z.boolean().optional(),
  taskAttempted: z.boolean().optional(),
});
const flagProgress = z.object({
  updated: z.boolean(),
  noteId: z.string().optional(),
  noteAttempted: z.boolean().optional(),
});
type FlagProgress = z.infer<typeof flagProgress>;

/** One of the card's writes, run once per key (idempotency.ts) for the target's contact. */
interface ContactWrite<P, R> {
  key: string;
  /** The endpoint and what it was asked, so one key cannot be reused for a different write. */
  asked: { endpoint: string; request: object };
  progress: { schema: z.ZodType<P>; initial: P };
  reply: z.ZodType<R>;
  perform(progress: P, save: (progress: P) => Promise<void>): Promise<Result<R, BackendError>>;
}

/** Runs a write and answers as the card receives it: the first result, saying if it was replayed. */
async function runContactWrite<P, R extends object>(
  deps: IdempotencyDeps,
  target: ContactWriteTarget,
  write: ContactWrite<P, R>,
): Promise<Result<R & { replayed: boolean }, BackendError>> {
  const { contactId } = target;
  const result = await runIdempotentWrite(deps, {
    portalId: target.portalId,
    contactId,
    key: write.key,
    requestHash: requestHash(write.asked.endpoint, { contactId, ...write.asked.request }),
    deadline: target.deadline,
    progress: write.progress,
    reply: write.reply,
    perform: write.perform,
  });
  return result.ok ? ok({ ...result.value.reply, replayed: result.value.replayed }) : result;
}

/** The write's note, created at most once across retries (see createOnce). */
function createNoteOnce(
  hubspot: HubSpotCaller,
  contactId: string,
  note: { marker: string; html: string; at: number; ownerId: string | undefined },
  attempted: boolean | undefined,
  markAttempted: () => Promise<void>,
): Promise<Result<string, BackendError>> {
  return createOnce(
    hubspot,
    contactId,
    'notes',
    note.marker,
    attempted === true,
    markAttempted,
    () => createNote(hubspot, contactId, note.html, note.at, note.ownerId),
  );
}

/**
 * Writes an accepted plan: one note with the dated instalments, then one task per instalment.
 * Amounts are checked against the currency before anything is written.
 */
export async function writePlan(
  deps: IdempotencyDeps,
  target: ContactWriteTarget,
  plan: PlanWrite,
): Promise<Result<PlanWriteReply, BackendError>> {
  const instalments: Instalment[] = [];
  for (const instalment of plan.instalments) {
    const checked = checkedAmount(instalment.amount, plan.currency);
    if (!checked.ok) return checked;
    instalments.push({ due: instalment.due, amount: checked.value });
  }
  const { hubspot, contactId } = target;
  const key = plan.idempotencyKey;
  return runContactWrite(deps, target, {
    key,
    asked: { endpoint: 'plans', request: { plan } },
    progress: { schema: planProgress, initial: { taskIds: [] } },
    reply: z.object(planWriteReplySchema.shape).omit({ replayed: true }),
    async perform(progress, save) {
      const noteMarker = writeMarker(key, 'plan-note');
      let noteId = progress.noteId;
      if (noteId === undefined) {
        const html = planNoteHtml(plan.summary, instalments, plan.currency, noteMarker);
        const note = await createNoteOnce(
          hubspot,
          contactId,
          { marker: noteMarker, html, at: deps.now(), ownerId: plan.ownerId },
          progress.noteAttempted,
          () => save({ taskIds: [], noteAttempted: true }),
        );
        if (!note.ok) return note;
        noteId = note.value;
      }
      let done = progress.taskIds;
      const drafts = instalments.map((instalment, index) => ({
        subject: taskTitle(
          plan.taskTitle,
          index + 1,
          instalments.length,
          instalment,
          plan.currency,
        ),
        body: `${plan.summary}\n\nRef: ${writeMarker(key, `plan-task-${index}`)}`,
        due: instalment.due,
      }));
      if (progress.tasksAttempted && done.length < drafts.length) {
        const markers = drafts
          .slice(done.length)
          .map((_, offset) => writeMarker(key, `plan-task-${done.length + offset}`));
        const found = await findMarkedObjects(hubspot, contactId, 'tasks', markers);
        if (!found.ok) return found;
        // Batches are created in order, so what was created is a prefix of what remains.
        const recovered: string[] = [];
        for (const marker of markers) {
          const id = found.value.get(marker);
          if (id === undefined) break;
          recovered.push(id);
        }
        done = [...done, ...recovered];
      }
      const noteIdSoFar = noteId;
      const doneSoFar = done;
      await save({ noteId, taskIds: done, noteAttempted: true, tasksAttempted: true });
      const tasks = await createTasks(
        hubspot,
        contactId,
        drafts.slice(done.length),
        plan.ownerId,
        (ids) =>
          save({
            noteId: noteIdSoFar,
            taskIds: [...doneSoFar, ...ids],
            noteAttempted: true,
            tasksAttempted: true,
          }),
      );
      if (!tasks.ok) return tasks;
      return ok({ noteId, taskIds: [...done, ...tasks.value] });
    },
  });
}

/** Writes a promise to pay: a note saying what was promised, then a task on its due date. */
export async function writePromise(
  deps: IdempotencyDeps,
  target: ContactWriteTarget,
  promise: PromiseWriteRequest,
): Promise<Result<PromiseWriteReply, BackendError>> {
  const { hubspot, contactId } = target;
  const key = promise.idempotencyKey;
  const amount = checkedAmount(promise.amount.amount, promise.amount.currency);
  if (!amount.ok) return amount;
  const line = `${amount.value} ${promise.amount.currency} by ${promise.due} (${promise.channel})`;
  return runContactWrite(deps, target, {
    key,
    asked: { endpoint: 'promises', request: { promise } },
    progress: { schema: promiseProgress, initial: {} },
    reply: z.object(promiseWriteReplySchema.shape).omit({ replayed: true }),
    async perform(progress, save) {
      const noteMarker = writeMarker(key, 'promise-note');
      const taskMarker = writeMarker(key, 'promise-task');
      let noteId = progress.noteId;
      if (noteId === undefined) {
        const html = `<p><strong>Promise to pay (Tactful)</strong></p><p>${escapeHtml(promise.summary)}</p><p>${escapeHtml(line)}</p>${markerHtml(noteMarker)}`;
        const note = await createNoteOnce(
          hubspot,
          contactId,
          { marker: noteMarker, html, at: deps.now(), ownerId: promise.ownerId },
          progress.noteAttempted,
          () => save({ ...progress, noteAttempted: true }),
        );
        if (!note.ok) return note;
        noteId = note.value;
        await save({ noteId, noteAttempted: true });
      }
      if (progress.taskId !== undefined) return ok({ noteId, taskId: progress.taskId });
      const noteIdSoFar = noteId;
      const task = await createOnce(
        hubspot,
        contactId,
        'tasks',
        taskMarker,
        progress.taskAttempted === true,
        () => save({ noteId: noteIdSoFar, noteAttempted: true, taskAttempted: true }),
        async () => {
          const created = await createTasks(
            hubspot,
            contactId,
            [
              {
                subject: `Promised payment due: ${amount.value} ${promise.amount.currency}`,
                body: `${promise.summary}\n\nRef: ${taskMarker}`,
                due: promise.due,
              },
            ],
            promise.ownerId,
            async () => {},
          );
          if (!created.ok) return created;
          const id = created.value[0];
          if (id === undefined) throw new Error('createTasks returned no id for one task');
          return ok(id);
        },
      );
      if (!task.ok) return task;
      return ok({ noteId, taskId: task.value });
    },
  });
}

/**
 * Sets or clears a flag: the contact's flag properties, then a note with the reason; replies with
 * the contact's flags as HubSpot now holds them. Flags may be written without an idempotency key
 * (setting a flag twice changes nothing); only then is nothing stored and the write not resumable.
 */
export async function writeFlag(
  deps: IdempotencyDeps,
  target: ContactWriteTarget,
  kind: FlagKind,
  flag: FlagWriteRequest,
  key: string | undefined,
): Promise<Result<FlagWriteReply, BackendError>> {
  const { hubspot, contactId } = target;
  const write = async (progress: FlagProgress, save: (p: FlagProgress) => Promise<void>) => {
    if (!progress.updated) {
      const updated = await updateContact(hubspot, contactId, flagPropertyUpdates(kind, flag));
      if (!updated.ok) return updated;
      await save({ updated: true });
    }
    let noteId = progress.noteId;
    if (noteId === undefined) {
      // Without an idempotency key nothing is retried, so there is nothing to find again.
      const noteMarker = writeMarker(key ?? `flag-${deps.now()}`, 'flag-note');
      const html = `${flagNoteHtml(kind, flag)}${markerHtml(noteMarker)}`;
      const note = await createNoteOnce(
        hubspot,
        contactId,
        { marker: noteMarker, html, at: deps.now(), ownerId: undefined },
        progress.noteAttempted,
        () => save({ updated: true, noteAttempted: true }),
      );
      if (!note.ok) return note;
      noteId = note.value;
      await save({ updated: true, noteId, noteAttempted: true });
    }
    const collections = await readContactCollections(hubspot, contactId);
    if (!collections.ok) return collections;
    return ok({ flags: collections.value.flags, noteId });
  };
  if (!key) {
    const once = await write({ updated: false }, async () => {});
    return once.ok ? ok({ ...once.value, replayed: false }) : once;
  }
  return runContactWrite(deps, target, {
    key,
    asked: { endpoint: 'flags', request: { kind, flag } },
    progress: { schema: flagProgress, initial: { updated: false } },
    reply: z.object(flagWriteReplySchema.shape).omit({ replayed: true }),
    perform: write,
  });
}

/** The note that records why a flag was set or cleared. */
function flagNoteHtml(kind: FlagKind, flag: FlagWriteRequest): string {
  const title = flag.set ? `Flag set: ${kind}` : `Flag cleared: ${kind}`;
  const detail = flag.set
    ? `Since ${flag.since}, raised by ${flag.source}. ${flag.reason}` +
      (flag.fromMessage === undefined ? '' : ` Source: ${flag.fromMessage}.`)
    : (flag.reason ?? '');
  return `<p><strong>${escapeHtml(title)} (Tactful)</strong></p><p>${escapeHtml(detail)}</p>`;
}
