/**
 * Twelve weeks of plan history for the playground's outcomes page (issue 17), as the
 * `tactful_plan_record` records the plan panel writes. Built so its figures are known in advance:
 * every week each of three agents agrees one two-payment weekly plan with a new customer, the first
 * payment due that week's Monday and the second a week later, and
 *   - agent 7 (USD) is paid both (kept, kept: plans complete),
 *   - agent 8 (EUR) is paid the first only (kept, broken),
 *   - agent 9 (GBP) is paid neither (broken, broken),
 * payments falling on the due day, only for days up to `today`. So a past week in the middle of the
 * range has 6 promises due: 3 kept and 3 broken.
 * Tone: on each weekday up to `today` every agent sends two replies: agent 7's are `ok` at the first
 * check, agent 8's need a second look (one pressure finding, fixed), agent 9 sends one of them over
 * a warning. So a full past week has 30 sends (40 checks), 10 `ok` the first time (33%) and 5
 * sent over a warning; 20 of them had a pressure finding.
 * Brands and groups (the world's brands 360001 Acme Collections and 360002 Acme Cards): agents 7 and
 * 8 work in group 20001, agent 9 in 20002; agents 7's and 9's tickets are brand 360001, agent 8's
 * 360002. So that middle week shows, for brand 360001, 4 promises due (2 kept, 2 broken) and 20
 * sends (20 checks, 10 ok the first time, 5 over a warning, 10 pressure findings); for brand 360001
 * and group 20002 together, agent 9's 2 broken promises and 10 sends (10 checks, none ok the first
 * time, 5 over a warning, 10 pressure findings).
 * Guards (on the same day records): each weekday agent 8 is told "not now" once and agent 9 twice,
 * and agent 9 replies against a guard on Fridays. So a full past week shows 15 "not now" and 1
 * contact against a guard; agent 9's team (20002) 10 and 1.
 */
import { addDays, compareDates, type PlainDate } from '../../shared/calendar/calendar';
import { addSendToDay, toneDayKey, type ToneSend } from '../../shared/outcomes/tone-day-counts';
import { addGuardEventToDay, notNowEventId } from '../../shared/outcomes/guard-day-counts';
import { mondayOf } from '../../shared/outcomes/weeks';
import {
  toneEventObjectKey,
  toneEventRecordFields,
} from '../../shared/outcomes/zendesk-tone-event';
import type { ZendeskWorld } from './world';

export const outcomeHistoryAgents = [
  { agent: '7', currency: 'USD', paid: 2, group: '20001', brand: '360001' },
  { agent: '8', currency: 'EUR', paid: 1, group: '20001', brand: '360002' },
  { agent: '9', currency: 'GBP', paid: 0, group: '20002', brand: '360001' },
] as const;

/** Weeks of history seeded, the last one being `today`'s. */
export const outcomeHistoryWeeks = 12;

type Fields = Record<string, string | number | boolean>;

/** Puts the history in `world`'s plan records (replacing none of the others). */
export function seedOutcomeHistory(world: ZendeskWorld, today: PlainDate): void {
  const records = world.customObjectRecords.get('tactful_plan_record') ?? [];
  let id = 80_000;
  const add = (fields: Fields) => {
    id += 1;
    records.push({
      id: String(id),
      name: `history-${id}`,
      external_id: `history-${id}`,
      custom_object_key: 'tactful_plan_record',
      custom_object_fields: fields,
      created_at: `${String(fields['due_date'])}T09:00:00Z`,
      updated_at: `${String(fields['due_date'])}T09:00:00Z`,
    });
  };
  const firstMonday = addDays(mondayOf(today), -7 * (outcomeHistoryWeeks - 1));
  for (let week = 0; week < outcomeHistoryWeeks; week += 1) {
    const monday = addDays(firstMonday, 7 * week);
    for (const { agent, currency, paid, group, brand } of outcomeHistoryAgents) {
      const planKey = `history-${agent}-${monday}`;
      const common = { customer_id: `7${agent}${week}`, recorded_by: agent, currency };
      // Plans and promises carry the ticket's brand and group as the sidebar writes them.
      const scope = { brand_id: brand, group_id: group };
      const accepted = addDays(monday, -3);
      add({
        ...common,
        ...scope,
        record_type: 'plan',
        plan_key: planKey,
        due_date: monday,
        accepted_on: accepted,
        count: 2,
        amount: '100.00',
        cancelled: false,
      });
      [monday, addDays(monday, 7)].forEach((due, index) => {
        add({
          ...common,
          ...scope,
          record_type: 'promise',
          plan_key: planKey,
          due_date: due,
          amount: '50.00',
          cancelled: false,
        });
        if (index < paid && compareDates(due, today) <= 0) {
          add({
            ...common,
            record_type: 'payment',
            due_date: due,
            amount: '50.00',
            cancelled: false,
          });
        }
      });
    }
  }
  world.customObjectRecords.set('tactful_plan_record', records);
}

