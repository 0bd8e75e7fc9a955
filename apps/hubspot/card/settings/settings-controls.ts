/**
 * The settings page's layout as data: its sections in order, and for each setting the control
 * that edits it. Labels come from the vocabulary (`settingsFieldLabel`), names are the field paths
 * and options are the settings' own lists, so adding a setting is one row here.
 */
import {
  blockableToneCategories,
  planFrequencies,
  type SettingsField,
} from '../../../../shared/settings';
import { flagKinds, type FlagKind } from '../../../../shared/history/flag-kinds';
import type { MessageKey } from '../../../../shared/i18n/messages/en';
import type { FieldsHolding, SettingsForm } from './settings-form';

/** A choice and the catalog key of its label. */
export interface Option {
  value: string;
  label: MessageKey;
}

/** Shown only while the form says so (the down payment's amount or percent). */
type ShownWhen = (form: SettingsForm) => boolean;

/** One control: its kind, the field it edits, and the hint under it (if any). */
export type Control =
  | {
      kind: 'text';
      field: FieldsHolding<string>;
      hint?: MessageKey;
      rows?: number;
      shownWhen?: ShownWhen;
    }
  | {
      kind: 'number';
      field: FieldsHolding<number | undefined>;
      hint?: MessageKey;
      shownWhen?: ShownWhen;
    }
  | { kind: 'toggle'; field: FieldsHolding<boolean>; hint?: MessageKey }
  | { kind: 'choice'; field: FieldsHolding<string>; options: readonly Option[] }
  | { kind: 'choices'; field: FieldsHolding<string[]>; options: readonly Option[] }
  | { kind: 'flag'; flag: FlagKind };

/** The page's sections; `tone` ends with the feedback export. */
export type SectionId = 'plans' | 'tone' | 'contact' | 'outreach' | 'properties' | 'outcomes';

const choices = <Value extends string>(
  values: readonly Value[],
  label: (value: Value) => MessageKey,
): Option[] => values.map((value) => ({ value, label: label(value) }));

const downPaymentIs = (kind: string) => (form: SettingsForm) => form['policy.downPayment'] === kind;

export const settingsSections: readonly { id: SectionId; controls: readonly Control[] }[] = [
  {
    id: 'plans',
    controls: [
      { kind: 'text', field: 'policy.minInstalment', hint: 'settingsPage.hint.minInstalment' },
      { kind: 'text', field: 'policy.currency', hint: 'settingsPage.hint.currency' },
      { kind: 'number', field: 'policy.maxTermMonths' },
      {
        kind: 'choices',
        field: 'policy.frequencies',
        options: choices(planFrequencies, (value) => `settingsPage.frequency.${value}`),
      },
      {
        kind: 'choice',
        field: 'policy.downPayment',
        options: choices(
          ['none', 'amount', 'percent'],
          (value) => `settingsPage.downPayment.${value}`,
        ),
      },
      { kind: 'text', field: 'policy.downPayment.amount', shownWhen: downPaymentIs('amount') },
      { kind: 'number', field: 'policy.downPayment.percent', shownWhen: downPaymentIs('percent') },
      { kind: 'number', field: 'policy.firstPaymentWithinDays' },
      { kind: 'number', field: 'policy.maxSettlementDiscountPercent' },
      { kind: 'toggle', field: 'policy.feesWaivable' },
      { kind: 'text', field: 'policy.holidays', hint: 'settingsPage.hint.holidays' },
      { kind: 'text', field: 'policy.closureDays', hint: 'settingsPage.hint.closureDays', rows: 3 },
      { kind: 'toggle', field: 'policy.rollWeekends' },
    ],
  },
  {
    id: 'tone',
    controls: [
      {
        kind: 'choice',
        field: 'tone.onSave',
        options: choices(['block', 'warn'], (value) => `settingsPage.onSave.${value}`),
      },
      {
        kind: 'choices',
        field: 'tone.blockCategories',
        options: choices(blockableToneCategories, (value) => `settings.category.${value}`),
      },
      { kind: 'text', field: 'tone.flagPhrases', hint: 'settingsPage.hint.flagPhrases', rows: 4 },
      { kind: 'text', field: 'tone.allowPhrases', hint: 'settingsPage.hint.allowPhrases', rows: 4 },
      { kind: 'toggle', field: 'tone.feedback', hint: 'settingsPage.hint.feedback' },
      {
        kind: 'toggle',
        field: 'tone.feedbackIncludeDraft',
        hint: 'settingsPage.hint.feedbackIncludeDraft',
      },
    ],
  },
  {
    id: 'contact',
    controls: [
      { kind: 'text', field: 'contact.contactHours.start', hint: 'settingsPage.hint.contactStart' },
      { kind: 'text', field: 'contact.contactHours.end', hint: 'settingsPage.hint.contactEnd' },
      { kind: 'text', field: 'contact.defaultTimeZone', hint: 'settingsPage.hint.defaultTimeZone' },
      {
        kind: 'choice',
        field: 'contact.defaultLocale',
        options: choices(['en', 'es'], (value) => `settingsPage.locale.${value}`),
      },
    ],
  },
  {
    id: 'outreach',
    controls: [
      { kind: 'text', field: 'outreach.companyName', hint: 'settingsPage.hint.companyName' },
      { kind: 'text', field: 'outreach.paymentLink', hint: 'settingsPage.hint.paymentLink' },
    ],
  },
  {
    id: 'properties',
    controls: [
      { kind: 'text', field: 'fields.balance' },
      { kind: 'text', field: 'fields.currency' },
      { kind: 'text', field: 'fields.dueDate' },
      ...flagKinds.map((flag) => ({ kind: 'flag', flag }) as const),
    ],
  },
  {
    id: 'outcomes',
    controls: [
      {
        kind: 'toggle',
        field: 'outcomes.recordToneEvents',
        hint: 'settingsPage.hint.recordToneEvents',
      },
      {
        kind: 'number',
        field: 'outcomes.retentionMonths',
        hint: 'settingsPage.hint.retentionMonths',
      },
      { kind: 'text', field: 'outcomes.viewerTeamIds', hint: 'settingsPage.hint.viewerTeamIds' },
      { kind: 'toggle', field: 'outcomes.viewerTeamsSeeEveryAgent' },
    ],
  },
];

/** The field a control's messages and label belong to. */
export const controlField = (control: Control): SettingsField =>
  control.kind === 'flag' ? `fields.flags.${control.flag}` : control.field;
