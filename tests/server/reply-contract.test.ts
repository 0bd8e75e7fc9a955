// Every reply the card receives is checked against the contract (apps/hubspot/contract) on its way
// out. What HubSpot holds is not ours to choose: a value the contract cannot carry (a negative
// balance, a date past the year 9999, a call longer than any integer) is reported as unreadable or
// left out, so the card still gets its 200, never a 500.
import { describe, expect, it } from '@jest/globals';
import {
  apiErrorReplySchema,
  contactCollectionsSchema,
  engagementPageSchema,
} from '../../apps/hubspot/contract';
import { installedHarnessEachTest, type Harness } from './harness';

// A fresh, installed portal for each test.
let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

// 10000-01-01T00:00:00Z: a valid JavaScript date whose ISO form has a six-digit year.
const pastYear9999 = '253402300800000';

describe('replies that HubSpot data could push outside the contract', () => {
  it('reports collections values the contract cannot carry as unreadable', async () => {
    const contact = h.world.contacts.get('503');
    if (!contact) throw new Error('seed contact 503 missing');
    contact.properties.tactful_balance = '-50.00';
    contact.properties.tactful_due_date = pastYear9999;
    contact.properties.tactful_flag_breathing_space_since = pastYear9999;
    for (const invoice of h.world.objects.invoices.values()) {
      invoice.properties.hs_balance_due = '-5.00';
      invoice.properties.hs_due_date = pastYear9999;
    }
    const reply = await h.call('GET', '/api/contacts/503/collections');
    expect(reply.status).toBe(200);
    const collections = contactCollectionsSchema.parse(reply.body);
    expect(collections.balance).toBeUndefined();
    expect(collections.due).toBeUndefined();
    expect(collections.flags).toEqual([]);
    expect(collections.unreadable).toEqual(
      expect.arrayContaining([
        'tactful_balance',
        'tactful_due_date',
        'tactful_flag_breathing_space_since',
      ]),
    );
    for (const invoice of collections.invoices) {
      expect(invoice.balanceDue).toBeUndefined();
      expect(invoice.due).toBeUndefined();
    }
  });

  it('leaves out engagement values the contract cannot carry', async () => {
    for (const call of h.world.objects.calls.values())
      call.properties.hs_call_duration = '99999999999999999999';
    // Over the 8 KB read limit, with exactly 200 characters of text before the cut.
    for (const note of h.world.objects.notes.values())
      note.properties.hs_note_body = `${'a'.repeat(200)}${'<i></i>'.repeat(2000)}`;
    const linked = [...h.world.associations]
      .filter(
        ([, byType]) => (byType.get('calls') ?? []).length + (byType.get('notes') ?? []).length > 0,
      )
      .map(([contactId]) => contactId)
      .slice(0, 3);
    expect(linked.length).toBeGreaterThan(0);
    for (const contactId of linked) {
      const reply = await h.call('GET', `/api/contacts/${contactId}/engagements`, {
        query: { limit: '100' },
      });
      expect({ contactId, status: reply.status }).toEqual({ contactId, status: 200 });
      for (const engagement of engagementPageSchema.parse(reply.body).engagements)
        expect(engagement.durationMs).toBeUndefined();
    }
  });

  it('answers a time past the year 9999 like any time it cannot read: HubSpot’s reply, a 502', async () => {
    for (const call of h.world.objects.calls.values()) call.properties.hs_timestamp = pastYear9999;
    const withCalls = [...h.world.associations].find(
      ([, linked]) => (linked.get('calls') ?? []).length > 0,
    );
    if (!withCalls) throw new Error('no seed contact has calls');
    const reply = await h.call('GET', `/api/contacts/${withCalls[0]}/engagements`);
    expect(reply.status).toBe(502);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('hubspot-malformed-reply');
  });
});
