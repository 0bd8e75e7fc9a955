// An admin may install without the optional invoices scope (apps/hubspot/scopes.ts): the card must
// still work for that portal, showing no invoices. HubSpot answers 403 to a batch read of invoices
// without crm.objects.invoices.read (HubSpot/HubSpot-public-api-spec-collection,
// PublicApiSpecs/CRM/Invoices/Rollouts/424/v3/invoices.json), while listing a contact's invoice
// associations needs only crm.objects.contacts.read (…/CRM/Associations/Rollouts/130902/v4/associations.json).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { contactCollectionsSchema } from '../../apps/hubspot/contract';
import { optionalScopes, requiredScopes } from '../../apps/hubspot/scopes';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** A seeded contact with HubSpot invoices associated. */
async function contactWithInvoices(): Promise<string> {
  for (const [contactId, byType] of h.world.associations) {
    if ((byType.get('invoices') ?? []).length > 0) return contactId;
  }
  throw new Error('the seed has no contact with invoices');
}

describe('an install without the optional invoices scope', () => {
  it('shows the contact with no invoices instead of failing', async () => {
    h.world.grantedScopes = [...requiredScopes];
    expect((await h.install()).status).toBe(200);
    const contactId = await contactWithInvoices();
    const reply = await h.call('GET', `/api/contacts/${contactId}/collections`);
    expect(reply.status).toBe(200);
    expect(contactCollectionsSchema.parse(reply.body).invoices).toEqual([]);
  });

  it('shows the invoices when the scope is granted', async () => {
    h.world.grantedScopes = [...requiredScopes, ...optionalScopes];
    expect((await h.install()).status).toBe(200);
    const contactId = await contactWithInvoices();
    const reply = await h.call('GET', `/api/contacts/${contactId}/collections`);
    expect(contactCollectionsSchema.parse(reply.body).invoices.length).toBeGreaterThan(0);
  });
});

describe('an install without a required scope', () => {
  it('cannot create the Tactful properties without crm.schemas.contacts.write', async () => {
    h.world.grantedScopes = requiredScopes.filter(
      (scope) => scope !== 'crm.schemas.contacts.write',
    );
    const reply = await h.install();
    expect(reply.status).toBe(403);
  });
});
