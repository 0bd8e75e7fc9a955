/**
 * The contact properties Tactful keeps in HubSpot (balance, currency, due date, and each flag's date,
 * source and reason) and their creation on install when missing. HubSpot holds the data; we hold none.
 */
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { flagKinds, flagSources, type FlagKind } from '../../contract';
import type { BackendError } from '../errors';
import type { HubSpotCaller } from './hubspotCaller';

/** The property group our properties live in. */
export const propertyGroup = {
  name: 'tactful_collections',
  label: 'Tactful collections',
  displayOrder: -1,
};

/** Names of the balance properties. */
export const balanceProperties = {
  balance: 'tactful_balance',
  currency: 'tactful_currency',
  due: 'tactful_due_date',
} as const;

/** Name of one field of a flag, e.g. `tactful_flag_do_not_call_since`. */
export function flagProperty(kind: FlagKind, field: 'since' | 'source' | 'reason'): string {
  return `tactful_flag_${kind.replaceAll('-', '_')}_${field}`;
}

/** Every property name the collections read asks HubSpot for. */
export const collectionsPropertyNames: string[] = [
  ...Object.values(balanceProperties),
  'hs_timezone',
  'hs_language',
  ...flagKinds.flatMap((kind) => [
    flagProperty(kind, 'since'),
    flagProperty(kind, 'source'),
    flagProperty(kind, 'reason'),
  ]),
];

const label = (kind: FlagKind) => kind.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase());

/** The property definitions HubSpot's properties API takes. */
export function collectionsPropertyDefinitions(): Array<Record<string, unknown>> {
  const groupName = propertyGroup.name;
  return [
    {
      name: balanceProperties.balance,
      label: 'Balance outstanding',
      type: 'number',
      fieldType: 'number',
      groupName,
    },
    {
      name: balanceProperties.currency,
      label: 'Balance currency (ISO 4217)',
      type: 'string',
      fieldType: 'text',
      groupName,
    },
    {
      name: balanceProperties.due,
      label: 'Balance due date',
      type: 'date',
      fieldType: 'date',
      groupName,
    },
    ...flagKinds.flatMap((kind) => [
      {
        name: flagProperty(kind, 'since'),
        label: `${label(kind)}: since`,
        type: 'date',
        fieldType: 'date',
        groupName,
      },
      {
        name: flagProperty(kind, 'source'),
        label: `${label(kind)}: raised by`,
        type: 'enumeration',
        fieldType: 'select',
        groupName,
        options: flagSources.map((source, displayOrder) => ({
          label: source,
          value: source,
          displayOrder,
        })),
      },
      {
        name: flagProperty(kind, 'reason'),
        label: `${label(kind)}: reason`,
        type: 'string',
        fieldType: 'textarea',
        groupName,
      },
    ]),
  ];
}

const anything = z.unknown();
const propertyList = z.object({ results: z.array(z.object({ name: z.string() }).loose()) });

/** Creates the property group and any missing property; a no-op when all exist. */
export async function ensureCollectionsProperties(
  hubspot: HubSpotCaller,
): Promise<Result<{ created: number }, BackendError>> {
  const group = await hubspot.call(
    {
      method: 'GET',
      path: `/crm/v3/properties/contacts/groups/${propertyGroup.name}`,
      repeatable: true,
      operation: 'property-group.read',
    },
    anything,
  );
  if (!group.ok && group.error.code !== 'not-found') return group;
  if (!group.ok) {
    const created = await hubspot.call(
      {
        method: 'POST',
        path: '/crm/v3/properties/contacts/groups',
        body: propertyGroup,
        repeatable: false,
        operation: 'property-group.create',
      },
      anything,
    );
    if (!created.ok) return created;
  }
  const existing = await hubspot.call(
    {
      method: 'GET',
      path: '/crm/v3/properties/contacts',
      repeatable: true,
      operation: 'properties.list',
    },
    propertyList,
  );
  if (!existing.ok) return existing;
  const names = new Set(existing.value.results.map((p) => p.name));
  const missing = collectionsPropertyDefinitions().filter(
    (definition) => !names.has(String(definition.name)),
  );
  if (missing.length === 0) return ok({ created: 0 });
  const created = await hubspot.call(
    {
      method: 'POST',
      path: '/crm/v3/properties/contacts/batch/create',
      body: { inputs: missing },
      repeatable: true,
      operation: 'properties.create',
    },
    anything,
  );
  return created.ok ? ok({ created: missing.length }) : err(created.error);
}
