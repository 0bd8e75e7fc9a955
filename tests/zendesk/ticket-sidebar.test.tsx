import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { zendeskApiPattern } from '../../mocks/zendesk';
import { en } from '../../shared/i18n/messages/en';
import { es } from '../../shared/i18n/messages/es';
import { lazyChunk, renderSidebar, requester } from './render-sidebar';

const userUrl = `${zendeskApiPattern}/users/:id.json`;

describe('ticket sidebar: the customer panel', () => {
  it('shows the requester, their local time zone and the balance with days past due', async () => {
    renderSidebar();
    expect(await screen.findByRole('heading', { name: 'Maria Gonzalez' })).toBeInTheDocument();
    expect(screen.getByText('maria.gonzalez@example.com')).toBeInTheDocument();
    expect(screen.getByText(/America\/Chicago/)).toBeInTheDocument();
    expect(screen.getByText('$1,250.00')).toBeInTheDocument();
    expect(screen.getByText(/Due Oct 15, 2026/)).toBeInTheDocument();
    expect(screen.getByText('41 days past due')).toBeInTheDocument();
  });

  it('formats yen without decimals, counting days in Tokyo', async () => {
    renderSidebar((world) => ({ ticket: { requester: requester(world, 9004) } }));
    expect(await screen.findByText('¥120,000')).toBeInTheDocument();
    // 15:00 UTC on 25 Nov is already midnight of 26 Nov in Tokyo: 16 days after 10 Nov.
    expect(screen.getByText('16 days past due')).toBeInTheDocument();
  });

  it('speaks Spanish to a Spanish-speaking agent', async () => {
    renderSidebar((world) => ({
      ticket: { requester: requester(world, 9003) },
      currentUser: { locale: 'es' },
    }));
    expect(await screen.findByRole('heading', { name: 'Lucía Fernández' })).toBeInTheDocument();
    expect(screen.getByText('2890,75 €')).toBeInTheDocument();
    expect(screen.getByText('85 días de atraso')).toBeInTheDocument();
    // Once the contact history (guards and nudge) is in, no English sentence of the catalog shows.
    expect(await screen.findByText('Siguiente paso sugerido')).toBeInTheDocument();
    const englishOnly = Object.entries(en)
      .filter(([key, words]) => es[key as keyof typeof es] !== words && words.length >= 12)
      .map(([, words]) => words.split('{')[0] ?? '')
      .filter((start) => start.trim().length >= 12);
    const shown = document.body.textContent ?? '';
    expect(englishOnly.filter((start) => shown.includes(start))).toEqual([]);
  });

  it('counts the due date from the customer’s own calendar day', async () => {
    // Carlos is due 25 Nov; at 15:00 UTC it is still 25 Nov in Mexico City.
    renderSidebar((world) => ({ ticket: { requester: requester(world, 9005) } }));
    expect(await screen.findByText('Due today')).toBeInTheDocument();
  });

  it('shows the empty state when the customer has no balance', async () => {
    renderSidebar((world) => ({ ticket: { requester: requester(world, 9006) } }));
    expect(await screen.findByRole('heading', { name: 'Emily Chen' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'No balance on this customer yet; map the balance fields in the app settings.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the empty state when the balance fields are not mapped', async () => {
    renderSidebar(() => ({ settings: { field_balance: '', field_currency: '' } }));
    expect(await screen.findByRole('heading', { name: 'Maria Gonzalez' })).toBeInTheDocument();
    expect(screen.getByText(/No balance on this customer yet/)).toBeInTheDocument();
  });

  it('reads the balance from ticket fields when the admin mapped them', async () => {
    renderSidebar(() => ({
      ticket: { customFields: { 360001: '75.50', 360002: 'GBP', 360003: '2026-12-01' } },
      settings: {
        field_balance: 'ticket:360001',
        field_currency: 'ticket:360002',
        field_due_date: 'ticket:360003',
      },
    }));
    expect(await screen.findByText('£75.50')).toBeInTheDocument();
    expect(screen.getByText('Due in 6 days')).toBeInTheDocument();
  });

  it('says which field value is unusable instead of showing a wrong number', async () => {
    renderSidebar((world) => {
      const user = world.users.get(9001);
      if (user) user.user_fields['tactful_balance'] = '1,250';
      return {};
    });
    // The history panel reads the same user and says the same (each panel has its own Retry).
    const [message] = await screen.findAllByText(
      'The balance field holds "1,250", which is not an amount in USD.',
    );
    expect(message).toBeInTheDocument();
  });

  it('says when the ticket has no requester yet, without calling the API', async () => {
    const { world } = renderSidebar(() => ({ ticket: { requester: null } }));
    const [message] = await screen.findAllByText('This ticket has no requester yet.');
    expect(message).toBeInTheDocument();
    expect(world.requests).toEqual([]);
  });

  it('shows a reply that is not JSON as a clear error with its own Retry', async () => {
    // Broken replies to the opening read (sent at registration, its failure never shown) and to
    // the customer panel's read. The history panel starts after the tone panel's first check
    // (issue 16), once that read has failed, and reads again: it shows the customer's history.
    const broken = () =>
      http.get(userUrl, () => HttpResponse.text('<html>Bad gateway page</html>'), { once: true });
    renderSidebar(undefined, [broken(), broken()]);
    const history = await screen.findByRole('region', { name: 'Contact history' }, lazyChunk);
    const message = await screen.findByText('Zendesk returned something we did not understand.');
    const customerAlert = message.closest('[role="alert"]');
    if (!(customerAlert instanceof HTMLElement)) throw new Error('No customer panel alert');
    expect(history.contains(customerAlert)).toBe(false);
    expect(
      await within(history).findByRole('region', { name: 'May we contact them now?' }, lazyChunk),
    ).toBeInTheDocument();
    expect(within(history).queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(within(customerAlert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('$1,250.00')).toBeInTheDocument();
  });

  it('turns a reply of the wrong shape into a clear error, not a crash', async () => {
    renderSidebar(undefined, [http.get(userUrl, () => HttpResponse.json({ user: { id: 9001 } }))]);
    const [message] = await screen.findAllByText(
      'Zendesk returned something we did not understand.',
    );
    expect(message).toBeInTheDocument();
    expect(screen.queryByText('$1,250.00')).not.toBeInTheDocument();
  });

  it('waits as long as Retry-After says on 429, then shows the customer', async () => {
    const tooMany = () =>
      http.get(
        userUrl,
        ({ request }) => {
          world.requests.push(`GET ${new URL(request.url).pathname} (429)`);
          return HttpResponse.json(
            { error: 'TooManyRequests' },
            { status: 429, headers: { 'Retry-After': '7' } },
          );
        },
        { once: true },
      );
    const { sleeps, world } = renderSidebar(undefined, [tooMany(), tooMany()]);
    expect(await screen.findByText('$1,250.00')).toBeInTheDocument();
    await screen.findByRole('region', { name: 'May we contact them now?' }, lazyChunk);
    // The opening read got the first 429 (never shown, so not served to any panel); the customer
    // panel's read got the second and waited the 7 s it asked for. The history panel starts after
    // the tone panel's first check (issue 16), when the customer's read is over, so it reads on its
    // own (a success primed at the opening would have served it: primed-gets.ts).
    expect(sleeps).toEqual([7000]);
    const userReads = world.requests.filter((request) => request.includes('/users/9001.json'));
    expect(userReads).toEqual([
      'GET /api/v2/users/9001.json (429)',
      'GET /api/v2/users/9001.json (429)',
      'GET /api/v2/users/9001.json',
      'GET /api/v2/users/9001.json',
    ]);
  });

  it('asks the agent to retry when Zendesk keeps failing', async () => {
    const { sleeps } = renderSidebar(undefined, [
      http.get(userUrl, () => HttpResponse.json({}, { status: 503 })),
    ]);
    const [message] = await screen.findAllByText(
      'Zendesk had a problem answering. Try again in a moment.',
    );
    expect(message).toBeInTheDocument();
    // Three bounded retries, each panel waiting out its own backoff (customer and history).
    await waitFor(() => expect(sleeps.length).toBe(6));
  });

  it('resizes the iframe to its content', async () => {
    const { client } = renderSidebar();
    await screen.findByText('$1,250.00');
    await waitFor(() =>
      expect(client.model.invocations.some((call) => call.name === 'resize')).toBe(true),
    );
  });
});
