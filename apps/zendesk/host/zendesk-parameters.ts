/**
 * Zendesk keeps Tactful's settings as flat installation parameters (manifest.json `parameters`),
 * and cannot validate them at install time. This file names every parameter once, with its ZAF
 * type and default, and reads the values ZAF hands the app into `TactfulSettings`.
 * The manifest must declare exactly these parameters; a manifest test should check it against this list.
 */
import type { SettingsField } from '../../../shared/settings/fields';
import {
  blockableToneCategories,
  defaultSettings,
  planFrequencies,
  type BlockableToneCategory,
  type PlanFrequency,
  type SettingsLocale,
  type TactfulSettings,
} from '../../../shared/settings/settings';
import { validateSettings, type SettingsError } from '../../../shared/settings/validate-settings';
import { defaultOutcomesSettings } from '../../../shared/outcomes/settings-defaults';

const d = defaultSettings;
const freqDefault = (f: PlanFrequency) => d.policy.frequencies.includes(f);
const blockDefault = (c: BlockableToneCategory) => d.tone.blockCategories.includes(c);

/**
 * Every Zendesk installation parameter Tactful reads: its name, ZAF type, default and the setting
 * it fills. Checkbox groups (`policy_frequency_*`, `tone_block_*`) fill one list setting together;
 * `multiline` parameters hold one entry a line. None is secure: no secrets live in settings.
 */
