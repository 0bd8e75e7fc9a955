/**
 * The outcomes settings' defaults, without zod: the Zendesk sidebar reads "record tone events" on
 * every save and must not carry the full zod library into its first load for it. The schema in
 * ./settings.ts takes its defaults from here.
 */
export const defaultOutcomesSettings = {
  /** Tone events are recorded until an admin turns them off (counts only, never text). */
  recordToneEvents: true,
  /** Tone day counts are kept this many months unless the admin says otherwise (issue 17). */
  retentionMonths: 13,
  /** Whether members of the admin's chosen teams also see other agents' rows. */
  viewerTeamsSeeEveryAgent: false,
} as const;
