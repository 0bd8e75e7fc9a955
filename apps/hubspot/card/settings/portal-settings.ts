/**
 * The portal's Tactful settings through our backend (`GET`/`PUT /api/settings`, the contract in
 * apps/hubspot/contract): the shared settings model (shared/settings), outreach details included,
 * stored as one JSON object per portal. Both the card and the settings page read and write them
 * only here.
 */
import { backendPaths, settingsReplySchema, type PortalHolidays } from '../../contract';
import { err, ok, type Result } from '../../../../shared/ports';
import {
  checkSettings,
  defaultSettings,
  validateSettings,
  type SettingsError,
  type SettingsLocale,
  type SettingsProblem,
  type TactfulSettings,
} from '../../../../shared/settings';
import { outcomesSettingsIn, type OutcomesSettings } from '../../../../shared/outcomes/settings';
import type { BackendClient, BackendError } from '../host/backend-client';
import { validateOutcomesForm, type OutcomesFormValues } from './outcomes-settings';

/** Everything the portal has set. */
export interface PortalSettings {
  settings: TactfulSettings;
  /** The outcomes page's settings, stored beside the others under `outcomes` (absent: defaults). */
  outcomes?: OutcomesSettings;
}

/** What the settings page saves: the shared settings as entered, and the outcomes settings. */
export interface SettingsInput {
  settings: unknown;
  /** Absent: the save stores no outcomes settings (their defaults apply). */
  outcomes?: OutcomesFormValues;
}

/** The portal's settings as loaded, and what was wrong with what was stored (if anything). */
export interface LoadedPortalSettings extends PortalSettings {
  /**
   * Problems with the stored settings; when there are any, `settings` holds the defaults (or, when
   * only outreach values are wrong, the stored settings without them) so the card keeps working,
   * and the settings page words each problem on its field (`settingsErrorOf`). Unworded here, so
   * the card, which only counts them, carries no settings sentences (issue 16).
   */
  problems: SettingsProblem[];
  /** True once an admin has saved settings for this portal (false: everything is a default). */
  saved: boolean;
  /**
   * The public holidays of `settings.policy.holidays` as the backend worked them out (the card ships
   * no holiday data); absent when the settings name no country or the backend sent none for it.
   */
  holidays?: PortalHolidays;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads stored settings leniently. Before outreach joined the shared model, HubSpot stored it in
 * the same place but accepted http:// links and anything that was not an object as "not set"; so
 * an outreach section that is not an object is ignored, and outreach values that no longer
 * validate are dropped (reported as problems) rather than costing the portal its whole policy.
 */
function readStored(stored: Record<string, unknown>): {
  settings: TactfulSettings;
  problems: SettingsProblem[];
} {
  const { outreach, ...rest } = stored;
  const input = isRecord(outreach) ? { ...rest, outreach } : rest;
  const checked = checkSettings(input);
  if (checked.ok) return { settings: checked.value, problems: [] };
  const badOutreach = checked.problems
    .filter((error) => error.field.startsWith('outreach.'))
    .map((error) => error.field.slice('outreach.'.length));
  if (isRecord(outreach) && badOutreach.length === checked.problems.length) {
    const kept = Object.fromEntries(
      Object.entries(outreach).filter(([key]) => !badOutreach.includes(key)),
    );
    const retried = checkSettings({ ...rest, outreach: kept });
    if (retried.ok) return { settings: retried.value, problems: checked.problems };
  }
  return { settings: defaultSettings, problems: checked.problems };
}

/**
 * The portal's settings. A portal that never saved any gets the defaults; stored settings that no
 * longer validate come back as defaults with their `problems`, so nothing breaks on them.
 */
export async function loadPortalSettings(
  backend: BackendClient,
): Promise<Result<LoadedPortalSettings, BackendError>> {
  const reply = await backend.request({ path: backendPaths.settings }, settingsReplySchema);
  if (!reply.ok) return reply;
  const stored = reply.value.settings;
  const read = readStored(stored);
  const holidays = reply.value.holidays;
  return ok({
    ...read,
    outcomes: outcomesSettingsIn(stored),
    saved: Object.keys(stored).length > 0,
    ...(holidays !== undefined &&
      read.settings.policy.holidays !== '' &&
      holidays.holidays === read.settings.policy.holidays && { holidays }),
  });
}

/** Why a save did not happen: the values are wrong (nothing was sent), or the backend failed. */
export type SaveSettingsError =
  { kind: 'invalid'; errors: SettingsError[] } | { kind: 'backend'; error: BackendError };

/**
 * Validates the settings an admin entered and, only when every value is valid, saves them for the
 * portal (`PUT /api/settings`), the outcomes settings under `outcomes`. Returns what the backend
 * stored.
 */
export async function savePortalSettings(
  backend: BackendClient,
  input: SettingsInput,
  locale: SettingsLocale = 'en',
): Promise<Result<PortalSettings, SaveSettingsError>> {
  const settings = validateSettings(input.settings, locale);
  const outcomes =
    input.outcomes === undefined ? undefined : validateOutcomesForm(input.outcomes, locale);
  const errors = [
    ...(settings.ok ? [] : settings.errors),
    ...(outcomes === undefined || outcomes.ok ? [] : outcomes.error),
  ];
  if (!settings.ok || errors.length > 0) return err({ kind: 'invalid', errors });
  const body = {
    settings: { ...settings.value, ...(outcomes?.ok === true && { outcomes: outcomes.value }) },
  };
  const reply = await backend.request(
    { method: 'PUT', path: backendPaths.settings, body },
    settingsReplySchema,
  );
  if (!reply.ok) return err({ kind: 'backend', error: reply.error });
  const stored = readStored(reply.value.settings);
  return ok({
    settings: stored.problems.length === 0 ? stored.settings : settings.value,
    outcomes: outcomesSettingsIn(reply.value.settings),
  });
}
