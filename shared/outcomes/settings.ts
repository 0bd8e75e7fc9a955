/**
 * The admin's outcomes settings, stored in the portal's (or account's) settings under `outcomes`:
 * whether tone events are recorded at all, how long they are kept, and who besides the people who
 * manage the app sees the whole page. Anything missing or unreadable falls back to the defaults
 * below, so a bad value elsewhere in the settings never turns recording on or widens access.
 */
import * as z from 'zod/mini';
import { defaultOutcomesSettings } from './settings-defaults';

/** Tone day counts are kept this many months unless the admin says otherwise (issue 17). */
export const defaultToneRetentionMonths = defaultOutcomesSettings.retentionMonths;

export const outcomesSettingsSchema = z.object({
  /** False stops recording tone events; what was recorded stays until retention removes it. */
  recordToneEvents: z._default(z.boolean(), defaultOutcomesSettings.recordToneEvents),
  retentionMonths: z._default(
    z.int().check(z.minimum(1), z.maximum(60)),
    defaultToneRetentionMonths,
  ),
  /** Teams whose members see every figure, as the people who manage the app do. */
  viewerTeamIds: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(40))).check(z.maxLength(100)),
    [],
  ),
  /** Whether those teams also see per-agent rows of other agents (managers always do). */
  viewerTeamsSeeEveryAgent: z._default(
    z.boolean(),
    defaultOutcomesSettings.viewerTeamsSeeEveryAgent,
  ),
});
export type OutcomesSettings = z.infer<typeof outcomesSettingsSchema>;

/** The outcomes settings inside a stored settings object; defaults for whatever does not read. */
export function outcomesSettingsIn(settings: unknown): OutcomesSettings {
  const section = z.looseObject({ outcomes: z.unknown() }).safeParse(settings);
  const parsed = outcomesSettingsSchema.safeParse(
    section.success ? (section.data.outcomes ?? {}) : {},
  );
  return parsed.success ? parsed.data : outcomesSettingsSchema.parse({});
}
