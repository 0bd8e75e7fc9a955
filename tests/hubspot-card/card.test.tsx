// The HubSpot card on a contact record, rendered with HubSpot's own test renderer: contact
// properties come from mock SDK actions, the backend's replies from msw.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  DescriptionListItem,
  EmptyState,
  ErrorState,
  Heading,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { delay, http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import {
  contactProperties,
  createMockActions,
  createMockContext,
  createTestServices,
  collectionsHandler,
  emptyPortalHandlers,
  collectionsReply,
  testBackendUrl,
  type TestServicesOptions,
  patiently,
} from './factories';

function renderCard(options: TestServicesOptions = {}) {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<Card services={createTestServices(options)} />);
  return renderer;
}

/** The card for a contact with these properties (and the backend's collections reply). */
function renderContact(
  properties: Record<string, string | null>,
  options: TestServicesOptions = {},
) {
  server.use(collectionsHandler());
  return renderCard({ ...options, properties: contactProperties(properties) });
}

describe('HubSpot card on a contact', () => {
  beforeEach(() => server.use(...emptyPortalHandlers()));

  it('heads each section: the customer, then tone, plans and history', async () => {
    const renderer = renderCard();
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Heading, 'customer-name').text).toBe('Maria Lopez'),
      patiently,
    );
    const headings = renderer.findAll(Heading).map((heading) => heading.text);
    expect(
      headings.filter((text) => /^(Tone check|Payment plans|Contact history)$/.test(text ?? '')),
    ).toEqual(['Tone check', 'Payment plans', 'Contact history']);
  });

  it('shows who the customer is and what they owe, formatted for the agent', async () => {
    server.use(collectionsHandler());
    const { waitFor, find, findByTestId } = renderCard();

    await waitFor(() => expect(find(Heading).text).toBe('Maria Lopez'), patiently);
    expect(findByTestId(Text, 'customer-email').text).toBe('maria.lopez@example.com');
    expect(findByTestId(Text, 'balance-amount').text).toBe('$1,250.00');
    expect(findByTestId(Text, 'balance-due-date').text).toBe('Nov 1, 2026');
    // 25 November in Chicago, due 1 November: 24 calendar days late.
    expect(findByTestId(Tag, 'balance-due-status').text).toBe('24 days past due');
    await waitFor(
      () => expect(findByTestId(Text, 'invoices-none').text).toContain('No open'),
      patiently,
    );
  });

  it("formats the balance in the agent's locale and counts days in the customer's zone", async () => {
    const { waitFor, findByTestId } = renderContact(
      {
        tactful_balance: '99.5',
        tactful_currency: 'eur',
        tactful_due_date: '2026-11-26',
        hs_timezone: 'pacific_slash_auckland',
      },
      {
        context: createMockContext({ user: { locale: 'de-DE' } }),
      },
    );
    // 25 Nov 15:00 UTC is already 26 Nov in Auckland: due today there.
    await waitFor(
      () => expect(findByTestId(Text, 'balance-amount').text).toBe('99,50\u00a0€'),
      patiently,
    );
    expect(findByTestId(Tag, 'balance-due-status').text).toBe('Due today');
  });

  it('says clearly when no balance is set', async () => {
    const { waitFor, find } = renderContact({
      tactful_balance: null,
      tactful_currency: '',
      tactful_due_date: null,
    });
    await waitFor(() => expect(find(EmptyState).props.title).toBe('No balance set'), patiently);
    expect(find(Heading).text).toBe('Maria Lopez');
  });

  it('names the property when the balance cannot be read, instead of showing a wrong number', async () => {
    const { waitFor, find, maybeFindByTestId } = renderContact({ tactful_balance: '1,250.00' });
    await waitFor(
      () => expect(find(Alert).props.title).toBe('The balance could not be read'),
      patiently,
    );
    expect(find(Alert).text).toContain('tactful_balance "1,250.00"');
    expect(maybeFindByTestId(Text, 'balance-amount')).toBeNull();
  });

  it('flags an unknown currency as unreadable', async () => {
    const { waitFor, find } = renderContact({ tactful_currency: 'XYZ1' });
    await waitFor(() => expect(find(Alert).text).toContain('tactful_currency "XYZ1"'), patiently);
  });

  it('shows contact flags with their dates, under the property names the backend creates', async () => {
    const { waitFor, findByTestId } = renderContact({
      tactful_flag_do_not_call_since: '2026-10-02',
      tactful_flag_do_not_call_reason: 'Asked by email',
      // Portals hold the texting opt-out under its first name, do_not_text.
      tactful_flag_do_not_text_since: '2026-10-03',
    });
    await waitFor(
      () => expect(findByTestId(Tag, 'flag-do-not-call').text).toBe('Do not call'),
      patiently,
    );
    expect(findByTestId(Tag, 'flag-do-not-sms').text).toBe('Do not text');
  });

  it('updates in place when the balance is edited on the record', async () => {
    server.use(collectionsHandler());
    const properties = contactProperties();
    const actions = createMockActions(properties);
    const { waitFor, findByTestId } = renderCard({ actions });
    await waitFor(
      () => expect(findByTestId(Text, 'balance-amount').text).toBe('$1,250.00'),
      patiently,
    );

    properties['tactful_balance'] = '1000.00';
    const [watched, notify] = actions.onCrmPropertiesUpdate.mock.calls[0] ?? [];
    expect(watched).toContain('tactful_balance');
    notify?.({ tactful_balance: '1000.00' });
    await waitFor(
      () => expect(findByTestId(Text, 'balance-amount').text).toBe('$1,000.00'),
      patiently,
    );
  });

  it('shows an error with Retry when HubSpot gives back something that is not properties', async () => {
    server.use(collectionsHandler());
    let calls = 0;
    const actions = createMockActions(contactProperties(), () => {
      calls += 1;
      return Promise.resolve(calls === 1 ? ['not', 'properties'] : contactProperties());
    });
    const { waitFor, find, findByTestId } = renderCard({ actions });

    await waitFor(
      () => expect(find(ErrorState).props.title).toBe("This contact's details could not be read"),
      patiently,
    );
    findByTestId(Button, 'overview-retry').trigger('onClick');
    await waitFor(() => expect(find(Heading).text).toBe('Maria Lopez'), patiently);
  });

  it('shows an error when HubSpot cannot return the properties', async () => {
    server.use(collectionsHandler());
    const actions = createMockActions(contactProperties(), () =>
      Promise.reject(new Error('Request failed')),
    );
    const { waitFor, find } = renderCard({ actions });
    await waitFor(
      () => expect(find(ErrorState).props.title).toBe('Could not load this contact'),
      patiently,
    );
    expect(find(ErrorState).find(Text).text).toContain('Request failed');
  });
});

