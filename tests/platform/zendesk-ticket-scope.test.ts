// Where a plan, promise or tone day written from the ticket sidebar belongs, for the outcomes page's
// brand and team filters (issue 17). Source:
//   SIDEBAR = https://developer.zendesk.com/api-reference/apps/apps-support-api/ticket_sidebar/
//     (the Ticket object: `ticket.brand` is a Brand object with an `id`; `ticket.assignee` is an
//     object with the assigned `user` and `group`; its change events include
//     `ticket.assignee.group.id.changed` and `ticket.brand.changed`, so the group is read at the
//     moment of writing, not remembered from the sidebar's first paint).
// Unverified: that `ticket.assignee.group` is null (rather than absent) on an unassigned ticket;
// the adapter takes either.
// The adapter (apps/zendesk/host/ticket-scope.ts) must read those shapes, ids as text, and the mock
// ticket page (mocks/zendesk/ticket-model.ts) must answer `ticket.assignee` in the same shape.
import { describe, expect, it } from '@jest/globals';
import { readTicketScope } from '../../apps/zendesk/host/ticket-scope';
import { createFakeZafClient, type FakeZafClient } from '../../mocks/zendesk/zaf-client';

/** A client whose `get` answers as SIDEBAR documents, whatever the mock model holds. */
function documentedClient(values: Record<string, unknown>): FakeZafClient {
  const client = createFakeZafClient();
  client.get = async (paths: string | string[]) => {
    const reply: Record<string, unknown> = { errors: {} };
    for (const path of Array.isArray(paths) ? paths : [paths]) reply[path] = values[path];
    return reply;
  };
  return client;
}

describe('the ticket’s brand and assigned group (SIDEBAR)', () => {
  it('reads the Brand object’s id and the assignee’s group id, as text', async () => {
    const client = documentedClient({
      'ticket.brand': { id: 360002, name: 'Acme Cards', url: 'https://acme.zendesk.com' },
      'ticket.assignee': {
        user: { id: 7, name: 'Ana' },
        group: { id: 20002, name: 'Recoveries' },
      },
    });
    expect(await readTicketScope(client)).toEqual({
      ok: true,
      value: { brand: '360002', group: '20002' },
    });
  });

  it('reads no group while the ticket is unassigned', async () => {
    const client = documentedClient({
      'ticket.brand': { id: 360001, name: 'Acme Collections' },
      'ticket.assignee': { user: null, group: null },
    });
    expect(await readTicketScope(client)).toEqual({ ok: true, value: { brand: '360001' } });
  });

  it('is what the mock ticket page answers', async () => {
    const client = createFakeZafClient({
      ticket: {
        brand: { id: 360002, name: 'Acme Cards' },
        assignee: { user: { id: 7, name: 'Ana' }, group: { id: 20002, name: 'Recoveries' } },
      },
    });
    expect(await client.get(['ticket.assignee'])).toMatchObject({
      'ticket.assignee': { user: { id: 7 }, group: { id: 20002, name: 'Recoveries' } },
    });
    expect(await readTicketScope(client)).toEqual({
      ok: true,
      value: { brand: '360002', group: '20002' },
    });
  });
});
