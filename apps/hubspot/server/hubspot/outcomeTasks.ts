/**
 * The portal's promises and plans for the outcomes page, read from the tasks our writes created
 * (hubspot/contactWrites.ts): a plan's instalments are titled `Payment {n} of {count}: {amount}
 * {currency} due {due}` and a promise `Promised payment due: {amount} {currency}`, due on the task's
 * date. As the card's plan panel reads them, a task marked complete is that payment received on its
 * due date. Found with CRM search (tasks whose subject has the words), their contacts with one
 * batch association read per 100 tasks.
 */
import { z } from 'zod';
import { parsePlainDate, type PlainDate } from '../../../../shared/calendar/calendar';
import { parseDecimal, type Money } from '../../../../shared/money/money';
import { emptyOutcomeRecordLists, type OutcomeRecordLists } from '../../../../shared/outcomes';
import { err, ok, type Result } from '../../../../shared/ports';
import type { BackendError } from '../errors';
import type { HubSpotCaller } from './hubspotCaller';

/** CRM search: at most 200 results a page, and no page beyond the 10,000th result. */
export const searchLimits = { pageSize: 200, maxResults: 10_000 } as const;

const planTaskPattern =
  /^Payment (\d{1,3}) of (\d{1,3}): (\d{1,15}(?:\.\d{1,3})?) ([A-Z]{3}) due (\d{4}-\d{2}-\d{2})$/;
const promiseTaskPattern = /^Promised payment due: (\d{1,15}(?:\.\d{1,3})?) ([A-Z]{3})$/;

const taskProperties = [
  'hs_task_subject',
  'hs_timestamp',
  'hs_task_status',
  'hubspot_owner_id',
  'hs_createdate',
] as const;

const searchPage = z
  .object({
    total: z.number().optional(),
    results: z.array(
      z
        .object({
          id: z.string(),
          properties: z.record(z.string(), z.string().nullable().optional()),
        })
        .loose(),
    ),
    paging: z
      .object({ next: z.object({ after: z.string() }).loose() })
      .loose()
      .optional(),
  })
  .loose();

const associationsBatch = z
  .object({
    results: z.array(
      z
        .object({
          from: z.object({ id: z.string() }).loose(),
          to: z.array(z.object({ toObjectId: z.union([z.number(), z.string()]) }).loose()),
        })
        .loose(),
    ),
  })
  .loose();

/** One task of ours, read. */
interface OutcomeTask {
  id: string;
  contactId: string;
  owner: string | undefined;
  createdOn: PlainDate;
  completed: boolean;
  amount: Money;
  due: PlainDate;
  /** Set for a plan's instalment. */
  instalment?: { n: number; count: number };
}

/** The date part of a HubSpot timestamp (ISO text or epoch ms as text). */
function dateOf(value: string | null | undefined): PlainDate | undefined {
  if (!value) return undefined;
  const iso = /^\d+$/.test(value) ? new Date(Number(value)).toISOString() : value;
  return parsePlainDate(iso.slice(0, 10));
}

function readTask(
  id: string,
  properties: Record<string, string | null | undefined>,
): Omit<OutcomeTask, 'contactId'> | undefined {
  const subject = properties['hs_task_subject'] ?? '';
  const createdOn = dateOf(properties['hs_createdate']);
  if (createdOn === undefined) return undefined;
  const owner = properties['hubspot_owner_id'] || undefined;
  const completed = properties['hs_task_status'] === 'COMPLETED';
  const plan = planTaskPattern.exec(subject);
  if (plan) {
    const [, n = '', count = '', amountText = '', currency = '', dueText = ''] = plan;
    const amount = parseDecimal(amountText, currency);
    const due = parsePlainDate(dueText);
    if (!amount.ok || due === undefined) return undefined;
    const instalment = { n: Number(n), count: Number(count) };
    return { id, owner, createdOn, completed, amount: amount.value, due, instalment };
  }
  const promise = promiseTaskPattern.exec(subject);
  if (promise) {
    const [, amountText = '', currency = ''] = promise;
    const amount = parseDecimal(amountText, currency);
    const due = dateOf(properties['hs_timestamp']);
    if (!amount.ok || due === undefined) return undefined;
    return { id, owner, createdOn, completed, amount: amount.value, due };
  }
  return undefined;
}