export const zendeskParameters = [
  {
    name: 'policy_min_instalment',
    type: 'text',
    default: d.policy.minInstalment,
    setting: 'policy.minInstalment',
  },
  { name: 'policy_currency', type: 'text', default: d.policy.currency, setting: 'policy.currency' },
  {
    name: 'policy_max_term_months',
    type: 'number',
    default: d.policy.maxTermMonths,
    setting: 'policy.maxTermMonths',
  },
  {
    name: 'policy_frequency_weekly',
    type: 'checkbox',
    default: freqDefault('weekly'),
    setting: 'policy.frequencies',
    value: 'weekly',
  },
  {
    name: 'policy_frequency_biweekly',
    type: 'checkbox',
    default: freqDefault('biweekly'),
    setting: 'policy.frequencies',
    value: 'biweekly',
  },
  {
    name: 'policy_frequency_semimonthly',
    type: 'checkbox',
    default: freqDefault('semimonthly'),
    setting: 'policy.frequencies',
    value: 'semimonthly',
  },
  {
    name: 'policy_frequency_monthly',
    type: 'checkbox',
    default: freqDefault('monthly'),
    setting: 'policy.frequencies',
    value: 'monthly',
  },
  {
    name: 'policy_down_payment',
    type: 'text',
    default: d.policy.downPayment.kind,
    setting: 'policy.downPayment',
  },
  {
    name: 'policy_down_payment_value',
    type: 'text',
    default: '',
    setting: 'policy.downPayment.value',
  },
  {
    name: 'policy_first_payment_within_days',
    type: 'number',
    default: d.policy.firstPaymentWithinDays,
    setting: 'policy.firstPaymentWithinDays',
  },
  {
    name: 'policy_max_settlement_discount_percent',
    type: 'number',
    default: d.policy.maxSettlementDiscountPercent,
    setting: 'policy.maxSettlementDiscountPercent',
  },
  {
    name: 'policy_fees_waivable',
    type: 'checkbox',
    default: d.policy.feesWaivable,
    setting: 'policy.feesWaivable',
  },
  {
    name: 'policy_roll_weekends',
    type: 'checkbox',
    default: d.policy.rollWeekends,
    setting: 'policy.rollWeekends',
  },
  { name: 'policy_holidays', type: 'text', default: d.policy.holidays, setting: 'policy.holidays' },
  {
    name: 'policy_closure_days',
    type: 'multiline',
    default: '',
    setting: 'policy.closureDays',
  },
  { name: 'tone_on_save', type: 'text', default: d.tone.onSave, setting: 'tone.onSave' },
  {
    name: 'tone_block_accusatory',
    type: 'checkbox',
    default: blockDefault('accusatory'),
    setting: 'tone.blockCategories',
    value: 'accusatory',
  },
  {
    name: 'tone_block_shaming',
    type: 'checkbox',
    default: blockDefault('shaming'),
    setting: 'tone.blockCategories',
    value: 'shaming',
  },
  {
    name: 'tone_block_profanity',
    type: 'checkbox',
    default: blockDefault('profanity'),
    setting: 'tone.blockCategories',
    value: 'profanity',
  },
  {
    name: 'tone_block_threat',
    type: 'checkbox',
    default: blockDefault('threat'),
    setting: 'tone.blockCategories',
    value: 'threat',
  },
  {
    name: 'tone_block_misrepresentation',
    type: 'checkbox',
    default: blockDefault('misrepresentation'),
    setting: 'tone.blockCategories',
    value: 'misrepresentation',
  },
  {
    name: 'tone_block_third_party',
    type: 'checkbox',
    default: blockDefault('third-party'),
    setting: 'tone.blockCategories',
    value: 'third-party',
  },
  {
    name: 'tone_block_pressure',
    type: 'checkbox',
    default: blockDefault('pressure'),
    setting: 'tone.blockCategories',
    value: 'pressure',
  },
  {
    name: 'tone_block_harassment',
    type: 'checkbox',
    default: blockDefault('harassment'),
    setting: 'tone.blockCategories',
    value: 'harassment',
  },
  {
    name: 'tone_block_jargon',
    type: 'checkbox',
    default: blockDefault('jargon'),
    setting: 'tone.blockCategories',
    value: 'jargon',
  },
  { name: 'tone_flag_phrases', type: 'multiline', default: '', setting: 'tone.flagPhrases' },
  { name: 'tone_allow_phrases', type: 'multiline', default: '', setting: 'tone.allowPhrases' },
  { name: 'tone_feedback', type: 'checkbox', default: d.tone.feedback, setting: 'tone.feedback' },
  {
    name: 'tone_feedback_include_draft',
    type: 'checkbox',
    default: d.tone.feedbackIncludeDraft,
    setting: 'tone.feedbackIncludeDraft',
  },
  {
    name: 'contact_hours_start',
    type: 'text',
    default: d.contact.contactHours.start,
    setting: 'contact.contactHours.start',
  },
  {
    name: 'contact_hours_end',
    type: 'text',
    default: d.contact.contactHours.end,
    setting: 'contact.contactHours.end',
  },
  {
    name: 'default_time_zone',
    type: 'text',
    default: d.contact.defaultTimeZone,
    setting: 'contact.defaultTimeZone',
  },
  {
    name: 'default_locale',
    type: 'text',
    default: d.contact.defaultLocale,
    setting: 'contact.defaultLocale',
  },
  { name: 'field_balance', type: 'text', default: d.fields.balance, setting: 'fields.balance' },
  { name: 'field_currency', type: 'text', default: d.fields.currency, setting: 'fields.currency' },
  { name: 'field_due_date', type: 'text', default: d.fields.dueDate, setting: 'fields.dueDate' },
  {
    name: 'field_flag_cease',
    type: 'text',
    default: d.fields.flags.cease,
    setting: 'fields.flags.cease',
  },
  {
    name: 'field_flag_do_not_call',
    type: 'text',
    default: d.fields.flags['do-not-call'],
    setting: 'fields.flags.do-not-call',
  },
  {
    name: 'field_flag_do_not_email',
    type: 'text',
    default: d.fields.flags['do-not-email'],
    setting: 'fields.flags.do-not-email',
  },
  {
    name: 'field_flag_do_not_sms',
    type: 'text',
    default: d.fields.flags['do-not-sms'],
    setting: 'fields.flags.do-not-sms',
  },
  {
    name: 'field_flag_dispute',
    type: 'text',
    default: d.fields.flags.dispute,
    setting: 'fields.flags.dispute',
  },
  {
    name: 'field_flag_bankruptcy',
    type: 'text',
    default: d.fields.flags.bankruptcy,
    setting: 'fields.flags.bankruptcy',
  },
  {
    name: 'field_flag_breathing_space',
    type: 'text',
    default: d.fields.flags['breathing-space'],
    setting: 'fields.flags.breathing-space',
  },
  {
    name: 'field_flag_deceased',
    type: 'text',
    default: d.fields.flags.deceased,
    setting: 'fields.flags.deceased',
  },
  {
    name: 'field_flag_vulnerable',
    type: 'text',
    default: d.fields.flags.vulnerable,
    setting: 'fields.flags.vulnerable',
  },
  {
    name: 'outreach_company_name',
    type: 'text',
    default: d.outreach.companyName,
    setting: 'outreach.companyName',
  },
  {
    name: 'outreach_payment_link',
    type: 'text',
    default: d.outreach.paymentLink,
    setting: 'outreach.paymentLink',
  },
  // The outcomes page's settings (shared/outcomes/settings.ts), read by outcome-parameters.ts.
  {
    name: 'outcomes_record_tone_events',
    type: 'checkbox',
    default: defaultOutcomesSettings.recordToneEvents,
    setting: 'outcomes.recordToneEvents',
  },
  {
    name: 'outcomes_viewer_group_ids',
    type: 'text',
    default: '',
    setting: 'outcomes.viewerTeamIds',
  },
  {
    name: 'outcomes_viewer_groups_see_every_agent',
    type: 'checkbox',
    default: defaultOutcomesSettings.viewerTeamsSeeEveryAgent,
    setting: 'outcomes.viewerTeamsSeeEveryAgent',
  },
] as const;