/** What each agent's sends look like in the tone history. */
const toneSendShapes: Record<string, Omit<ToneSend, 'sendId' | 'agent' | 'date'>> = {
  '7': {
    checks: 1,
    firstVerdict: 'ok',
    finalVerdict: 'ok',
    blocksCaught: 0,
    sentOverWarning: false,
    suggestionsApplied: 0,
    categories: {},
  },
  '8': {
    checks: 2,
    firstVerdict: 'review',
    finalVerdict: 'ok',
    blocksCaught: 0,
    sentOverWarning: false,
    suggestionsApplied: 1,
    categories: { pressure: 1 },
  },
  '9': {
    checks: 1,
    firstVerdict: 'review',
    finalVerdict: 'review',
    blocksCaught: 0,
    sentOverWarning: true,
    suggestionsApplied: 0,
    categories: { pressure: 1 },
  },
};

/** Puts 12 weeks of tone and guard days in `world`'s `tactful_tone_event` records. */
export function seedToneHistory(world: ZendeskWorld, today: PlainDate): void {
  const records = world.customObjectRecords.get(toneEventObjectKey) ?? [];
  const firstMonday = addDays(mondayOf(today), -7 * (outcomeHistoryWeeks - 1));
  let id = 90_000;
  for (let offset = 0; offset < 7 * outcomeHistoryWeeks; offset += 1) {
    const date = addDays(firstMonday, offset);
    if (offset % 7 > 4 || compareDates(date, today) > 0) continue;
    for (const { agent, group, brand } of outcomeHistoryAgents) {
      const shape = toneSendShapes[agent];
      if (shape === undefined) continue;
      const scope = { agent, team: group, brandOrOwner: brand, date };
      let day = addSendToDay(undefined, { ...shape, ...scope, sendId: `${date}-1` }).day;
      const second =
        agent === '9' ? { ...shape, sentOverWarning: false, finalVerdict: 'ok' as const } : shape;
      day = addSendToDay(day, { ...second, ...scope, sendId: `${date}-2` }).day;
      // Guards: agent 8 is told "not now" once a weekday, agent 9 twice and replies against it on
      // Fridays; agent 7 is never held back.
      const notNow = agent === '8' ? 1 : agent === '9' ? 2 : 0;
      for (let n = 0; n < notNow; n += 1) {
        const eventId = notNowEventId(`${agent}-${n}`, 'email', date);
        day = addGuardEventToDay(day, { ...scope, kind: 'not-now', eventId }).day;
      }
      if (agent === '9' && offset % 7 === 4) {
        const eventId = `against-email-${date}`;
        day = addGuardEventToDay(day, { ...scope, kind: 'contact-against-guard', eventId }).day;
      }
      id += 1;
      records.push({
        id: String(id),
        name: toneDayKey(agent, date),
        external_id: toneDayKey(agent, date),
        custom_object_key: toneEventObjectKey,
        custom_object_fields: toneEventRecordFields(day),
        created_at: `${date}T18:00:00Z`,
        updated_at: `${date}T18:00:00Z`,
      });
    }
  }
  world.customObjectRecords.set(toneEventObjectKey, records);
}
