/**
 * The settings page's form as plain data, keyed by the settings vocabulary's field paths
 * (`SettingsField`, shared/settings/fields.ts): what each control holds (text as typed, numbers as
 * entered, phrases one a line), to and from the shared settings model. Validation stays with
 * `validateSettings`; this only reshapes, so an admin's typo reaches the validator as typed.
 */
import {
  type SettingsError,
  type SettingsField,
  type TactfulSettings,
} from '../../../../shared/settings';
import type { FlagKind } from '../../../../shared/history/flag-kinds';
import { outcomesSettingsIn } from '../../../../shared/outcomes/settings';
import { toOutcomesForm, type OutcomesFormValues } from './outcomes-settings';
import type { PortalSettings, SettingsInput } from './portal-settings';

/** What the controls hold, by the field each control edits. */
export type SettingsForm = {
  'policy.minInstalment': string;
  'policy.currency': string;
  'policy.maxTermMonths': number | undefined;
  'policy.frequencies': string[];
  /** The down payment's kind: none, amount or percent. */
  'policy.downPayment': string;
  'policy.downPayment.amount': string;
  'policy.downPayment.percent': number | undefined;
  'policy.firstPaymentWithinDays': number | undefined;
  'policy.maxSettlementDiscountPercent': number | undefined;
  'policy.feesWaivable': boolean;
  'policy.rollWeekends': boolean;
  /** 'US', 'GB-SCT' or empty. */
  'policy.holidays': string;
  /** One closure day a line. */
  'policy.closureDays': string;
  'tone.onSave': string;
  'tone.blockCategories': string[];
  /** One phrase a line. */
  'tone.flagPhrases': string;
  /** One phrase a line. */
  'tone.allowPhrases': string;
  'tone.feedback': boolean;
  'tone.feedbackIncludeDraft': boolean;
  'contact.contactHours.start': string;
  'contact.contactHours.end': string;
  'contact.defaultTimeZone': string;
  'contact.defaultLocale': string;
  'fields.balance': string;
  'fields.currency': string;
  'fields.dueDate': string;
  /** Each flag's property name (its field is `flagField(kind)`). */
  'fields.flags': Record<FlagKind, string>;
  'outreach.companyName': string;
  'outreach.paymentLink': string;
  'outcomes.recordToneEvents': boolean;
  'outcomes.retentionMonths': number | undefined;
  /** HubSpot team ids separated by commas. */
  'outcomes.viewerTeamIds': string;
  'outcomes.viewerTeamsSeeEveryAgent': boolean;
};

/** A field with a control of its own on the page (flags have one each, by kind). */
export type FormField = keyof SettingsForm & SettingsField;

/** The fields whose control holds a `Value` (text, a number, a yes/no, a list). */
export type FieldsHolding<Value> = {
  [Field in FormField]: SettingsForm[Field] extends Value ? Field : never;
}[FormField];

/** The form filled with stored settings. */
export function toSettingsForm({ settings, outcomes }: PortalSettings): SettingsForm {
  const { policy, tone, contact, fields, outreach } = settings;
  const downPayment = policy.downPayment;
  const outcomesForm = toOutcomesForm(outcomes ?? outcomesSettingsIn({}));
  return {
    'policy.minInstalment': policy.minInstalment,
    'policy.currency': policy.currency,
    'policy.maxTermMonths': policy.maxTermMonths,
    'policy.frequencies': [...policy.frequencies],
    'policy.downPayment': downPayment.kind,
    'policy.downPayment.amount': downPayment.kind === 'amount' ? downPayment.amount : '',
    'policy.downPayment.percent': downPayment.kind === 'percent' ? downPayment.percent : undefined,
    'policy.firstPaymentWithinDays': policy.firstPaymentWithinDays,
    'policy.maxSettlementDiscountPercent': policy.maxSettlementDiscountPercent,
    'policy.feesWaivable': policy.feesWaivable,
    'policy.rollWeekends': policy.rollWeekends,
    'policy.holidays': policy.holidays,
    'policy.closureDays': policy.closureDays.join('\n'),
    'tone.onSave': tone.onSave,
    'tone.blockCategories': [...tone.blockCategories],
    'tone.flagPhrases': tone.flagPhrases.join('\n'),
    'tone.allowPhrases': tone.allowPhrases.join('\n'),
    'tone.feedback': tone.feedback,
    'tone.feedbackIncludeDraft': tone.feedbackIncludeDraft,
    'contact.contactHours.start': contact.contactHours.start,
    'contact.contactHours.end': contact.contactHours.end,
    'contact.defaultTimeZone': contact.defaultTimeZone,
    'contact.defaultLocale': contact.defaultLocale,
    'fields.balance': fields.balance,
    'fields.currency': fields.currency,
    'fields.dueDate': fields.dueDate,
    'fields.flags': { ...fields.flags },
    'outreach.companyName': outreach.companyName,
    'outreach.paymentLink': outreach.paymentLink,
    'outcomes.recordToneEvents': outcomesForm.recordToneEvents,
    'outcomes.retentionMonths': outcomesForm.retentionMonths,
    'outcomes.viewerTeamIds': outcomesForm.viewerTeamIds,
    'outcomes.viewerTeamsSeeEveryAgent': outcomesForm.viewerTeamsSeeEveryAgent,
  };
}

