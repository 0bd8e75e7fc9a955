/**
 * Tone feedback as a Zendesk custom object record (`tactful_tone_feedback`, declared in
 * manifests/zendesk/requirements.json), as a protocol fact: the sidebar writes these fields and
 * `tactful corpus export --zendesk` reads them back, so both use this one mapping.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../ports';
import {
  feedbackFindingSchema,
  toneFeedbackSchema,
  type ToneFeedback,
  type ToneFeedbackKind,
} from './feedback';

/** The custom object key declared in requirements.json. */
export const toneFeedbackObjectKey = 'tactful_tone_feedback';

/** The records endpoint of the object, under `/api/v2`. */
export const toneFeedbackRecordsPath = `/api/v2/custom_objects/${toneFeedbackObjectKey}/records`;

/** A record field's value as the records API takes and returns it. */
export type RecordFieldValue = string | number | boolean | null;

// Dropdown option values are tags in Zendesk: no hyphens, to be safe in every account.
const kindOption: Record<ToneFeedbackKind, string> = {
  'wrong-finding': 'wrong_finding',
  missed: 'missed',
};

/** The record's `custom_object_fields` for one piece of feedback (absent values are left out). */
export function toneFeedbackRecordFields(feedback: ToneFeedback): Record<string, RecordFieldValue> {
  const disputed = feedback.disputed === null ? undefined : feedback.findings[feedback.disputed];
  return {
    kind: kindOption[feedback.kind],
    locale: feedback.locale,
    verdict: feedback.verdict,
    findings: JSON.stringify(feedback.findings),
    // The index says which finding; the rule id lets an admin filter records in Zendesk.
    ...(disputed === undefined
      ? {}
      : { disputed_index: feedback.disputed, disputed_rule_id: disputed.ruleId }),
    note: feedback.note,
    recorded_at: feedback.at,
    ...(feedback.draft === undefined ? {} : { draft: feedback.draft }),
  };
}

const fieldValue = z.optional(z.union([z.string(), z.number(), z.boolean(), z.null()]));

/** A record as the records API lists it. */
export const toneFeedbackRecordSchema = z.looseObject({
  id: z.string(),
  external_id: z.nullish(z.string()),
  created_at: z.optional(z.string()),
  custom_object_fields: z.record(z.string(), fieldValue),
});
/** What reading a record needs of it (a parsed listing entry, or a record a test holds). */
export interface ToneFeedbackRecord {
  id: string;
  external_id?: string | null | undefined;
  created_at?: string | undefined;
  custom_object_fields: Readonly<Record<string, RecordFieldValue | undefined>>;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function parseFindings(value: unknown): unknown {
  const json = text(value);
  if (json === undefined) return [];
  try {
    return z.array(feedbackFindingSchema).parse(JSON.parse(json));
  } catch {
    // Left for the schema below to refuse, with the record's id in the message.
    return undefined;
  }
}

/**
 * The feedback a record holds, or why it cannot be read (a record an admin edited by hand, or
 * one written by something else). Never throws.
 */
export function toneFeedbackFromRecord(record: ToneFeedbackRecord): Result<ToneFeedback, string> {
  const fields = record.custom_object_fields;
  const kind = Object.entries(kindOption).find(([, option]) => option === fields['kind'])?.[0];
  const disputed = fields['disputed_index'];
  const draft = text(fields['draft']);
  const parsed = toneFeedbackSchema.safeParse({
    id: record.external_id ?? `zendesk-${record.id}`,
    kind,
    locale: fields['locale'],
    verdict: fields['verdict'],
    findings: parseFindings(fields['findings']),
    disputed: typeof disputed === 'number' ? disputed : null,
    note: fields['note'] ?? '',
    at: text(fields['recorded_at']) ?? record.created_at,
    ...(draft === undefined ? {} : { draft }),
  });
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'record'} ${issue.message}`)
    .join('; ');
  return err(`record ${record.id}: ${problems}`);
}
