/**
 * The names of every setting an admin can get wrong, as dotted paths into `TactfulSettings`.
 * Errors and "needs attention" items point at these, and forms map them to their inputs.
 */
import { flagKinds, type FlagKind } from '../history/flag-kinds';
import { isOneOf } from '../vocabulary/one-of';

const flagFields = flagKinds.map((kind) => `fields.flags.${kind}` as const);

/** Every field path, in the order a settings form shows them. `settings` is the whole object. */
export const settingsFields = [
  'settings',
  'policy.minInstalment',
  'policy.currency',
  'policy.maxTermMonths',
  'policy.frequencies',
  'policy.downPayment',
  'policy.downPayment.amount',
  'policy.downPayment.percent',
  'policy.firstPaymentWithinDays',
  'policy.maxSettlementDiscountPercent',
  'policy.feesWaivable',
  'policy.rollWeekends',
  'policy.holidays',
  'policy.closureDays',
  'tone.onSave',
  'tone.blockCategories',
  'tone.flagPhrases',
  'tone.allowPhrases',
  'tone.feedback',
  'tone.feedbackIncludeDraft',
  'contact.contactHours',
  'contact.contactHours.start',
  'contact.contactHours.end',
  'contact.defaultTimeZone',
  'contact.defaultLocale',
  'fields.balance',
  'fields.currency',
  'fields.dueDate',
  ...flagFields,
  'outreach.companyName',
  'outreach.paymentLink',
  // The outcomes page's settings (shared/outcomes/settings.ts), kept beside these in the store.
  'outcomes.recordToneEvents',
  'outcomes.retentionMonths',
  'outcomes.viewerTeamIds',
  'outcomes.viewerTeamsSeeEveryAgent',
] as const;
export type SettingsField = (typeof settingsFields)[number];

/** True when `path` names a known settings field. */
export const isSettingsField = isOneOf(settingsFields);

/** The field that holds a flag's host field key. */
export const flagField = (kind: FlagKind): SettingsField => `fields.flags.${kind}`;
