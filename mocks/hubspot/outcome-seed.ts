/**
 * Twelve weeks of collections history for the HubSpot outcomes page (issue 17), as our backend's
 * writes leave it in a portal: plan instalment tasks and promise tasks on contacts, owned by three
 * owners in three currencies, some marked complete (paid) and some not, plus the tone events the
 * card sent for three agents in two teams. Small and regular on purpose, so the figures a test
 * expects can be worked out by hand (see `outcomeSeedFigures`).
 */
import { addDays, parsePlainDate, type PlainDate } from '../../shared/calendar/calendar';
import type { ToneSend } from '../../shared/outcomes';
import { associate, type HubSpotWorld } from './world';

/** The seed's "today" (a Wednesday): the page's 12 weeks run 2026-09-07 to 2026-11-29. */
export const outcomeSeedToday = '2026-11-25';

/** Owners (HubSpot owner ids) and the currency each collects in. */
export const outcomeSeedOwners = [
  { owner: '501', currency: 'USD' },
  { owner: '502', currency: 'EUR' },
  { owner: '503', currency: 'GBP' },
] as const;

/** The agents whose tone events are seeded, and their teams (as the mock's Settings API says). */
export const outcomeSeedAgents = [
  { agent: '3001', team: '101' },
  { agent: '3002', team: '101' },
  { agent: '3003', team: '102' },
] as const;

/**
 * The figures the seed gives over the default 12 weeks as of {@link outcomeSeedToday}. Each owner
 * has: a 4-payment plan accepted 2026-09-14 with its first payment that day, all paid (completed);
 * a 6-payment weekly plan accepted 2026-10-05 from 2026-10-12, two paid then none (broken); a
 * promise paid on 2026-11-02 and one not paid on 2026-11-09. Tone: every agent sends 3 checked
 * drafts a week, the first ok at once, the other two after a review.
 */
export const outcomeSeedFigures = {
  promisesDue: 36,
  kept: 21,
  broken: 15,
  plansStarted: 6,
  plansCompleted: 3,
  plansBroken: 3,
  draftsChecked: 3 * 12 * (1 + 2 + 2),
  sends: 3 * 12 * 3,
  okFirstTimeSends: 3 * 12,
} as const;

const day = (text: string): PlainDate => {
  const parsed = parsePlainDate(text);
  if (parsed === undefined) throw new Error(`not a date: ${text}`);
  return parsed;
};

/** One task as our backend writes it, on `contactId`, created on `createdOn`. */
function addTask(
  world: HubSpotWorld,
  contactId: string,
  task: { subject: string; due: PlainDate; createdOn: PlainDate; owner: string; paid: boolean },
): void {
  const id = world.nextId();
  world.objects.tasks.set(id, {
    id,
    properties: {
      hs_task_subject: task.subject,
      hs_timestamp: `${task.due}T12:00:00.000Z`,
      hs_task_status: task.paid ? 'COMPLETED' : 'NOT_STARTED',
      hs_task_type: 'TODO',
      hubspot_owner_id: task.owner,
      hs_createdate: `${task.createdOn}T10:00:00.000Z`,
    },
  });
  associate(world, contactId, 'tasks', id, 204);
}

/** Adds the plan and promise tasks of every seed owner to `world`. */
export function seedOutcomeTasks(world: HubSpotWorld): void {
  outcomeSeedOwners.forEach(({ owner, currency }, index) => {
    const contact = (n: number) => `7${index + 1}0${n}`;
    const plan = (
      contactId: string,
      accepted: PlainDate,
      first: PlainDate,
      count: number,
      amount: string,
      paid: number,
    ) => {
      for (let n = 1; n <= count; n += 1) {
        const due = addDays(first, 7 * (n - 1));
        addTask(world, contactId, {
          subject: `Payment ${n} of ${count}: ${amount} ${currency} due ${due}`,
          due,
          createdOn: accepted,
          owner,
          paid: n <= paid,
        });
      }
    };
    plan(contact(1), day('2026-09-14'), day('2026-09-14'), 4, '50.00', 4);
    plan(contact(2), day('2026-10-05'), day('2026-10-12'), 6, '30.00', 2);
    const promise = (contactId: string, due: string, paid: boolean) =>
      addTask(world, contactId, {
        subject: `Promised payment due: 100.00 ${currency}`,
        due: day(due),
        createdOn: addDays(day(due), -7),
        owner,
        paid,
      });
    promise(contact(3), '2026-11-02', true);
    promise(contact(4), '2026-11-09', false);
  });
}

/** The tone events the card sent over the 12 weeks: three a week per agent, on the week's Tuesday. */
export function outcomeSeedToneSends(): ToneSend[] {
  const sends: ToneSend[] = [];
  for (let week = 0; week < 12; week += 1) {
    const tuesday = addDays(day('2026-09-08'), 7 * week);
    for (const { agent, team } of outcomeSeedAgents) {
      for (let n = 0; n < 3; n += 1) {
        const reviewed = n > 0;
        sends.push({
          sendId: `seed-${agent}-${week}-${n}`,
          agent,
          team,
          date: tuesday,
          checks: reviewed ? 2 : 1,
          firstVerdict: reviewed ? 'review' : 'ok',
          finalVerdict: 'ok',
          blocksCaught: n === 2 ? 1 : 0,
          sentOverWarning: false,
          suggestionsApplied: reviewed ? 1 : 0,
          categories: reviewed ? { pressure: 1 } : {},
        });
      }
    }
  }
  return sends;
}
