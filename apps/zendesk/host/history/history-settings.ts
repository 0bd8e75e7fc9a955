/**
 * What the history adapter needs from the installation's settings: which user fields hold each
 * contact flag, where the flag audit log lives, and the company's contact hours, under the shared
 * settings model's parameter names (`field_flag_*`, `contact_hours_*`), else the model's defaults.
 */
import { flagKinds, type FlagKind, type QuietHours } from '../../../../shared/history';
import { defaultSettings, flagField } from '../../../../shared/settings';
import { zendeskParametersFor } from '../zendesk-parameters';
import type { ShellSettings } from '../settings';

/** User field keys for every contact flag (checkbox fields). */
export type FlagFieldKeys = Readonly<Record<FlagKind, string>>;

/** Where the sidebar reads and writes flags, and the window in which contact is allowed. */
export interface HistorySettings {
  readonly flagFields: FlagFieldKeys;
  /**
   * Key of the multi-line text user field that keeps one line per flag change (when, what, who,
   * why). The reason for a flag lives here, next to the flag, so it is written in the same PUT and
   * works on a user's profile where there is no ticket to add a note to.
   */
  readonly flagLogField: string;
  readonly quietHours?: QuietHours;
  /** The zone used when the customer has none in Zendesk. */
  readonly defaultTimeZone: string;
}

/** The user field that holds the flag change log (declared in requirements.json). */
export const defaultFlagLogField = 'tactful_flag_log';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const clock = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The history settings from the shell's settings (installation parameters). */
export function readHistorySettings(settings: ShellSettings): HistorySettings {
  const raw = settings.raw;
  const key = (flag: FlagKind): string => {
    const modern = zendeskParametersFor(flagField(flag))
      .map((name) => text(raw[name]))
      .find((value) => value !== undefined);
    return modern ?? defaultSettings.fields.flags[flag];
  };
  const flagFields = Object.fromEntries(
    flagKinds.map((kind) => [kind, key(kind)]),
  ) as FlagFieldKeys;
  const start = text(raw['contact_hours_start']);
  const end = text(raw['contact_hours_end']);
  const result: HistorySettings = {
    flagFields,
    flagLogField: defaultFlagLogField,
    defaultTimeZone: settings.defaultTimeZone ?? defaultSettings.contact.defaultTimeZone,
  };
  // A malformed window falls back to the legal 08:00–21:00 (the guards clamp any window into it).
  if (start && end && clock.test(start) && clock.test(end) && start < end) {
    return { ...result, quietHours: { start, end } };
  }
  return result;
}
