/**
 * The installation settings the shell needs (field mapping and defaults), read leniently from the
 * app's metadata under the parameter names of zendesk-parameters.ts. Full validation
 * (`settingsFromZendeskParameters`) and the "settings need attention" state come with issue 10.
 */
import type { ZafMetadata } from './zaf-client';

/** Where a mapped value lives: a user field by key, or a ticket custom field by id (`ticket:123`). */
export type FieldRef = { source: 'user'; key: string } | { source: 'ticket'; id: number };

/**
 * The fields that hold the customer's balance, currency and due date. Contact flags are read by the
 * history adapter (host/history), keyed by flag kind.
 */
export interface FieldMapping {
  balance?: FieldRef;
  currency?: FieldRef;
  dueDate?: FieldRef;
}

/** The settings the sidebar shell reads; `raw` keeps every saved value for panels that need more. */
export interface ShellSettings {
  fields: FieldMapping;
  /** ISO 4217 code used when the currency field is empty (the policy currency), if set. */
  defaultCurrency?: string;
  defaultTimeZone?: string;
  defaultLocale?: string;
  raw: ZafMetadata['settings'];
}

/** A field reference from a setting value: `ticket:<id>` for ticket fields, else a user field key. */
export function parseFieldRef(value: unknown): FieldRef | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const ticket = /^ticket:(\d+)$/.exec(text);
  if (ticket?.[1]) return { source: 'ticket', id: Number(ticket[1]) };
  return { source: 'user', key: text };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The shell's settings from the installation's saved settings (blank values count as unset). */
export function readShellSettings(settings: ZafMetadata['settings']): ShellSettings {
  const fields: FieldMapping = {};
  const mapping: [keyof FieldMapping, string][] = [
    ['balance', 'field_balance'],
    ['currency', 'field_currency'],
    ['dueDate', 'field_due_date'],
  ];
  for (const [field, setting] of mapping) {
    const ref = parseFieldRef(settings[setting]);
    if (ref) fields[field] = ref;
  }
  const result: ShellSettings = { fields, raw: settings };
  const currency = text(settings['policy_currency']);
  if (currency) result.defaultCurrency = currency.toUpperCase();
  const timeZone = text(settings['default_time_zone']);
  if (timeZone) result.defaultTimeZone = timeZone;
  const locale = text(settings['default_locale']);
  if (locale) result.defaultLocale = locale;
  return result;
}
