// The contact history panel beside a ticket: the requester's own Zendesk history (requested tickets,
// replies, notes), the summary, the contact guards in both time zones, the nudge, and flags set with
// a reason. msw plays Zendesk's REST API; the fake ZAF client plays the SDK.
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { customerCommentPageSize } from '../../apps/zendesk/host/customer-comments';
import { zendeskApiPattern } from '../../mocks/zendesk';
import { agentBrowserInNewYork, lazyChunk, renderSidebar, requester } from './render-sidebar';

const requestedUrl = `${zendeskApiPattern}/users/:id/tickets/requested.json`;

agentBrowserInNewYork();

async function historyPanel() {
  const panel = await screen.findByRole('region', { name: 'Contact history' }, lazyChunk);
  await within(panel).findByRole('region', { name: 'May we contact them now?' }, lazyChunk);
  return panel;
}

function guardLine(panel: HTMLElement, channel: 'Call' | 'Email' | 'SMS') {
  return within(within(panel).getByRole('region', { name: 'May we contact them now?' })).getByRole(
    'listitem',
    { name: channel },
  );
}

function summaryValue(panel: HTMLElement, label: string): string {
  const term = within(panel).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

describe('ticket sidebar: contact history', () => {
  it('summarises the requester’s Zendesk history: last touches, counts, days past due, stage', async () => {
    renderSidebar();
    const panel = await historyPanel();
    // Ticket 1 came in by email on 24 Nov at 14:00 UTC (9:00 AM in New York).
    expect(summaryValue(panel, 'Last from customer')).toBe('Tue, Nov 24, 9:00 AM · Email');
    expect(summaryValue(panel, 'Contacts, last 7 days')).toBe('1 (0 calls, 1 email)');
    // Ticket 1 plus the older tickets opened 20, 23, 26 and 29 days ago.
    expect(summaryValue(panel, 'Contacts, last 30 days')).toBe('5 (1 call, 3 emails, 1 other)');
    expect(summaryValue(panel, 'Days past due')).toBe('41');
    expect(summaryValue(panel, 'Stage')).toBe('31-60');
    // 9:00 in Chicago: every channel is open.
    expect(within(guardLine(panel, 'Call')).getByText('Allowed now')).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Suggested next step' })).toHaveTextContent(
      'Reach out early and warmly.',
    );
  });

  it('says "not now" in the customer’s quiet hours, with the next time in their zone and the agent’s', async () => {
    // 15:00 UTC is midnight in Tokyo.
    renderSidebar((world) => ({ ticket: { requester: requester(world, 9004) } }));
    const panel = await historyPanel();
    for (const channel of ['Call', 'Email', 'SMS'] as const) {
      const line = guardLine(panel, channel);
      expect(within(line).getByText('Not now')).toBeInTheDocument();
      expect(within(line).getByText("Outside the customer's contact hours.")).toBeInTheDocument();
      expect(line).toHaveTextContent(
        "Next allowed: Thu, Nov 26, 8:00 AM customer's time · Wed, Nov 25, 6:00 PM your time",
      );
    }
  });

  it('counts a voice ticket as a phone conversation: no call for 7 days, email still open', async () => {
    renderSidebar((world) => {
      const ticket = world.tickets.get(1);
      if (ticket) ticket.via = { channel: 'voice' };
      return {};
    });
    const panel = await historyPanel();
    const call = guardLine(panel, 'Call');
    expect(within(call).getByText('Not now')).toBeInTheDocument();
    expect(within(call).getByText('We spoke by phone in the last 7 days.')).toBeInTheDocument();
    expect(within(guardLine(panel, 'Email')).getByText('Allowed now')).toBeInTheDocument();
    expect(summaryValue(panel, 'Last conversation')).toBe('Tue, Nov 24, 9:00 AM · Call');
  });

  it('sets a flag with a reason: PUTs the user field and the log line, and the guard closes', async () => {
    const user = userEvent.setup();
    const { world } = renderSidebar();
    const panel = await historyPanel();
    expect(within(guardLine(panel, 'Call')).getByText('Allowed now')).toBeInTheDocument();

    const flags = within(panel).getByRole('region', { name: 'Contact flags' });
    // No flag is preselected: setting one is a deliberate choice.
    expect(within(flags).getByLabelText('Flag')).toHaveValue('');
    expect(within(flags).getByRole('option', { name: 'Choose a flag' })).toBeDisabled();
    // Pressing Set with nothing chosen says what is missing, and sends nothing.
    await user.click(within(flags).getByRole('button', { name: 'Set flag' }));
    expect(
      within(flags).getByText('Choose a flag', { selector: '[id]:not(option)' }),
    ).toBeVisible();
    await user.selectOptions(within(flags).getByLabelText('Flag'), 'do-not-call');
    await user.click(within(flags).getByRole('button', { name: 'Set flag' }));
    expect(await within(flags).findByText('Say why the flag changes.')).toBeInTheDocument();
    expect(world.requests.some((request) => request.startsWith('PUT'))).toBe(false);

    await user.type(within(flags).getByLabelText('Reason'), 'Asked by email not to be called');
    await user.click(within(flags).getByRole('button', { name: 'Set flag' }));
    expect(await within(flags).findByText('Flag set.')).toBeInTheDocument();
    // The reason was this change's; the next change needs its own.
    expect(within(flags).getByLabelText('Reason')).toHaveValue('');

    const fields = world.users.get(9001)?.user_fields ?? {};
    expect(fields['tactful_flag_do_not_call']).toBe(true);
    expect(fields['tactful_flag_log']).toBe(
      '2026-11-25T15:00:00.000Z | set | do-not-call | Alex Rivera | Asked by email not to be called | raised=customer',
    );
    expect(world.requests.filter((request) => request.startsWith('PUT'))).toEqual([
      'PUT /api/v2/users/9001.json',
    ]);
    const call = guardLine(panel, 'Call');
    expect(within(call).getByText('Not now')).toBeInTheDocument();
    expect(within(call).getByText('The customer asked not to be called.')).toBeInTheDocument();
    expect(within(call).getByText('Not until a flag is cleared.')).toBeInTheDocument();
    expect(within(guardLine(panel, 'Email')).getByText('Allowed now')).toBeInTheDocument();
    // Saved: the form starts over (shared/history/flag-form), the flag now reads as on.
    expect(within(flags).getByLabelText('Flag')).toHaveValue('');
    expect(within(flags).getByRole('option', { name: 'Do not call (on)' })).toBeInTheDocument();
    await user.selectOptions(within(flags).getByLabelText('Flag'), 'do-not-call');
    expect(within(flags).getByRole('button', { name: 'Clear flag' })).toBeInTheDocument();
  });

  it('reads a flag already set in Zendesk, with who set it and why from the log', async () => {
    renderSidebar((world) => {
      const user = world.users.get(9001);
      if (user) {
        user.user_fields['tactful_flag_dispute'] = true;
        user.user_fields['tactful_flag_log'] =
          '2026-11-20T10:00:00Z | set | dispute | Sam Lee | Disputes the October charge';
      }
      return {};
    });
    const panel = await historyPanel();
    const email = guardLine(panel, 'Email');
    expect(
      within(email).getByText('A dispute is pending: collection pauses until it is answered.'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('group', { name: 'Suggested next step' })).toHaveTextContent(
      'Do not contact.',
    );
  });

  it('loads older tickets only when the agent asks, one cursor page at a time', async () => {
    const user = userEvent.setup();
    const { world } = renderSidebar();
    const panel = await historyPanel();
    const timeline = within(panel).getByRole('list', { name: 'Timeline' });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(25);
    // One line a touch, as on the card: when (the agent's time), channel, direction.
    expect(within(timeline).getAllByRole('listitem')[0]).toHaveAccessibleName(
      'Tue, Nov 24, 9:00 AM · Email · from customer',
    );
    const pages = () => world.requests.filter((request) => request.includes('requested.json'));
    expect(pages()).toEqual([
      'GET /api/v2/users/9001/tickets/requested.json?sort=-updated_at&page[size]=25',
    ]);

    await user.click(within(panel).getByRole('button', { name: 'Load older tickets' }));
    await waitFor(() => expect(within(timeline).getAllByRole('listitem')).toHaveLength(50));
    expect(pages()).toHaveLength(2);
    expect(decodeURIComponent(pages()[1] ?? '')).toContain('page[after]=');
  });

  it('reads a ticket’s replies and notes only when opened, and shows customer text as text', async () => {
    const user = userEvent.setup();
    const { world } = renderSidebar((world) => {
      const comment = world.comments.find((c) => c.ticket_id === 1 && c.public);
      if (comment) comment.plain_body = '<b>I can pay</b> on Friday';
      return {};
    });
    const panel = await historyPanel();
    // The signals section reads the latest comments (a smaller page); the replies are read on click.
    const replyReads = () =>
      world.requests.filter((request) =>
        request.includes('comments.json?sort=-created_at&page[size]=30'),
      );
    expect(replyReads()).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Show replies (#1)' }));
    expect(await within(panel).findByText('<b>I can pay</b> on Friday')).toBeInTheDocument();
    expect(
      within(panel).getByText('Customer sounds worried; offer options before anything else.'),
    ).toBeInTheDocument();
    expect(panel.querySelector('b')).toBeNull();
    expect(replyReads()).toEqual([
      'GET /api/v2/tickets/1/comments.json?sort=-created_at&page[size]=30',
    ]);
  });

  it('shows a clear error with Retry when Zendesk sends tickets it cannot read', async () => {
    const user = userEvent.setup();
    renderSidebar(undefined, [
      http.get(requestedUrl, () => HttpResponse.json({ tickets: [{ id: 'one' }] }), {
        once: true,
      }),
    ]);
    const panel = await screen.findByRole('region', { name: 'Contact history' }, lazyChunk);
    expect(
      await within(panel).findByText(
        'Zendesk returned something we did not understand.',
        {},
        lazyChunk,
      ),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Retry' }));
    expect(
      await within(panel).findByRole('region', { name: 'May we contact them now?' }),
    ).toBeInTheDocument();
  });

  it('opens with two history requests: the requester and the first page of their tickets', async () => {
    const { world } = renderSidebar();
    await historyPanel();
    // The signals section's read of the latest comments is its own, not the history's.
    const requests = world.requests.filter(
      (request) => !request.includes(`page[size]=${customerCommentPageSize}`),
    );
    const history = requests.filter(
      (request) => request.includes('requested.json') || request.includes('comments.json'),
    );
    expect(history).toHaveLength(1);
    // The customer panel reads the same user at the same time; the two reads share one request.
    expect(requests.filter((request) => request === 'GET /api/v2/users/9001.json')).toHaveLength(1);
    expect(requests).toHaveLength(2);
  });
});
