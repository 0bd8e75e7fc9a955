/**
 * The outcomes page's settings on the HubSpot settings page (issue 17): stored beside the shared
 * settings under `outcomes` (shared/outcomes/settings.ts owns their shape and defaults), entered
 * on the page and checked here field by field, with the same sentences as every other setting.
 */
import { ok, err, type Result } from '../../../../shared/ports';
import {
  outcomesSettingsSchema,
  type OutcomesSettings,
} from '../../../../shared/outcomes/settings';
import {
  settingsMessage,
  type MessageParams,
  type SettingsError,
  type SettingsErrorCode,
  type SettingsField,
  type SettingsLocale,
} from '../../../../shared/settings';

/** The outcomes settings as the page's controls hold them. */
export interface OutcomesFormValues {
  recordToneEvents: boolean;
  /** As entered: absent while the box is empty. */
  retentionMonths: number | undefined;
  /** HubSpot team ids as typed, separated by commas (or spaces, or lines). */
  viewerTeamIds: string;
  viewerTeamsSeeEveryAgent: boolean;
}

// The schema's own limits, so the sentences name the numbers it enforces.
const retention = { min: 1, max: 60 };
const teamIdMaxLength = 40;
const maxTeams = 100;

/** The stored outcomes settings as the page shows them. */
export function toOutcomesForm(outcomes: OutcomesSettings): OutcomesFormValues {
  return {
    recordToneEvents: outcomes.recordToneEvents,
    retentionMonths: outcomes.retentionMonths,
    viewerTeamIds: outcomes.viewerTeamIds.join(', '),
    viewerTeamsSeeEveryAgent: outcomes.viewerTeamsSeeEveryAgent,
  };
}

/** The entered outcomes settings, or what to fix on each field (in the admin's language). */
export function validateOutcomesForm(
  form: OutcomesFormValues,
  locale: SettingsLocale,
): Result<OutcomesSettings, SettingsError[]> {
  const errors: SettingsError[] = [];
  const refuse = (field: SettingsField, code: SettingsErrorCode, params: MessageParams = {}) =>
    errors.push({ field, code, params, message: settingsMessage(code, field, params, locale) });

  const months = form.retentionMonths;
  if (months === undefined || !Number.isFinite(months)) {
    refuse('outcomes.retentionMonths', 'not-a-number');
  } else if (!Number.isInteger(months)) {
    refuse('outcomes.retentionMonths', 'not-a-whole-number');
  } else if (months < retention.min || months > retention.max) {
    refuse('outcomes.retentionMonths', 'out-of-range', retention);
  }

  const teamIds = form.viewerTeamIds.split(/[\s,]+/).filter((id) => id !== '');
  const tooLong = teamIds.find((id) => id.length > teamIdMaxLength);
  const repeated = teamIds.find((id, index) => teamIds.indexOf(id) !== index);
  if (teamIds.length > maxTeams) {
    refuse('outcomes.viewerTeamIds', 'too-many', { max: maxTeams });
  } else if (tooLong !== undefined) {
    refuse('outcomes.viewerTeamIds', 'too-long', { max: teamIdMaxLength });
  } else if (repeated !== undefined) {
    refuse('outcomes.viewerTeamIds', 'duplicate', { value: repeated });
  }

  if (errors.length > 0) return err(errors);
  // Parsed, not asserted: the schema stays the one definition of what may be stored.
  const parsed = outcomesSettingsSchema.safeParse({
    recordToneEvents: form.recordToneEvents,
    retentionMonths: months,
    viewerTeamIds: teamIds,
    viewerTeamsSeeEveryAgent: form.viewerTeamsSeeEveryAgent,
  });
  if (parsed.success) return ok(parsed.data);
  const invalid: SettingsField = 'settings';
  return err([
    {
      field: invalid,
      code: 'invalid',
      params: {},
      message: settingsMessage('invalid', invalid, {}, locale),
    },
  ]);
}