/** Phrases one a line, blank lines dropped (the validator trims and checks each). */
const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** The form as input for `savePortalSettings` (in the models' shapes, values as entered). */
export function fromSettingsForm(form: SettingsForm): SettingsInput {
  const outcomes: OutcomesFormValues = {
    recordToneEvents: form['outcomes.recordToneEvents'],
    retentionMonths: form['outcomes.retentionMonths'],
    viewerTeamIds: form['outcomes.viewerTeamIds'],
    viewerTeamsSeeEveryAgent: form['outcomes.viewerTeamsSeeEveryAgent'],
  };
  return { settings: sharedSettingsFrom(form), outcomes };
}

/** The shared settings part of the form, for `validateSettings`. */
function sharedSettingsFrom(form: SettingsForm): Record<keyof TactfulSettings, unknown> {
  const downPaymentKind = form['policy.downPayment'];
  const downPayment =
    downPaymentKind === 'amount'
      ? { kind: 'amount', amount: form['policy.downPayment.amount'] }
      : downPaymentKind === 'percent'
        ? { kind: 'percent', percent: form['policy.downPayment.percent'] }
        : { kind: downPaymentKind };
  return {
    policy: {
      minInstalment: form['policy.minInstalment'],
      currency: form['policy.currency'],
      maxTermMonths: form['policy.maxTermMonths'],
      frequencies: form['policy.frequencies'],
      downPayment,
      firstPaymentWithinDays: form['policy.firstPaymentWithinDays'],
      maxSettlementDiscountPercent: form['policy.maxSettlementDiscountPercent'],
      feesWaivable: form['policy.feesWaivable'],
      rollWeekends: form['policy.rollWeekends'],
      holidays: form['policy.holidays'],
      closureDays: lines(form['policy.closureDays']),
    },
    tone: {
      onSave: form['tone.onSave'],
      blockCategories: form['tone.blockCategories'],
      flagPhrases: lines(form['tone.flagPhrases']),
      allowPhrases: lines(form['tone.allowPhrases']),
      feedback: form['tone.feedback'],
      feedbackIncludeDraft: form['tone.feedbackIncludeDraft'],
    },
    contact: {
      contactHours: {
        start: form['contact.contactHours.start'],
        end: form['contact.contactHours.end'],
      },
      defaultTimeZone: form['contact.defaultTimeZone'],
      defaultLocale: form['contact.defaultLocale'],
    },
    fields: {
      balance: form['fields.balance'],
      currency: form['fields.currency'],
      dueDate: form['fields.dueDate'],
      flags: form['fields.flags'],
    },
    outreach: {
      companyName: form['outreach.companyName'],
      paymentLink: form['outreach.paymentLink'],
    },
  };
}

// Errors on a whole group land on the control that holds it.
const shownOn: Partial<Record<SettingsField, SettingsField>> = {
  'contact.contactHours': 'contact.contactHours.end',
};

/** The messages to show next to each control, by field; `settings` holds page-wide ones. */
export function messagesByField(errors: readonly SettingsError[]): Map<SettingsField, string[]> {
  const byField = new Map<SettingsField, string[]>();
  const add = (field: SettingsField, message: string) => {
    const messages = byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  };
  for (const error of errors) add(shownOn[error.field] ?? error.field, error.message);
  return byField;
}
