/**
 * The admin's outcomes settings, stored in the portal's (or account's) settings under `outcomes`:
 * whether tone events are recorded at all, how long they are kept, and who besides the people who
 * manage the app sees the whole page. Anything missing or unreadable falls back to the defaults
 * below, so a bad value elsewhere in the settings never turns recording on or widens access.
 */
import * as z from 'zod';
import { defaultOutcomesSettings } from './settings-defaults';

/** Tone day counts are kept this many months unless the admin says otherwise (issue 17). */
export const defaultToneRetentionMonths = defaultOutcomesSettings.retentionMonths;

export const outcomesSettingsSchema = z.object({
  /** False stops recording tone events; what was recorded stays until retention removes it. */
  recordToneEvents: z.boolean().default(defaultOutcomesSettings.recordToneEvents),
  retentionMonths: z.number().int().min(1).max(60).default(defaultToneRetentionMonths),
  /** Teams whose members see every figure, as the people who manage the app do. */
  viewerTeamIds: z.array(z.string().min(1).max(40)).max(100).default([]),
  /** Whether those teams also see per-agent rows of other agents (managers always do). */
  viewerTeamsSeeEveryAgent: z.boolean().default(defaultOutcomesSettings.viewerTeamsSeeEveryAgent),
});
export type OutcomesSettings = z.infer<typeof outcomesSettingsSchema>;

/** The outcomes settings inside a stored settings object; defaults for whatever does not read. */
export function outcomesSettingsIn(settings: unknown): OutcomesSettings {
  const section = z.object({ outcomes: z.unknown() }).loose().safeParse(settings);
  const parsed = outcomesSettingsSchema.safeParse(
    section.success ? (section.data.outcomes ?? {}) : {},
  );
  return parsed.success ? parsed.data : outcomesSettingsSchema.parse({});
}
