import { beforeEach, describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultSettings } from '../../shared/settings';
import { renderSidebar, requester } from './render-sidebar';
import type { HookOutcome } from '../../mocks/zendesk/ticket-model';
import type { FakeZafClient } from '../../mocks/zendesk/zaf-client';

/** The agent pressing Submit: Zendesk runs the app's `ticket.save` hook and reports what it said. */
async function submit(client: FakeZafClient): Promise<HookOutcome | undefined> {
  let outcome: HookOutcome | undefined;
  await act(async () => {
    outcome = await client.model.runHook('ticket.save');
  });
  return outcome;
}

beforeEach(() => window.localStorage.clear());

async function outreach() {
  // The first render loads the location's lazy chunks: allow for a slow machine.
  return screen.findByRole('region', { name: 'Start a conversation' }, { timeout: 5000 });
}

describe('new ticket sidebar: starting an outbound conversation', () => {
  it('waits for a requester, then shows whether and how they may be contacted', async () => {
    const { client, world } = renderSidebar(() => ({
      location: 'new_ticket_sidebar',
      ticket: { requester: null },
    }));
    const panel = await outreach();
    expect(
      await within(panel).findByText(
        'Choose a requester to see when and how you may contact them.',
      ),
    ).toBeInTheDocument();

    act(() => client.model.changeRequester(requester(world, 9001)));

    expect(
      await within(panel).findByText('Writing to Maria Gonzalez', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const guards = await within(panel).findByRole('region', { name: 'May we contact them now?' });
    // 15:00 UTC is 09:00 in Chicago: inside the customer's contact hours.
    expect(within(guards).getByRole('listitem', { name: 'Email' })).toHaveTextContent(
      'Allowed now',
    );
  });

  it("warns, without blocking, of a flag the customer's words suggested that nobody has set", async () => {
    renderSidebar((world) => {
      const user = world.users.get(9001);
      if (user) {
        user.user_fields['tactful_flag_log'] =
          '2026-11-24T10:00:00.000Z | suggest | do-not-email | Tactful | The customer wrote: “stop emailing me” | source=zendesk-comment:70001';
      }
      return { location: 'new_ticket_sidebar' };
    });
    const panel = await outreach();
    const guards = await within(panel).findByRole('region', { name: 'May we contact them now?' });
    // A suggestion is no flag: email stays allowed, with the warning beside the guards.
    expect(within(guards).getByRole('listitem', { name: 'Email' })).toHaveTextContent(
      'Allowed now',
    );
    const warning = await within(panel).findByText('Suggested by the customer, not set yet');
    expect(warning.parentElement).toHaveTextContent(
      'Do not email: The customer wrote: “stop emailing me”',
    );
  });

  it('says no to a channel the customer opted out of, and why', async () => {
    renderSidebar((world) => {
      const user = world.users.get(9001);
      if (user) user.user_fields[defaultSettings.fields.flags['do-not-email']] = true;
      return { location: 'new_ticket_sidebar' };
    });
    const guards = await within(await outreach()).findByRole('region', {
      name: 'May we contact them now?',
    });
    const email = within(guards).getByRole('listitem', { name: 'Email' });
    expect(email).toHaveTextContent('Not now');
    expect(email).toHaveTextContent('The customer asked not to be emailed.');
    expect(within(guards).getByRole('listitem', { name: 'Call' })).toHaveTextContent('Allowed now');
  });

  it('fills the reply with a template written for this customer, and the tone check says ok', async () => {
    const { client } = renderSidebar(() => ({ location: 'new_ticket_sidebar' }));
    const panel = await outreach();
    await chooseTemplate(panel, 'Early reminder before the due date');
    await userEvent.type(
      within(panel).getByRole('textbox', { name: 'Payment link' }),
      'https://pay.example.com/maria',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Fill the reply' }));

    await waitFor(() => expect(client.model.comment.text).toMatch(/^<p>/));
    const draft = client.model.comment.text;
    expect(draft).toContain('Maria');
    expect(draft).toContain('$1,250.00');
    expect(draft).toContain('https://pay.example.com/maria');
    expect(draft).toContain('Acme Lending');
    expect(draft).not.toMatch(/\{\{/);
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'The reply now holds “Early reminder before the due date”.',
    );
    const tone = screen.getByRole('region', { name: 'Tone check' });
    expect(await within(tone).findByText('Kind and clear')).toBeInTheDocument();
    expect(await submit(client)).toEqual({ allowed: true });
  });

  /** Picks a template by its name in the outreach panel. */
  async function chooseTemplate(panel: HTMLElement, name: string) {
    await userEvent.selectOptions(
      await within(panel).findByRole('combobox', { name: 'Template' }),
      name,
    );
  }

  /** Northwind Credit's sidebar with its payment link set, the first-missed-payment template chosen. */
  async function northwindFirstMissedPayment() {
    const { client } = renderSidebar(() => ({
      location: 'new_ticket_sidebar',
      settings: {
        outreach_company_name: 'Northwind Credit',
        outreach_payment_link: 'https://pay.northwind.test/account',
      },
    }));
    const panel = await outreach();
    await chooseTemplate(panel, 'First missed payment');
    const link = within(panel).getByRole('textbox', { name: 'Payment link' });
    return { client, panel, link };
  }

  it("signs with the company name and links to the payment page from Tactful's settings", async () => {
    const { client, panel, link } = await northwindFirstMissedPayment();
    expect(link).toHaveValue('https://pay.northwind.test/account');
    expect(
      within(panel).getByText(
        "From Tactful's settings. Change it to use another link for this ticket only.",
      ),
    ).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Fill the reply' }));

    await waitFor(() => expect(client.model.comment.text).toMatch(/^<p>/));
    const draft = client.model.comment.text;
    expect(draft).toContain('https://pay.northwind.test/account');
    expect(draft).toContain('Northwind Credit');
    expect(draft).not.toContain('Acme Lending');
  });

  it('lets the agent use another payment link for this ticket only', async () => {
    const { client, panel, link } = await northwindFirstMissedPayment();
    await userEvent.clear(link);
    await userEvent.type(link, 'https://pay.northwind.test/maria-offer');
    await userEvent.click(within(panel).getByRole('button', { name: 'Fill the reply' }));

    await waitFor(() =>
      expect(client.model.comment.text).toContain('https://pay.northwind.test/maria-offer'),
    );
    expect(client.model.comment.text).not.toContain('https://pay.northwind.test/account');
  });

  it('names what a template still needs instead of sending placeholders', async () => {
    const { client } = renderSidebar(() => ({ location: 'new_ticket_sidebar' }));
    const panel = await outreach();
    await chooseTemplate(panel, 'First missed payment');
    await userEvent.click(within(panel).getByRole('button', { name: 'Fill the reply' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'This template needs: a payment link.',
    );
    expect(client.model.comment.text).toBe('');
  });

  it('offers Spanish templates to a Spanish-speaking customer', async () => {
    const { client } = renderSidebar((world) => ({
      location: 'new_ticket_sidebar',
      ticket: { requester: { ...requester(world, 9003), locale: 'es' } },
    }));
    const panel = await outreach();
    const picker = await within(panel).findByRole('combobox', { name: 'Template' });
    await userEvent.selectOptions(
      picker,
      within(picker).getAllByRole('option')[4]?.textContent ?? '',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Fill the reply' }));
    await waitFor(() => expect(client.model.comment.text).toContain('Lucía'));
    const tone = screen.getByRole('region', { name: 'Tone check' });
    expect(await within(tone).findByText('Kind and clear')).toBeInTheDocument();
  });
});