/** One Zendesk installation parameter's name. */
export type ZendeskParameterName = (typeof zendeskParameters)[number]['name'];

/** A settings error from Zendesk parameters, with the parameters an admin must change. */
export interface ZendeskSettingsError extends SettingsError {
  /** Installation parameter names that hold this setting (several for checkbox groups). */
  parameters: ZendeskParameterName[];
}

/** Valid settings, or every problem found, each naming its installation parameters. */
export type ZendeskSettingsValidation =
  { ok: true; value: TactfulSettings } | { ok: false; errors: ZendeskSettingsError[] };

type Params = Readonly<Record<string, unknown>>;

/** Absent (never saved, or a parameter newer than the installation) reads as undefined: the default. */
const raw = (params: Params, name: ZendeskParameterName): unknown => params[name] ?? undefined;

/** Text stays text; a number ZAF stored for a text parameter becomes its decimal text. */
function text(params: Params, name: ZendeskParameterName): unknown {
  const value = raw(params, name);
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
}

/** Numbers may come as numbers or numeric text; anything else is passed on to be refused. */
function number(params: Params, name: ZendeskParameterName): unknown {
  const value = raw(params, name);
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return value;
}

/** Checkboxes may come as booleans or "true"/"false". */
function checkbox(params: Params, name: ZendeskParameterName): boolean | undefined {
  const value = raw(params, name);
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** One entry a line, blank lines dropped. */
function lines(params: Params, name: ZendeskParameterName): unknown {
  const value = raw(params, name);
  if (typeof value !== 'string') return value;
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Ticked boxes of a group, in the group's order; a box never saved takes its default. */
function ticked<T extends string>(
  params: Params,
  values: readonly T[],
  nameOf: (value: T) => ZendeskParameterName,
  byDefault: (value: T) => boolean,
): T[] {
  return values.filter((value) => checkbox(params, nameOf(value)) ?? byDefault(value));
}

function downPayment(params: Params): unknown {
  const kind = text(params, 'policy_down_payment');
  const value = text(params, 'policy_down_payment_value');
  if (kind === undefined) return undefined;
  if (kind === 'amount') return { kind, amount: value ?? '' };
  if (kind === 'percent')
    return { kind, percent: number(params, 'policy_down_payment_value') ?? '' };
  return { kind };
}

/** The parameters that hold a setting, for pointing an admin at the right inputs. */
export function zendeskParametersFor(field: SettingsField): ZendeskParameterName[] {
  const setting =
    field === 'policy.downPayment.amount' || field === 'policy.downPayment.percent'
      ? 'policy.downPayment.value'
      : field;
  const names = zendeskParameters
    .filter(
      (parameter) => parameter.setting === setting || parameter.setting.startsWith(`${setting}.`),
    )
    .map((parameter) => parameter.name);
  return names;
}

/**
 * Reads ZAF installation parameters (`client.metadata().settings`) into validated settings.
 * Numbers may arrive as text and checkboxes as "true"/"false"; a parameter that is missing takes
 * its default, one that is present but wrong is an error naming the parameter. Never throws.
 */
export function settingsFromZendeskParameters(
  params: Record<string, unknown>,
  locale: SettingsLocale = 'en',
): ZendeskSettingsValidation {
  const frequencyName = (f: PlanFrequency): ZendeskParameterName => `policy_frequency_${f}`;
  const blockName = (c: BlockableToneCategory): ZendeskParameterName =>
    `tone_block_${c === 'third-party' ? 'third_party' : c}`;
  const input = {
    policy: {
      minInstalment: text(params, 'policy_min_instalment'),
      currency: text(params, 'policy_currency'),
      maxTermMonths: number(params, 'policy_max_term_months'),
      frequencies: ticked(params, planFrequencies, frequencyName, freqDefault),
      downPayment: downPayment(params),
      firstPaymentWithinDays: number(params, 'policy_first_payment_within_days'),
      maxSettlementDiscountPercent: number(params, 'policy_max_settlement_discount_percent'),
      feesWaivable: checkbox(params, 'policy_fees_waivable'),
      rollWeekends: checkbox(params, 'policy_roll_weekends'),
      holidays: text(params, 'policy_holidays'),
      closureDays: lines(params, 'policy_closure_days'),
    },
    tone: {
      onSave: text(params, 'tone_on_save'),
      blockCategories: ticked(params, blockableToneCategories, blockName, blockDefault),
      flagPhrases: lines(params, 'tone_flag_phrases'),
      allowPhrases: lines(params, 'tone_allow_phrases'),
      feedback: checkbox(params, 'tone_feedback'),
      feedbackIncludeDraft: checkbox(params, 'tone_feedback_include_draft'),
    },
    contact: {
      contactHours: {
        start: text(params, 'contact_hours_start'),
        end: text(params, 'contact_hours_end'),
      },
      defaultTimeZone: text(params, 'default_time_zone'),
      defaultLocale: text(params, 'default_locale'),
    },
    fields: {
      balance: text(params, 'field_balance'),
      currency: text(params, 'field_currency'),
      dueDate: text(params, 'field_due_date'),
      flags: {
        cease: text(params, 'field_flag_cease'),
        'do-not-call': text(params, 'field_flag_do_not_call'),
        'do-not-email': text(params, 'field_flag_do_not_email'),
        'do-not-sms': text(params, 'field_flag_do_not_sms'),
        dispute: text(params, 'field_flag_dispute'),
        bankruptcy: text(params, 'field_flag_bankruptcy'),
        'breathing-space': text(params, 'field_flag_breathing_space'),
        deceased: text(params, 'field_flag_deceased'),
        vulnerable: text(params, 'field_flag_vulnerable'),
      },
    },
    outreach: {
      companyName: text(params, 'outreach_company_name'),
      paymentLink: text(params, 'outreach_payment_link'),
    },
  };
  const result = validateSettings(input, locale);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((error) => ({
      ...error,
      parameters: zendeskParametersFor(error.field),
    })),
  };
}

/** The value at a dotted settings path (`fields.flags.do-not-call`), for the inverse below. */
function settingAt(settings: TactfulSettings, path: string): unknown {
  let value: unknown = settings;
  for (const key of path.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value;
}

/** The down payment's two parameters: its kind, and its amount or percent as text. */
function downPaymentParameters(settings: TactfulSettings): Record<string, string> {
  const downPayment = settings.policy.downPayment;
  return {
    'policy.downPayment': downPayment.kind,
    'policy.downPayment.value':
      downPayment.kind === 'amount'
        ? downPayment.amount
        : downPayment.kind === 'percent'
          ? String(downPayment.percent)
          : '',
  };
}

/**
 * The installation parameters that hold `settings`: the inverse of `settingsFromZendeskParameters`,
 * generated from the table (a checkbox of a group is ticked when its value is in the list, a
 * multiline parameter holds one entry a line, the down payment's kind and value are split), for
 * seeding the playground's installation and for tests.
 */
export function zendeskParametersFromSettings(
  settings: TactfulSettings,
): Record<ZendeskParameterName, string | number | boolean> {
  const downPayment = downPaymentParameters(settings);
  const entries = zendeskParameters.map((parameter) => {
    // Outcomes parameters hold no TactfulSettings value: they start at their defaults.
    const value =
      downPayment[parameter.setting] ?? settingAt(settings, parameter.setting) ?? parameter.default;
    if ('value' in parameter)
      return [parameter.name, (value as readonly string[]).includes(parameter.value)];
    if (parameter.type === 'multiline')
      return [parameter.name, (value as readonly string[]).join('\n')];
    return [parameter.name, value as string | number | boolean];
  });
  return Object.fromEntries(entries) as Record<ZendeskParameterName, string | number | boolean>;
}
