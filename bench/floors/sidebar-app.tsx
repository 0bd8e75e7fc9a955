/**
 * The sidebar floor: the least a Zendesk ticket sidebar doing Tactful's opening job can be. React and
 * Garden, the ZAF SDK's client, the requester's id from the host, the same two host API requests the
 * real sidebar makes on open (the requester, and the first page of their requested tickets, in
 * parallel through the ZAF proxy), then one card. No validation, no i18n, no error states: a floor,
 * not a product. Built by `buildFloorSidebar` with the real app's webpack configuration.
 */
import { createRoot } from 'react-dom/client';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { LG, MD, SM } from '@zendeskgarden/react-typography';

interface FloorCustomer {
  name: string;
  email: string;
  tickets: number;
}

/** One GET through the ZAF proxy, as the emulator (and Tactful) ask for it; the body as JSON. */
async function get(client: ZafSdkClient, url: string): Promise<Record<string, unknown>> {
  const reply = (await client.request({
    url,
    type: 'GET',
    httpCompleteResponse: true,
    autoRetry: false,
    cors: false,
  })) as { responseText: string };
  return JSON.parse(reply.responseText) as Record<string, unknown>;
}

function CustomerCard({ customer }: { customer: FloorCustomer }) {
  return (
    <section aria-label="Customer">
      <LG tag="h2" isBold>
        {customer.name}
      </LG>
      <SM>{customer.email}</SM>
      <Well isRecessed style={{ marginTop: 12, padding: 12 }}>
        <MD isBold>{customer.tickets} tickets</MD>
        <Tag>requester</Tag>
      </Well>
    </section>
  );
}

const container = document.getElementById('root');
const client = globalThis.ZAFClient?.init();
if (container && client) {
  const root = createRoot(container);
  void (async () => {
    const got = (await client.get('ticket.requester.id')) as Record<string, unknown>;
    const id = Number(got['ticket.requester.id']);
    const [user, tickets] = await Promise.all([
      get(client, `/api/v2/users/${id}.json`),
      // The real sidebar's first page of tickets; bench/sidebar.ts checks both ask for the same paths.
      get(client, `/api/v2/users/${id}/tickets/requested.json?sort=-updated_at&page[size]=25`),
    ]);
    const person = user['user'] as { name: string; email?: string };
    root.render(
      <ThemeProvider>
        <CustomerCard
          customer={{
            name: person.name,
            email: person.email ?? '',
            tickets: (tickets['tickets'] as unknown[]).length,
          }}
        />
      </ThemeProvider>,
    );
  })();
}
