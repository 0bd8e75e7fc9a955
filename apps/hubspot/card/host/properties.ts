/**
 * The HubSpot contact properties Tactful reads and writes: the ONE place their names are spelled.
 * The card reads them through the SDK; the backend (apps/hubspot/server) creates the `tactful_*`
 * ones on install from `tactfulPropertyDefinitions` and writes flags through them.
 * Plain data only (no SDK import), so the backend can import this file too.
 */
import { flagKinds, type FlagKind } from '../../contract';

/** HubSpot's own contact properties the card shows. */
export const standardContactProperties = {
  firstName: 'firstname',
  lastName: 'lastname',
  email: 'email',
  /** Enumeration with values such as `america_slash_new_york`; may be empty. */
  timeZone: 'hs_timezone',
  /** Preferred language, e.g. `en`, `es`, `pt-br`; may be empty. */
  language: 'hs_language',
} as const;

/** Balance properties the app creates on install (numbers are read as exact decimal strings). */
export const balanceProperties = {
  /** Outstanding balance as a decimal number in the currency's precision, e.g. 1250.00. */
  balance: 'tactful_balance',
  /** ISO 4217 code of the balance, e.g. USD. */
  currency: 'tactful_currency',
  /** Calendar date the balance fell (or falls) due, in the customer's time zone. */
  dueDate: 'tactful_due_date',
} as const;

// The flag kinds and sources are the backend contract's, so card, backend and properties agree.
export { flagKinds, flagSources, type FlagKind, type FlagSource } from '../../contract';

/** Property holding the date a flag was set (empty = flag not set), e.g. `tactful_flag_do_not_call`. */
export function flagSinceProperty(kind: FlagKind): `tactful_flag_${string}` {
  return `tactful_flag_${kind.replaceAll('-', '_')}`;
}

/** Property holding why (and on whose word) a flag was set, e.g. `tactful_flag_dispute_reason`. */
export function flagReasonProperty(kind: FlagKind): `tactful_flag_${string}_reason` {
  return `${flagSinceProperty(kind)}_reason`;
}

/** Property holding who raised a flag (one of `flagSources`), e.g. `tactful_flag_dispute_source`. */
export function flagSourceProperty(kind: FlagKind): `tactful_flag_${string}_source` {
  return `${flagSinceProperty(kind)}_source`;
}

/** Every property name the card asks HubSpot for when it opens on a contact. */
export const cardPropertyNames: readonly string[] = [
  ...Object.values(standardContactProperties),
  ...Object.values(balanceProperties),
  ...flagKinds.flatMap((kind) => [
    flagSinceProperty(kind),
    flagReasonProperty(kind),
    flagSourceProperty(kind),
  ]),
];

/** The property group the app creates to hold its properties on contacts. */
export const tactfulPropertyGroup = { name: 'tactful_collections', label: 'Collections (Tactful)' };

/** One property the backend creates on install (the shape of HubSpot's properties API input). */
export interface TactfulPropertyDefinition {
  name: string;
  label: string;
  description: string;
  groupName: string;
  type: 'string' | 'number' | 'date';
  fieldType: 'text' | 'textarea' | 'number' | 'date';
}

/** Flag kinds as people read them: the card's labels and the HubSpot property labels alike. */
export const flagLabels: Record<FlagKind, string> = {
  cease: 'Cease communication',
  'do-not-call': 'Do not call',
  'do-not-email': 'Do not email',
  'do-not-text': 'Do not text',
  dispute: 'Dispute pending',
  bankruptcy: 'Bankruptcy',
  'breathing-space': 'Breathing space',
  deceased: 'Deceased',
  vulnerable: 'Vulnerable',
};

/** The `tactful_*` contact properties, as the backend creates them when missing. */
export const tactfulPropertyDefinitions: readonly TactfulPropertyDefinition[] = [
  {
    name: balanceProperties.balance,
    label: 'Outstanding balance',
    description: 'Amount the customer owes, in the currency below.',
    groupName: tactfulPropertyGroup.name,
    type: 'number',
    fieldType: 'number',
  },
  {
    name: balanceProperties.currency,
    label: 'Balance currency',
    description: 'ISO 4217 currency code of the outstanding balance, e.g. USD.',
    groupName: tactfulPropertyGroup.name,
    type: 'string',
    fieldType: 'text',
  },
  {
    name: balanceProperties.dueDate,
    label: 'Balance due date',
    description: 'Date the outstanding balance fell due.',
    groupName: tactfulPropertyGroup.name,
    type: 'date',
    fieldType: 'date',
  },
  ...flagKinds.flatMap((kind): TactfulPropertyDefinition[] => [
    {
      name: flagSinceProperty(kind),
      label: `${flagLabels[kind]}: since`,
      description: `Date the "${flagLabels[kind]}" flag was set; empty when it is not set.`,
      groupName: tactfulPropertyGroup.name,
      type: 'date',
      fieldType: 'date',
    },
    {
      name: flagReasonProperty(kind),
      label: `${flagLabels[kind]}: reason`,
      description: `Why the "${flagLabels[kind]}" flag was set, and on whose word.`,
      groupName: tactfulPropertyGroup.name,
      type: 'string',
      fieldType: 'textarea',
    },
    {
      name: flagSourceProperty(kind),
      label: `${flagLabels[kind]}: raised by`,
      description: `Who raised the "${flagLabels[kind]}" flag: customer, agent, third-party or court.`,
      groupName: tactfulPropertyGroup.name,
      type: 'string',
      fieldType: 'text',
    },
  ]),
];
