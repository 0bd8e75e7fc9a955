/**
 * Accepted payment plans through our backend (`POST /api/contacts/:id/plans`), and the contact's
 * current plan read back from the instalment tasks that write created. The plan's key
 * (`promisesFromPlan`) is the write's idempotency key, so a retried accept never duplicates.
 */
import { backendPaths, planWriteReplySchema, type Engagement } from '../../contract';
import { parsePlainDate, type PlainDate } from '../../../../shared/calendar/calendar';
import { parseDecimal, toDecimal, type Money } from '../../../../shared/money/money';
import {
  evaluatePromises,
  promisesFromPlan,
  type PlanOption,
  type PromiseEvaluation,
  type PromiseToPay,
} from '../../../../shared/plans';
import { err, ok, type Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/**
 * Title of each instalment task. The backend fills in `{n}`, `{count}`, `{amount}` (decimal and
 * currency) and `{due}`; `readCurrentPlan` recognises plan tasks by it, so the two must agree.
 */
export const planTaskTitle = 'Payment {n} of {count}: {amount} due {due}';
const planTaskPattern =
  /^Payment (\d{1,3}) of (\d{1,3}): (\d{1,15}(?:\.\d{1,3})?) ([A-Z]{3}) due (\d{4}-\d{2}-\d{2})$/;

/** What the backend gave back for an accepted plan. */
export interface AcceptedPlanWrite {
  planKey: string;
  noteId: string;
  taskIds: string[];
  /** True when the backend had already written this plan (a retry): nothing new was created. */
  replayed: boolean;
}

/** Who accepts the plan for whom, and the summary written into the note. */
export interface PlanAcceptanceInput {
  contactId: string;
  /** The HubSpot user recording the plan. */
  recordedBy: string;
  /** The plain-language summary the agent agreed with the customer (written as text). */
  summary: string;
}

/**
 * Writes the accepted option as a note and one task per instalment. The same option for the same
 * contact always sends the same key, so a retry after a timeout gets the first write's ids back.
 */
export async function acceptPlan(
  backend: BackendClient,
  option: Pick<PlanOption, 'instalments' | 'total'>,
  input: PlanAcceptanceInput,
): Promise<Result<AcceptedPlanWrite, BackendError>> {
  const { planKey } = promisesFromPlan(option, {
    customerRef: input.contactId,
    channel: 'hubspot',
    recordedBy: input.recordedBy,
  });
  const reply = await backend.request(
    {
      method: 'POST',
      path: backendPaths.plans(input.contactId),
      body: {
        idempotencyKey: planKey,
        currency: option.total.currency,
        summary: input.summary,
        instalments: option.instalments.map((instalment) => ({
          due: instalment.due,
          amount: toDecimal(instalment.amount),
        })),
        taskTitle: planTaskTitle,
      },
    },
    planWriteReplySchema,
  );
  if (!reply.ok) return reply;
  if (reply.value.taskIds.length !== option.instalments.length) {
    return err({
      code: 'malformed-reply',
      message: `The backend created ${reply.value.taskIds.length} tasks for ${option.instalments.length} payments`,
    });
  }
  return ok({ planKey, ...reply.value });
}

/** One instalment task of a plan as HubSpot holds it. */
interface PlanTask {
  taskId: string;
  n: number;
  count: number;
  amount: Money;
  due: PlainDate;
  /** HubSpot's task status: the agent marks the task complete when the payment arrives. */
  completed: boolean;
}

/** The contact's current plan: its promises with their states, and the plan's health. */
export interface CurrentPlan {
  evaluation: PromiseEvaluation;
  /** HubSpot task ids, in the order of `evaluation.promises`. */
  taskIds: string[];
}

function readPlanTask(engagement: Engagement): PlanTask | undefined {
  if (engagement.type !== 'tasks') return undefined;
  const match = planTaskPattern.exec(engagement.excerpt);
  if (!match) return undefined;
  const [, n = '', count = '', amountText = '', currency = '', dueText = ''] = match;
  const amount = parseDecimal(amountText, currency);
  const due = parsePlainDate(dueText);
  if (!amount.ok || due === undefined) return undefined;
  return {
    taskId: engagement.id,
    n: Number(n),
    count: Number(count),
    amount: amount.value,
    due,
    completed: engagement.status === 'COMPLETED',
  };
}

/**
 * The most recent plan among the contact's tasks (the plan whose first payment is latest), with
 * each promise's state as of `today`. HubSpot holds no payments for the card, so a task marked
 * complete counts as that instalment paid on its due date; an open task past its date is a miss.
 * Undefined when no plan tasks are among the engagements.
 */
export function readCurrentPlan(
  engagements: readonly Engagement[],
  today: PlainDate,
): CurrentPlan | undefined {
  const tasks = engagements.flatMap((engagement) => readPlanTask(engagement) ?? []);
  const firsts = tasks.filter((task) => task.n === 1).sort((a, b) => (a.due < b.due ? 1 : -1));
  const first = firsts[0];
  if (first === undefined) return undefined;
  const plan = tasks
    .filter(
      (task) =>
        task.count === first.count &&
        task.amount.currency === first.amount.currency &&
        task.due >= first.due,
    )
    .sort((a, b) => a.n - b.n)
    .filter((task, index, all) => all.findIndex((other) => other.n === task.n) === index);
  const promises: PromiseToPay[] = plan.map((task) => ({
    id: task.taskId,
    amount: task.amount,
    due: task.due,
    channel: 'hubspot',
    recordedBy: '',
  }));
  const payments = plan
    .filter((task) => task.completed)
    .map((task) => ({ amount: task.amount, paidOn: task.due }));
  return {
    evaluation: evaluatePromises(promises, payments, today),
    taskIds: plan.map((task) => task.taskId),
  };
}
