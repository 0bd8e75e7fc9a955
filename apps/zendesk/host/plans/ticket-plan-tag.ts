/**
 * Marks the ticket as having an active plan: the `tactful_plan_active` tag, and the next promise
 * date as the ticket's due date (a task ticket), so the automation in requirements.json can reopen
 * the ticket on Zendesk's own engine when that date passes without payment. The update uses
 * `safe_update` with the `updated_stamp` we read, so another agent's edit in between is a
 * `conflict`, never silently overwritten.
 */
import * as z from 'zod/mini';
import type { PlainDate } from '../../../../shared/calendar/calendar';
import { requestWithRetry, type RetryOptions } from '../../../../shared/http';
import { getParsed } from '../custom-object-records';
import { ok, type HttpError, type HttpPort, type Result } from '../../../../shared/ports';

/** The tag that says a ticket's customer is on a plan (the automation's condition). */
export const planActiveTag = 'tactful_plan_active';
/** The tag the automation adds when it reopens a ticket for a missed promise. */
export const promiseMissedTag = 'tactful_promise_missed';

const ticketSchema = z.object({
  ticket: z.looseObject({ id: z.int(), updated_at: z.string() }),
});

/**
 * Tags the ticket and sets its due date to `nextPromiseDue` (noon UTC, so the calendar day is the
 * same in every zone Zendesk shows it in). A 409 is returned as the `conflict` error.
 */
export async function markPlanActive(
  http: HttpPort,
  retry: RetryOptions,
  ticketId: number,
  nextPromiseDue: PlainDate,
): Promise<Result<void, HttpError>> {
  const ticket = await getParsed(http, retry, `/api/v2/tickets/${ticketId}.json`, ticketSchema);
  if (!ticket.ok) return ticket;
  const update = await requestWithRetry(
    http,
    {
      method: 'PUT',
      path: `/api/v2/tickets/${ticketId}.json`,
      body: {
        ticket: {
          additional_tags: [planActiveTag],
          remove_tags: [promiseMissedTag],
          type: 'task',
          due_at: `${nextPromiseDue}T12:00:00Z`,
          safe_update: true,
          updated_stamp: ticket.value.ticket.updated_at,
        },
      },
    },
    retry,
  );
  return update.ok ? ok(undefined) : update;
}
