/**
 * The settings page's form as plain data: what each control holds (text as typed, numbers as
 * entered, phrases one a line), to and from the shared settings model. Validation stays with
 * `validateSettings`; this only reshapes, so an admin's typo reaches the validator as typed.
 */
import {
  type SettingsError,
  type SettingsField,
  type TactfulSettings,
} from '../../../../shared/settings';
import type { FlagKind } from '../../../../shared/history/flag-kinds';
import type { PortalSettings } from './portal-settings';

/** What the controls hold. */
export interface SettingsForm {
  minInstalment: string;
  currency: string;
  maxTermMonths: number | undefined;
  frequencies: string[];
  downPaymentKind: string;
  downPaymentAmount: string;
  downPaymentPercent: number | undefined;
  firstPaymentWithinDays: number | undefined;
  maxSettlementDiscountPercent: number | undefined;
  feesWaivable: boolean;
  rollWeekends: boolean;
  /** 'US', 'GB-SCT' or empty (no page control yet: kept as stored). */
  holidays: string;
  /** One closure day a line (no page control yet: kept as stored). */
  closureDays: string;
  onSave: string;
  blockCategories: string[];
  /** One phrase a line. */
  flagPhrases: string;
  /** One phrase a line. */
  allowPhrases: string;
  feedback: boolean;
  feedbackIncludeDraft: boolean;
  contactStart: string;
  contactEnd: string;
  defaultTimeZone: string;
  defaultLocale: string;
  balanceField: string;
  currencyField: string;
  dueDateField: string;
  flagFields: Record<FlagKind, string>;
  companyName: string;
  paymentLink: string;
}

/** The form filled with stored settings. */
export function toSettingsForm({ settings }: PortalSettings): SettingsForm {
  const { policy, tone, contact, fields, outreach } = settings;
  const downPayment = policy.downPayment;
  return {
    minInstalment: policy.minInstalment,
    currency: policy.currency,
    maxTermMonths: policy.maxTermMonths,
    frequencies: [...policy.frequencies],
    downPaymentKind: downPayment.kind,
    downPaymentAmount: downPayment.kind === 'amount' ? downPayment.amount : '',
    downPaymentPercent: downPayment.kind === 'percent' ? downPayment.percent : undefined,
    firstPaymentWithinDays: policy.firstPaymentWithinDays,
    maxSettlementDiscountPercent: policy.maxSettlementDiscountPercent,
    feesWaivable: policy.feesWaivable,
    rollWeekends: policy.rollWeekends,
    holidays: policy.holidays,
    closureDays: policy.closureDays.join('\n'),
    onSave: tone.onSave,
    blockCategories: [...tone.blockCategories],
    flagPhrases: tone.flagPhrases.join('\n'),
    allowPhrases: tone.allowPhrases.join('\n'),
    feedback: tone.feedback,
    feedbackIncludeDraft: tone.feedbackIncludeDraft,
    contactStart: contact.contactHours.start,
    contactEnd: contact.contactHours.end,
    defaultTimeZone: contact.defaultTimeZone,
    defaultLocale: contact.defaultLocale,
    balanceField: fields.balance,
    currencyField: fields.currency,
    dueDateField: fields.dueDate,
    flagFields: { ...fields.flags },
    companyName: outreach.companyName,
    paymentLink: outreach.paymentLink,
  };
}

/** Phrases one a line, blank lines dropped (the validator trims and checks each). */
const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');

/** The form as input for `validateSettings` (in the model's shape, values as entered). */
export function fromSettingsForm(form: SettingsForm): Record<keyof TactfulSettings, unknown> {
  const downPayment =
    form.downPaymentKind === 'amount'
      ? { kind: 'amount', amount: form.downPaymentAmount }
      : form.downPaymentKind === 'percent'
        ? { kind: 'percent', percent: form.downPaymentPercent }
        : { kind: form.downPaymentKind };
  return {
    policy: {
      minInstalment: form.minInstalment,
      currency: form.currency,
      maxTermMonths: form.maxTermMonths,
      frequencies: form.frequencies,
      downPayment,
      firstPaymentWithinDays: form.firstPaymentWithinDays,
      maxSettlementDiscountPercent: form.maxSettlementDiscountPercent,
      feesWaivable: form.feesWaivable,
      rollWeekends: form.rollWeekends,
      holidays: form.holidays,
      closureDays: lines(form.closureDays),
    },
    tone: {
      onSave: form.onSave,
      blockCategories: form.blockCategories,
      flagPhrases: lines(form.flagPhrases),
      allowPhrases: lines(form.allowPhrases),
      feedback: form.feedback,
      feedbackIncludeDraft: form.feedbackIncludeDraft,
    },
    contact: {
      contactHours: { start: form.contactStart, end: form.contactEnd },
      defaultTimeZone: form.defaultTimeZone,
      defaultLocale: form.defaultLocale,
    },
    fields: {
      balance: form.balanceField,
      currency: form.currencyField,
      dueDate: form.dueDateField,
      flags: form.flagFields,
    },
    outreach: { companyName: form.companyName, paymentLink: form.paymentLink },
  };
}

/** Every field a control shows messages for. */
export type FormField = SettingsField;

// Errors on a whole group land on the control that holds it.
const shownOn: Partial<Record<SettingsField, SettingsField>> = {
  'contact.contactHours': 'contact.contactHours.end',
  'policy.downPayment': 'policy.downPayment',
};

/** The messages to show next to each control, by field; `settings` holds page-wide ones. */
export function messagesByField(errors: readonly SettingsError[]): Map<FormField, string[]> {
  const byField = new Map<FormField, string[]>();
  const add = (field: FormField, message: string) => {
    const messages = byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    byField.set(field, messages);
  };
  for (const error of errors) add(shownOn[error.field] ?? error.field, error.message);
  return byField;
}
