/**
 * The contact properties Tactful keeps in HubSpot (balance, currency, due date, and each flag's date,
 * source and reason) and their creation on install when missing. HubSpot holds the data; we hold none.
 */
import { z } from 'zod';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { collectionsPropertyDefinitions, propertyGroup } from '../../contract/properties';
import type { BackendError } from '../errors';
import type { HubSpotCaller } from './hubspotCaller';

export {
  balanceProperties,
  collectionsPropertyNames,
  flagProperty,
} from '../../contract/properties';

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
