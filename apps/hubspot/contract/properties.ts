/**
 * The HubSpot contact properties Tactful reads and writes: the one place their names and labels are
 * spelled. The server creates the `tactful_*` ones on install (`collectionsPropertyDefinitions`),
 * reads and writes them; the card reads the same names through the SDK. Plain data and zod-free,
 * so the card, the server and the mock portal share it.
 */
import type { FlagKind } from '../../../shared/history/flag-kinds';
import { flagKinds, flagSources } from './index';

/** HubSpot's own contact properties Tactful reads. */
export const standardContactProperties = {
  firstName: 'firstname',
  lastName: 'lastname',
  email: 'email',
  /** Enumeration with values such as `america_slash_new_york`; may be empty. */
  timeZone: 'hs_timezone',
  /** Preferred language, e.g. `en`, `es`, `pt-br`; may be empty. */
  language: 'hs_language',
} as const;

/** The property group the app creates to hold its properties on contacts. */
export const propertyGroup = {
  name: 'tactful_collections',
  label: 'Tactful collections',
  displayOrder: -1,
} as const;

/** The balance properties the app creates (numbers are read as exact decimal strings). */
export const balanceProperties = {
  /** Outstanding balance as a decimal number in the currency's precision, e.g. 1250.00. */
  balance: 'tactful_balance',
  /** ISO 4217 code of the balance, e.g. USD. */
  currency: 'tactful_currency',
  /** Calendar date the balance fell (or falls) due, in the customer's time zone. */
  due: 'tactful_due_date',
} as const;

/**
 * Each flag kind's label and the stem of its three properties. The stems are names portals already
 * hold data under, so they never change: do-not-sms keeps `do_not_text`, its name before the flag
 * kinds were one vocabulary.
 */
export const flagProperties = {
  cease: { stem: 'tactful_flag_cease', label: 'Cease communication' },
  'do-not-call': { stem: 'tactful_flag_do_not_call', label: 'Do not call' },
  'do-not-email': { stem: 'tactful_flag_do_not_email', label: 'Do not email' },
  'do-not-sms': { stem: 'tactful_flag_do_not_text', label: 'Do not text' },
  dispute: { stem: 'tactful_flag_dispute', label: 'Dispute pending' },
  bankruptcy: { stem: 'tactful_flag_bankruptcy', label: 'Bankruptcy' },
  'breathing-space': { stem: 'tactful_flag_breathing_space', label: 'Breathing space' },
  deceased: { stem: 'tactful_flag_deceased', label: 'Deceased' },
  vulnerable: { stem: 'tactful_flag_vulnerable', label: 'Vulnerable' },
} as const satisfies Record<FlagKind, { stem: `tactful_flag_${string}`; label: string }>;

/** A flag kind as people read it: the card's words and the HubSpot property labels alike. */
export function flagLabel(kind: FlagKind): string {
  return flagProperties[kind].label;
}

/** A flag's three properties: the date it was set (empty: not set), who raised it, and why. */
export type FlagField = 'since' | 'source' | 'reason';

/** The property holding one field of a flag, e.g. `tactful_flag_do_not_call_since`. */
export function flagProperty(kind: FlagKind, field: FlagField): string {
  return `${flagProperties[kind].stem}_${field}`;
}

/** Every contact property Tactful reads, for the card's SDK read and the server's API read. */
export const collectionsPropertyNames: readonly string[] = [
  ...Object.values(standardContactProperties),
  ...Object.values(balanceProperties),
  ...flagKinds.flatMap((kind) =>
    (['since', 'source', 'reason'] as const).map((field) => flagProperty(kind, field)),
  ),
];

/** One property as HubSpot's properties API creates it. */
export interface PropertyDefinition {
  name: string;
  label: string;
  description: string;
  groupName: string;
  type: 'string' | 'number' | 'date' | 'enumeration';
  fieldType: 'text' | 'textarea' | 'number' | 'date' | 'select';
  options?: { label: string; value: string; displayOrder: number }[];
}

/** The `tactful_*` contact properties, as the server creates them when missing. */
export function collectionsPropertyDefinitions(): PropertyDefinition[] {
  const groupName = propertyGroup.name;
  return [
    {
      name: balanceProperties.balance,
      label: 'Balance outstanding',
      description: 'Amount the customer owes, in the currency below.',
      groupName,
      type: 'number',
      fieldType: 'number',
    },
    {
      name: balanceProperties.currency,
      label: 'Balance currency (ISO 4217)',
      description: 'ISO 4217 currency code of the outstanding balance, e.g. USD.',
      groupName,
      type: 'string',
      fieldType: 'text',
    },
    {
      name: balanceProperties.due,
      label: 'Balance due date',
      description: 'Date the outstanding balance fell due.',
      groupName,
      type: 'date',
      fieldType: 'date',
    },
    ...flagKinds.flatMap((kind): PropertyDefinition[] => {
      const label = flagProperties[kind].label;
      return [
        {
          name: flagProperty(kind, 'since'),
          label: `${label}: since`,
          description: `Date the "${label}" flag was set; empty when it is not set.`,
          groupName,
          type: 'date',
          fieldType: 'date',
        },
        {
          name: flagProperty(kind, 'source'),
          label: `${label}: raised by`,
          description: `Who raised the "${label}" flag: customer, agent, third-party or court.`,
          groupName,
          type: 'enumeration',
          fieldType: 'select',
          options: flagSources.map((source, displayOrder) => ({
            label: source,
            value: source,
            displayOrder,
          })),
        },
        {
          name: flagProperty(kind, 'reason'),
          label: `${label}: reason`,
          description: `Why the "${label}" flag was set, and on whose word.`,
          groupName,
          type: 'string',
          fieldType: 'textarea',
        },
      ];
    }),
  ];
}
