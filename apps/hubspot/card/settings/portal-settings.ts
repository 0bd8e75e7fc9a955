/**
 * The portal's Tactful settings through our backend (`GET`/`PUT /api/settings`, the contract in
 * apps/hubspot/contract): the shared settings model (shared/settings) plus HubSpot's outreach
 * details (the company name and payment link the templates sign with), stored together as one
 * JSON object per portal. Both the card and the settings page read and write them only here.
 */
import { z } from 'zod';
import { backendPaths, settingsReplySchema } from '../../contract';
import { err, ok, type Result } from '../../../../shared/ports';
import {
  defaultSettings,
  validateSettings,
  type SettingsError,
  type SettingsLocale,
  type TactfulSettings,
} from '../../../../shared/settings';
import type { BackendClient, BackendError } from '../host/backend-client';

/** What the templates sign with; not (yet) in the shared model, so HubSpot keeps it beside it. */
export interface OutreachSettings {
  /** The company's name as customers know it; empty = not set. */
  companyName: string;
  /** Where customers pay (http or https); empty = not set. */
  paymentLink: string;
}

/** Everything the portal has set. */
export interface PortalSettings {
  settings: TactfulSettings;
  outreach: OutreachSettings;
}

/** Which outreach value is wrong, and why, in words the admin can act on. */
export interface OutreachError {
  field: keyof OutreachSettings;
  message: string;
}

/** The portal's settings as loaded, and what was wrong with what was stored (if anything). */
export interface LoadedPortalSettings extends PortalSettings {
  /**
   * Problems with the stored settings; when there are any, `settings` holds the defaults so the
   * card keeps working, and the settings page shows each problem on its field.
   */
  problems: SettingsError[];
}

/** Where the outreach details sit in the stored JSON, next to the shared model's sections. */
const outreachKey = 'outreach';

const outreachLimits = { companyName: 100, paymentLink: 500 } as const;

const outreachMessages: Record<SettingsLocale, Record<'tooLong' | 'notLink', string>> = {
  en: {
    tooLong: 'Use at most {max} characters.',
    notLink: 'Enter a web address starting with https:// or http://, or leave it empty.',
  },
  es: {
    tooLong: 'Use como máximo {max} caracteres.',
    notLink: 'Escriba una dirección web que empiece por https:// o http://, o déjela vacía.',
  },
};

const storedOutreachSchema = z
  .object({ companyName: z.string().catch(''), paymentLink: z.string().catch('') })
  .partial()
  .catch({});

/** Checks outreach details as an admin typed them; trims them. */
export function validateOutreach(
  input: OutreachSettings,
  locale: SettingsLocale = 'en',
): { ok: true; value: OutreachSettings } | { ok: false; errors: OutreachError[] } {
  const words = outreachMessages[locale];
  const value = { companyName: input.companyName.trim(), paymentLink: input.paymentLink.trim() };
  const errors: OutreachError[] = [];
  for (const field of ['companyName', 'paymentLink'] as const) {
    if (value[field].length > outreachLimits[field]) {
      const max = String(outreachLimits[field]);
      errors.push({ field, message: words.tooLong.replace('{max}', max) });
    }
  }
  if (value.paymentLink !== '' && !/^https?:\/\/[^\s<>"'{}]+$/i.test(value.paymentLink)) {
    errors.push({ field: 'paymentLink', message: words.notLink });
  }
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}

/** The outreach details from stored JSON; anything unreadable counts as not set. */
function readOutreach(stored: Record<string, unknown>): OutreachSettings {
  const raw = storedOutreachSchema.parse(stored[outreachKey]);
  const candidate = { companyName: raw.companyName ?? '', paymentLink: raw.paymentLink ?? '' };
  const checked = validateOutreach(candidate);
  return checked.ok ? checked.value : { companyName: candidate.companyName, paymentLink: '' };
}

/**
 * The portal's settings. A portal that never saved any gets the defaults; stored settings that no
 * longer validate come back as defaults with their `problems`, so nothing breaks on them.
 */
export async function loadPortalSettings(
  backend: BackendClient,
  locale: SettingsLocale = 'en',
): Promise<Result<LoadedPortalSettings, BackendError>> {
  const reply = await backend.request({ path: backendPaths.settings }, settingsReplySchema);
  if (!reply.ok) return reply;
  const stored = reply.value.settings;
  const outreach = readOutreach(stored);
  const checked = validateSettings(stored, locale);
  return ok(
    checked.ok
      ? { settings: checked.value, outreach, problems: [] }
      : { settings: defaultSettings, outreach, problems: checked.errors },
  );
}

/** Why a save did not happen: the values are wrong (nothing was sent), or the backend failed. */
export type SaveSettingsError =
  | { kind: 'invalid'; errors: SettingsError[]; outreachErrors: OutreachError[] }
  | { kind: 'backend'; error: BackendError };

/**
 * Validates the settings an admin entered and, only when every value is valid, saves them for the
 * portal (`PUT /api/settings`). Returns what the backend stored.
 */
export async function savePortalSettings(
  backend: BackendClient,
  input: { settings: unknown; outreach: OutreachSettings },
  locale: SettingsLocale = 'en',
): Promise<Result<PortalSettings, SaveSettingsError>> {
  const settings = validateSettings(input.settings, locale);
  const outreach = validateOutreach(input.outreach, locale);
  if (!settings.ok || !outreach.ok) {
    return err({
      kind: 'invalid',
      errors: settings.ok ? [] : settings.errors,
      outreachErrors: outreach.ok ? [] : outreach.errors,
    });
  }
  const body = { settings: { ...settings.value, [outreachKey]: outreach.value } };
  const reply = await backend.request(
    { method: 'PUT', path: backendPaths.settings, body },
    settingsReplySchema,
  );
  if (!reply.ok) return err({ kind: 'backend', error: reply.error });
  const stored = validateSettings(reply.value.settings, locale);
  return ok({
    settings: stored.ok ? stored.value : settings.value,
    outreach: readOutreach(reply.value.settings),
  });
}