/** Every task of ours in the portal (up to CRM search's 10,000), with the contact it is on. */
async function readOutcomeTasks(
  hubspot: HubSpotCaller,
): Promise<Result<OutcomeTask[], BackendError>> {
  const found: Omit<OutcomeTask, 'contactId'>[] = [];
  let after: string | undefined;
  do {
    const page = await hubspot.call(
      {
        method: 'POST',
        path: '/crm/v3/objects/tasks/search',
        body: {
          filterGroups: [
            {
              filters: [
                { propertyName: 'hs_task_subject', operator: 'CONTAINS_TOKEN', value: 'Payment' },
              ],
            },
            {
              filters: [
                { propertyName: 'hs_task_subject', operator: 'CONTAINS_TOKEN', value: 'Promised' },
              ],
            },
          ],
          properties: taskProperties,
          sorts: [{ propertyName: 'hs_createdate', direction: 'ASCENDING' }],
          limit: searchLimits.pageSize,
          ...(after === undefined ? {} : { after }),
        },
        repeatable: true,
        operation: 'tasks.search',
      },
      searchPage,
    );
    if (!page.ok) return page;
    for (const result of page.value.results) {
      const task = readTask(result.id, result.properties);
      if (task) found.push(task);
    }
    after = page.value.paging?.next.after;
  } while (after !== undefined && Number(after) < searchLimits.maxResults);

  const contactOf = new Map<string, string>();
  for (let start = 0; start < found.length; start += 100) {
    const batch = found.slice(start, start + 100);
    const links = await hubspot.call(
      {
        method: 'POST',
        path: '/crm/v4/associations/tasks/contacts/batch/read',
        body: { inputs: batch.map((task) => ({ id: task.id })) },
        repeatable: true,
        operation: 'tasks.associations',
      },
      associationsBatch,
    );
    if (!links.ok) return links;
    for (const result of links.value.results) {
      const first = result.to[0];
      if (first) contactOf.set(result.from.id, String(first.toObjectId));
    }
  }
  return ok(
    found.flatMap((task) => {
      const contactId = contactOf.get(task.id);
      return contactId === undefined ? [] : [{ ...task, contactId }];
    }),
  );
}

/**
 * Outcome records from tasks: each promise task a promise; each plan (a contact's instalments of
 * one length and currency created the same day) a plan record and its promises; each completed
 * task a payment of its amount on its due date. The agent is the task's owner (HubSpot owner id),
 * which is also the owner filter.
 */
export function outcomeRecordsFromTasks(tasks: readonly OutcomeTask[]): OutcomeRecordLists {
  const records = emptyOutcomeRecordLists();
  const plans = new Map<string, OutcomeTask[]>();
  for (const task of tasks) {
    const owner = task.owner ?? 'unassigned';
    const scope = { agent: owner, ...(task.owner ? { brandOrOwner: task.owner } : {}) };
    if (task.completed) {
      records.payments.push({ customerRef: task.contactId, amount: task.amount, paidOn: task.due });
    }
    if (task.instalment === undefined) {
      records.promises.push({
        id: task.id,
        customerRef: task.contactId,
        ...scope,
        amount: task.amount,
        due: task.due,
        madeOn: task.createdOn,
      });
      continue;
    }
    const planKey = `${task.contactId}/${task.createdOn}/${task.instalment.count}/${task.amount.currency}`;
    plans.set(planKey, [...(plans.get(planKey) ?? []), task]);
  }
  for (const [planKey, instalments] of plans) {
    const sorted = [...instalments].sort((a, b) => (a.instalment?.n ?? 0) - (b.instalment?.n ?? 0));
    const first = sorted[0];
    if (first === undefined || first.instalment === undefined) continue;
    const scope = {
      agent: first.owner ?? 'unassigned',
      ...(first.owner ? { brandOrOwner: first.owner } : {}),
    };
    records.plans.push({
      planKey,
      customerRef: first.contactId,
      ...scope,
      acceptedOn: first.createdOn,
      firstDue: first.due,
      count: first.instalment.count,
      currency: first.amount.currency,
    });
    for (const task of sorted) {
      records.promises.push({
        id: task.id,
        planKey,
        customerRef: task.contactId,
        ...scope,
        amount: task.amount,
        due: task.due,
        madeOn: first.createdOn,
      });
    }
  }
  return records;
}

/** The portal's promise and plan records. */
export async function readOutcomeRecords(
  hubspot: HubSpotCaller,
): Promise<Result<OutcomeRecordLists, BackendError>> {
  const tasks = await readOutcomeTasks(hubspot);
  return tasks.ok ? ok(outcomeRecordsFromTasks(tasks.value)) : err(tasks.error);
}
