/**
 * Twelve weeks of collections history for the HubSpot outcomes page (issue 17), as our backend's
 * writes leave it in a portal: plan instalment tasks and promise tasks on contacts, owned by three
 * owners in three currencies, some marked complete (paid) and some not, plus the tone events the
 * card sent for three agents in two teams, and the contact-guard events it sent for two of them.
 * Small and regular on purpose, so the figures a test
 * expects can be worked out by hand (see `outcomeSeedFigures`).
 */
import { addDays, type PlainDate } from '../../shared/calendar/calendar';
import { mondayOf, notNowEventId, type GuardEvent, type ToneSend } from '../../shared/outcomes';
import type { Store } from '../../apps/hubspot/server/store/store';
import { associate, type HubSpotWorld } from './world';

/**
 * Monday of the first of the 12 weeks the page shows by default on `today` (11 weeks before this
 * week's): the seed is laid out from it, so its figures are the same whatever day a test runs.
 */
export function outcomeSeedStart(today: PlainDate): PlainDate {
  return addDays(mondayOf(today), -7 * 11);
}

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
 * The figures the seed gives over the default 12 weeks (weeks 0 to 11, this week the last). Each
 * owner has: a 4-payment weekly plan accepted on week 1's Monday with its first payment that day,
 * all paid (completed); a 6-payment weekly plan accepted in week 2 from week 3, two paid then none
 * (broken); a promise paid in week 7 and one not paid in week 8. Tone: every agent sends 3
 * checked drafts a week, the first ok at once, the other two after a review. Guards: each week's
 * Monday, agent 3002 (team 101) is told "not now" once, agent 3003 (team 102) twice and copies a
 * draft against the guard in the even weeks; agent 3001 is never held back.
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
  notNow: 12 * (1 + 2),
  contactsAgainstGuard: 6,
  /** Team 101's guard figures (agent 3002 only); team 102's are the rest. */
  team101NotNow: 12,
  team101ContactsAgainstGuard: 0,
} as const;

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

/** Adds the plan and promise tasks of every seed owner to `world`, laid out back from `today`. */
export function seedOutcomeTasks(world: HubSpotWorld, today: PlainDate): void {
  const week = (n: number, days = 0) => addDays(outcomeSeedStart(today), 7 * n + days);
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
    plan(contact(1), week(1), week(1), 4, '50.00', 4);
    plan(contact(2), week(2, 2), week(3), 6, '30.00', 2);
    const promise = (contactId: string, due: PlainDate, paid: boolean) =>
      addTask(world, contactId, {
        subject: `Promised payment due: 100.00 ${currency}`,
        due,
        createdOn: addDays(due, -7),
        owner,
        paid,
      });
    promise(contact(3), week(7), true);
    promise(contact(4), week(8), false);
  });
}

/** The tone events the card sent over the 12 weeks: three a week per agent, on the week's Monday. */
export function outcomeSeedToneSends(today: PlainDate): ToneSend[] {
  const sends: ToneSend[] = [];
  for (let week = 0; week < 12; week += 1) {
    const monday = addDays(outcomeSeedStart(today), 7 * week);
    for (const { agent, team } of outcomeSeedAgents) {
      for (let n = 0; n < 3; n += 1) {
        const reviewed = n > 0;
        sends.push({
          sendId: `seed-${agent}-${week}-${n}`,
          agent,
          team,
          date: monday,
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

/** The contact-guard events the card sent for the seed's agents (see `outcomeSeedFigures`). */
export function outcomeSeedGuardEvents(today: PlainDate): GuardEvent[] {
  const events: GuardEvent[] = [];
  const notNowPerWeek: Record<string, number> = { '3001': 0, '3002': 1, '3003': 2 };
  for (let week = 0; week < 12; week += 1) {
    const monday = addDays(outcomeSeedStart(today), 7 * week);
    for (const { agent, team } of outcomeSeedAgents) {
      const scope = { agent, team, date: monday };
      for (let n = 0; n < (notNowPerWeek[agent] ?? 0); n += 1) {
        const eventId = notNowEventId(`${agent}${week}${n}`, 'email', monday);
        events.push({ ...scope, kind: 'not-now', eventId });
      }
      if (agent === '3003' && week % 2 === 0) {
        events.push({ ...scope, kind: 'contact-against-guard', eventId: `against-email-${week}` });
      }
    }
  }
  return events;
}

/** Writes the seed's tone sends and guard events into `portalId`'s day counts in our backend. */
export async function seedOutcomeDays(
  store: Pick<Store, 'addToneSend' | 'addGuardEvent'>,
  portalId: number,
  today: PlainDate,
  now: number,
): Promise<void> {
  for (const send of outcomeSeedToneSends(today)) await store.addToneSend(portalId, send, now);
  for (const event of outcomeSeedGuardEvents(today)) {
    await store.addGuardEvent(portalId, event, now);
  }
}
