/**
 * Tone day counts as a Zendesk custom object record (`tactful_tone_event`, declared in
 * manifests/zendesk/requirements.json), as a protocol fact: the app writes these fields on
 * `ticket.save` and the outcomes page reads them back, so both use this one mapping. Counts only:
 * no field can hold what the agent wrote.
 */
import * as z from 'zod/mini';
import { parsePlainDate } from '../calendar/calendar';
import { toneCategories } from '../tone/types';
import type { ToneDayCounts } from './tone-day-counts';

/** The custom object key declared in requirements.json (the issue asks for this exact name). */
export const toneEventObjectKey = 'tactful_tone_event';

/** The records endpoint of the object, under `/api/v2`. */
export const toneEventRecordsPath = `/api/v2/custom_objects/${toneEventObjectKey}/records`;

/** The integer fields, by the count they hold. */
const countFields = [
  ['draftsChecked', 'drafts_checked'],
  ['sends', 'sends'],
  ['okFirstTime', 'ok_first_time'],
  ['blocksCaught', 'blocks_caught'],
  ['sentOverWarning', 'sent_over_warning'],
  ['suggestionsApplied', 'suggestions_applied'],
] as const;

/** The record's `custom_object_fields` for one agent's day. */
export function toneEventRecordFields(day: ToneDayCounts): Record<string, string | number> {
  const fields: Record<string, string | number> = {
    agent_id: day.agent,
    date: day.date,
    verdicts: JSON.stringify(day.verdicts),
    categories: JSON.stringify(day.categories),
    recent_sends: JSON.stringify(day.recentSends),
  };
  if (day.team !== undefined) fields['group_id'] = day.team;
  if (day.brandOrOwner !== undefined) fields['brand_id'] = day.brandOrOwner;
  for (const [name, field] of countFields) fields[field] = day[name];
  fields['not_now'] = day.notNow ?? 0;
  fields['contacts_against_guard'] = day.contactsAgainstGuard ?? 0;
  return fields;
}

const count = z.coerce.number().check(z.int(), z.nonnegative());
const jsonText = <Schema extends z.core.$ZodType>(schema: Schema) =>
  z.pipe(
    z.string(),
    z.transform((text: string, context): z.infer<Schema> => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        context.issues.push({ code: 'custom', message: 'not JSON', input: text });
        return z.NEVER;
      }
      const parsed = z.safeParse(schema, value);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'invalid';
        context.issues.push({ code: 'custom', message, input: text });
        return z.NEVER;
      }
      return parsed.data;
    }),
  );

const fieldsSchema = z.object({
  agent_id: z.string().check(z.minLength(1)),
  group_id: z.nullish(z.string().check(z.minLength(1))),
  brand_id: z.nullish(z.string().check(z.minLength(1))),
  date: z.pipe(
    z.string(),
    z.transform((text: string, context) => {
      const date = parsePlainDate(text.slice(0, 10));
      if (date === undefined) {
        context.issues.push({ code: 'custom', message: 'not a date', input: text });
        return z.NEVER;
      }
      return date;
    }),
  ),
  drafts_checked: count,
  sends: count,
  ok_first_time: count,
  blocks_caught: count,
  sent_over_warning: count,
  suggestions_applied: count,
  verdicts: jsonText(z.object({ ok: count, review: count, block: count })),
  categories: jsonText(z.partialRecord(z.enum(toneCategories), count)),
  recent_sends: jsonText(z.array(z.string())),
  // Guard counts: absent on records written before they were recorded.
  not_now: z.nullish(count),
  contacts_against_guard: z.nullish(count),
});

/** The day's counts from a record's fields, or what is wrong with them. */
export function readToneEventFields(
  fields: Readonly<Record<string, unknown>>,
): { ok: true; value: ToneDayCounts } | { ok: false; error: string } {
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const f = parsed.data;
  return {
    ok: true,
    value: {
      agent: f.agent_id,
      ...(f.group_id ? { team: f.group_id } : {}),
      ...(f.brand_id ? { brandOrOwner: f.brand_id } : {}),
      date: f.date,
      draftsChecked: f.drafts_checked,
      sends: f.sends,
      okFirstTime: f.ok_first_time,
      blocksCaught: f.blocks_caught,
      sentOverWarning: f.sent_over_warning,
      suggestionsApplied: f.suggestions_applied,
      verdicts: f.verdicts,
      categories: f.categories,
      recentSends: f.recent_sends,
      notNow: f.not_now ?? 0,
      contactsAgainstGuard: f.contacts_against_guard ?? 0,
    },
  };
}