describe('HubSpot card: invoice balance from the backend', () => {
  it('shows the balance due on open invoices', async () => {
    server.use(
      collectionsHandler(
        collectionsReply({
          invoices: [
            { id: '901', balanceDue: { amount: '300.00', currency: 'USD' } },
            { id: '902', balanceDue: { amount: '10.25', currency: 'USD' } },
            { id: '903', balanceDue: { amount: '0.00', currency: 'USD' } },
          ],
        }),
      ),
    );
    const { waitFor, findByTestId } = renderCard();
    await waitFor(
      () => expect(findByTestId(Text, 'invoices-amount').text).toBe('$310.25'),
      patiently,
    );
    expect(findByTestId(DescriptionListItem, 'invoices-due').props.label).toBe(
      'Due on 2 open invoices',
    );
  });

  const apiError = (code: string, message = 'refused') => ({ error: { code, message } });
  it.each([
    [401, apiError('unauthorized'), 'Tactful is not connected'],
    [403, apiError('not-installed'), 'Tactful is not installed here'],
    [429, apiError('rate-limited'), 'HubSpot is busy'],
    [429, apiError('daily-limit-reached'), "Today's HubSpot API limit is used up"],
    [429, { policyName: 'DAILY' }, "Today's HubSpot API limit is used up"],
    [429, {}, 'HubSpot is busy'],
    [500, {}, 'Tactful had a problem'],
  ])('a %i reply (%j) shows "%s" and leaves the balance visible', async (status, body, title) => {
    server.use(collectionsHandler(body, { status }));
    const { waitFor, findByTestId } = renderCard();
    await waitFor(
      () => expect(findByTestId(ErrorState, 'invoices-error').props.title).toBe(title),
      patiently,
    );
    expect(findByTestId(Text, 'balance-amount').text).toBe('$1,250.00');
  });

  it('treats a reply of the wrong shape as unexpected, not as zero', async () => {
    server.use(collectionsHandler({ contactId: 51, invoices: 'none' }));
    const { waitFor, findByTestId } = renderCard();
    await waitFor(
      () => expect(findByTestId(ErrorState, 'invoices-error').props.title).toBe('Unexpected reply'),
      patiently,
    );
  });

  it('gives up on a backend that does not answer, then retries', async () => {
    let calls = 0;
    server.use(
      http.get(`${testBackendUrl}/api/contacts/:contactId/collections`, async () => {
        calls += 1;
        if (calls === 1) await delay('infinite');
        return HttpResponse.json(collectionsReply());
      }),
    );
    const { waitFor, findByTestId } = renderCard({ timeoutMs: 50 });
    await waitFor(
      () =>
        expect(findByTestId(ErrorState, 'invoices-error').props.title).toBe(
          'Tactful is taking too long',
        ),
      patiently,
    );
    findByTestId(Button, 'invoices-retry').trigger('onClick');
    await waitFor(
      () => expect(findByTestId(Text, 'invoices-none').text).toContain('No open'),
      patiently,
    );
  });
});
