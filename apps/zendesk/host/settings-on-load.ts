/**
 * Zendesk cannot validate installation parameters when an admin saves them, so the sidebar does it
 * on load: the full settings model from `metadata().settings`, every problem naming its
 * parameters, and the settings each feature can still use when others are wrong.
 */
import {
  defaultSettings,
  settingsLocales,
  settingsNeedingAttention,
  type SettingsAttention,
  type SettingsLocale,
  type TactfulSettings,
} from '../../../shared/settings';
import { languageIn } from '../../../shared/i18n/language';
import type { ZafMetadata } from './zaf-client';
import {
  settingsFromZendeskParameters,
  zendeskParameters,
  type ZendeskSettingsError,
} from './zendesk-parameters';

/** What the sidebar knows about the installation's settings after reading them once. */
export interface LoadedSettings {
  /** The admin's settings when they are all valid; undefined when any parameter is wrong. */
  valid?: TactfulSettings;
  /** Every parameter that holds a value Tactful cannot use (empty when `valid` is set). */
  errors: ZendeskSettingsError[];
  /** Valid settings that still need an admin's eye (unmapped fields, legal risks left unblocked). */
  attention: SettingsAttention[];
  /**
   * Tone settings to check drafts with: the admin's when the tone parameters are valid (even if
   * others are not), else the strict defaults, so a bad policy field never switches tone checks off.
   */
  tone: TactfulSettings['tone'];
  /** Contact settings for the guards, on the same terms as `tone`. */
  contact: TactfulSettings['contact'];
  /** Company name and payment link for the templates, on the same terms (defaults: none). */
  outreach: TactfulSettings['outreach'];
}

type Params = ZafMetadata['settings'];

/** Only the parameters whose setting starts with `prefix` (the others read as absent: defaults). */
function onlySettingsUnder(params: Params, prefix: string): Params {
  const picked: Params = {};
  for (const parameter of zendeskParameters) {
    const value = params[parameter.name];
    if (parameter.setting.startsWith(prefix) && value !== undefined) picked[parameter.name] = value;
  }
  return picked;
}

/** Validates the installation's settings, with messages in `locale` (`en` or `es`). */
export function loadSettings(params: Params, locale: SettingsLocale = 'en'): LoadedSettings {
  const all = settingsFromZendeskParameters(params, locale);
  if (all.ok) {
    return {
      valid: all.value,
      errors: [],
      attention: settingsNeedingAttention(all.value, locale),
      tone: all.value.tone,
      contact: all.value.contact,
      outreach: all.value.outreach,
    };
  }
  const tone = settingsFromZendeskParameters(onlySettingsUnder(params, 'tone.'), locale);
  const contact = settingsFromZendeskParameters(onlySettingsUnder(params, 'contact.'), locale);
  const outreach = settingsFromZendeskParameters(onlySettingsUnder(params, 'outreach.'), locale);
  return {
    errors: all.errors,
    attention: [],
    tone: tone.ok ? tone.value.tone : defaultSettings.tone,
    contact: contact.ok ? contact.value.contact : defaultSettings.contact,
    outreach: outreach.ok ? outreach.value.outreach : defaultSettings.outreach,
  };
}

/** `en` or `es` for an agent locale such as `es-419`; anything else reads as English. */
export function settingsLocaleFor(locale: string): SettingsLocale {
  return languageIn(locale, settingsLocales) ?? 'en';
}
