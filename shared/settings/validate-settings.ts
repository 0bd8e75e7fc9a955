/**
 * Checks settings an admin entered (or that a host stored) and says, field by field and in the
 * admin's language, what to fix. Never throws, whatever it is given.
 */
import type * as z from 'zod/mini';
import { isSettingsField, type SettingsField } from './fields';
import {
  settingsErrorCodes,
  settingsMessage,
  type MessageParams,
  type SettingsErrorCode,
} from './messages';
import { settingsSchema } from './schema';
import {
  blockableToneCategories,
  downPaymentKinds,
  planFrequencies,
  settingsLimits,
  settingsLocales,
  toneOnSaveModes,
  type SettingsLocale,
  type TactfulSettings,
} from './settings';

/** One thing wrong with one setting, as the check found it: the field, why, and the values. */
export interface SettingsProblem {
  /** Dotted path of the setting, e.g. `policy.minInstalment`. */
  field: SettingsField;
  code: SettingsErrorCode;
  /** Values the message mentions (`min`, `max`, `choices`, `value`, `entry` for list items). */
  params: MessageParams;
}

/** One thing wrong with one setting, with a sentence the admin can act on. */
export interface SettingsError extends SettingsProblem {
  /** What to fix, in the requested locale, naming the setting as the form labels it. */
  message: string;
}

/** Valid settings, or every problem found. */
export type SettingsValidation =
  { ok: true; value: TactfulSettings } | { ok: false; errors: SettingsError[] };

/** Valid settings, or every problem found, unworded. */
export type SettingsCheck =
  { ok: true; value: TactfulSettings } | { ok: false; problems: SettingsProblem[] };

// Params the built-in checks need for their sentences, by field.
const fieldParams: Partial<Record<SettingsField, MessageParams>> = {
  'policy.maxTermMonths': settingsLimits.maxTermMonths,
  'policy.firstPaymentWithinDays': settingsLimits.firstPaymentWithinDays,
  'policy.maxSettlementDiscountPercent': settingsLimits.maxSettlementDiscountPercent,
  'policy.downPayment.percent': settingsLimits.downPaymentPercent,
  'policy.frequencies': { choices: planFrequencies.join(', ') },
  'policy.downPayment': { choices: downPaymentKinds.join(', ') },
  'tone.onSave': { choices: toneOnSaveModes.join(', ') },
  'tone.blockCategories': { choices: blockableToneCategories.join(', ') },
  'tone.flagPhrases': { max: settingsLimits.phraseLength.max },
  'tone.allowPhrases': { max: settingsLimits.phraseLength.max },
  'contact.defaultLocale': { choices: settingsLocales.join(', ') },
  'outreach.companyName': settingsLimits.companyNameLength,
  'outreach.paymentLink': settingsLimits.paymentLinkLength,
};

const isErrorCode = (message: string): message is SettingsErrorCode =>
  (settingsErrorCodes as readonly string[]).includes(message);

function toParams(raw: unknown): MessageParams {
  const params: Record<string, string | number> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
  }
  return params;
}

/** Turns one zod issue into a settings problem on the nearest known field. */
function toProblem(issue: z.core.$ZodIssue): SettingsProblem {
  const keys = issue.path.filter((key): key is string => typeof key === 'string');
  const index = issue.path.find((key): key is number => typeof key === 'number');
  let field: SettingsField = 'settings';
  for (let length = keys.length; length > 0; length -= 1) {
    const candidate = keys.slice(0, length).join('.');
    if (isSettingsField(candidate)) {
      field = candidate;
      break;
    }
  }
  const code: SettingsErrorCode = isErrorCode(issue.message) ? issue.message : 'invalid';
  const custom = issue.code === 'custom' ? toParams(issue.params) : {};
  const params: MessageParams = {
    ...fieldParams[field],
    ...(code === 'too-many' ? { max: settingsLimits.phraseCount.max } : {}),
    ...custom,
    ...(index === undefined ? {} : { entry: index + 1 }),
  };
  return { field, code, params };
}

/** `problem` with its sentence in `locale`. */
export function settingsErrorOf(problem: SettingsProblem, locale: SettingsLocale): SettingsError {
  const { field, code, params } = problem;
  return { field, code, message: settingsMessage(code, field, params, locale), params };
}

/**
 * Checks settings from any source as `validateSettings` does, without wording the problems: for a
 * reader that only needs to know what is wrong, not to say it (the HubSpot card reading stored
 * settings), so it does not carry the settings check's sentences in every language (issue 16).
 */
export function checkSettings(input: unknown): SettingsCheck {
  const parsed = settingsSchema.safeParse(input);
  if (parsed.success) {
    const value: TactfulSettings = parsed.data;
    return { ok: true, value };
  }
  return { ok: false, problems: parsed.error.issues.map(toProblem) };
}

/**
 * Validates settings from any source. Absent values take their defaults (`defaultSettings`);
 * unknown keys are dropped; text is trimmed and currency codes upper-cased. Messages are in
 * `locale` (default English).
 */
export function validateSettings(
  input: unknown,
  locale: SettingsLocale = 'en',
): SettingsValidation {
  const checked = checkSettings(input);
  if (checked.ok) return checked;
  return { ok: false, errors: checked.problems.map((problem) => settingsErrorOf(problem, locale)) };
}
