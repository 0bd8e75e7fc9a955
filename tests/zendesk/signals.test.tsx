// "What the customer said" beside a ticket (issue 20): the requester's public comments, newest
// page first and older pages on request, read for signals, safety first, with the words quoted as
// text, a link to the comment, one-click flags logged with the comment as their source, and a
// promise's amount and day. msw plays Zendesk's REST API; the fake ZAF client plays the SDK.
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ZendeskWorld } from '../../mocks/zendesk';
import { createTranslator } from '../../shared/i18n';
import { signalEntryCaseNow, signalEntryCases } from '../../shared/testing/signal-entry-cases';
import { signalsViewCases } from '../../shared/testing/view-cases';
import {
  agentBrowserInNewYork,
  findRegion,
  lazyChunk,
  renderSidebar,
  testNow,
} from './render-sidebar';
import { addTicketComment } from './ticket-comments';

agentBrowserInNewYork();

/** Adds a comment on ticket 1 newer than the seed's, from `author` (9001 is the requester). */
function comment(
  world: ZendeskWorld,
  body: { html_body?: string; plain_body: string },
  author = 9001,
) {
  addTicketComment(world, { ...body, author_id: author });
}

/** The sidebar with one newer comment from the requester, once its signals have been read. */
async function signalsAfter(body: { html_body?: string; plain_body: string }) {
  renderSidebar((world) => {
    comment(world, body);
    return {};
  });
  return signalsSection();
}

async function signalsSection() {
  const section = await findRegion('What the customer says');
  await within(section).findByRole('list', {}, lazyChunk);
  return section;
}

describe('ticket sidebar: what the customer said', () => {
  it('shows hardship and the work opt-out from the latest comment, with what to do', async () => {
    const section = await signalsAfter({
      plain_body:
        "Money's really tight this month and I can't pay my bills. Please stop calling me at work.",
    });
    // The newest comment's signals come first; the seed's older comment (Maria: "could not pay")
    // reads as hardship too, after them.
    const [hardship] = within(section).getAllByRole('listitem', { name: 'Financial hardship' });
    if (hardship === undefined) throw new Error('no hardship signal shown');
    expect(within(hardship).getByRole('blockquote')).toHaveTextContent(
      "Money's really tight this month and I can't pay my bills",
    );
    expect(hardship).toHaveTextContent('Talk about affordability');
    const optOut = within(section).getByRole('listitem', { name: 'Opts out of a channel' });
    expect(optOut).toHaveTextContent('Phone calls');
    expect(optOut).toHaveTextContent('At work');
    expect(within(optOut).getByRole('blockquote')).toHaveTextContent(
      'Please stop calling me at work',
    );
    expect(optOut).toHaveTextContent('Suggested flag, not set: you decide.');
    expect(within(section).queryByRole('note')).not.toBeInTheDocument();
  });

  it('the job loss and the work opt-out, safety first, in "I lost my job last week, please stop calling me at work"', async () => {
    const section = await signalsAfter({
      plain_body: 'I lost my job last week, please stop calling me at work',
    });
    const items = within(section).getAllByRole('listitem');
    // This comment's two signals first, then the seed's older comment's ("could not pay").
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Signs of vulnerability',
      'Opts out of a channel',
      'Financial hardship',
    ]);
    expect(items[0]).toHaveTextContent('Job loss');
    expect(items[1]).toHaveTextContent('At work');
  });

  it('one click sets the suggested flag, logged with the comment as its source', async () => {
    const user = userEvent.setup();
    const { world } = renderSidebar((w) => {
      comment(w, { plain_body: 'Please stop calling me at work.' });
      return {};
    });
    const commentId = 70_000 + world.comments.length - 1;
    const section = await signalsSection();
    const history = await findRegion('Contact history');
    const flags = await within(history).findByRole('region', { name: 'Contact flags' }, lazyChunk);
    expect(world.users.get(9001)?.user_fields['tactful_flag_do_not_call']).not.toBe(true);
    await user.click(within(section).getByRole('button', { name: 'Set flag: Do not call' }));
    expect(await within(flags).findByText('Flag set.')).toBeInTheDocument();
    const customer = world.users.get(9001);
    expect(customer?.user_fields['tactful_flag_do_not_call']).toBe(true);
    const log = String(customer?.user_fields['tactful_flag_log'] ?? '');
    expect(log.split('\n').at(-1)).toMatch(
      new RegExp(
        `\\| set \\| do-not-call \\| .+ \\| The customer wrote: “Please stop calling me at work” \\| raised=customer \\| source=zendesk-comment:${commentId}$`,
      ),
    );
    // A second click never clears the flag it set.
    await user.click(within(section).getByRole('button', { name: 'Set flag: Do not call' }));
    expect(world.users.get(9001)?.user_fields['tactful_flag_do_not_call']).toBe(true);
  });

  it('records the flags the words suggest in the flag log, once, without setting them', async () => {
    const { world } = renderSidebar((w) => {
      comment(w, { plain_body: "I don't owe this, it was my ex's card." });
      return {};
    });
    const commentId = 70_000 + world.comments.length - 1;
    await signalsSection();
    const log = () => String(world.users.get(9001)?.user_fields['tactful_flag_log'] ?? '');
    await waitFor(() =>
      expect(log()).toMatch(
        new RegExp(
          `\\| suggest \\| dispute \\| Tactful \\| .+ \\| source=zendesk-comment:${commentId}$`,
        ),
      ),
    );
    expect(world.users.get(9001)?.user_fields['tactful_flag_dispute']).not.toBe(true);
    // The history panel's guards warn of it, and nothing blocks.
    const history = await findRegion('Contact history');
    expect(
      await within(history).findByText('Suggested by the customer, not set yet', {}, lazyChunk),
    ).toBeInTheDocument();
  });

  it('says a suggested flag the customer has already is set, with no button', async () => {
    renderSidebar((w) => {
      const customer = w.users.get(9001);
      if (customer) customer.user_fields['tactful_flag_cease'] = true;
      comment(w, { plain_body: 'Stop contacting me.' });
      return {};
    });
    const section = await signalsSection();
    const cease = within(section).getByRole('listitem', { name: 'Asks us to stop contact' });
    expect(
      await within(cease).findByText('Cease communication: already set', {}, lazyChunk),
    ).toBeInTheDocument();
    expect(within(cease).queryByRole('button', { name: /Set flag/ })).toBeNull();
  });

  it('links each signal to its comment on the ticket', async () => {
    const { world } = renderSidebar((w) => {
      comment(w, { plain_body: 'Stop contacting me.' });
      return {};
    });
    const commentId = 70_000 + world.comments.length - 1;
    const section = await signalsSection();
    const cease = within(section).getByRole('listitem', { name: 'Asks us to stop contact' });
    expect(within(cease).getByRole('link', { name: 'Go to comment' })).toHaveAttribute(
      'href',
      `https://tactful-demo.zendesk.com/agent/tickets/1#comment-${commentId}`,
    );
  });

  it('shows a promise with its amount in the account currency and its day', async () => {
    const section = await signalsAfter({ plain_body: 'I can pay $50 on Friday.' });
    const promise = within(section).getByRole('listitem', { name: 'Offers a payment' });
    expect(promise).toHaveTextContent('Amount: $50.00');
    expect(promise).toHaveTextContent(/Due: [A-Z][a-z]{2} \d{1,2}, 20\d\d/);
  });

  it('reads older comments, a page at a time, when the agent asks', async () => {
    const user = userEvent.setup();
    const { world } = renderSidebar((w) => {
      w.comments = w.comments.filter((c) => c.ticket_id !== 1);
      // The customer's dispute, then 25 agent replies: the dispute is on the second page.
      comment(w, { plain_body: "I don't owe this, it was my ex's card." });
      for (let n = 0; n < 25; n += 1) {
        addTicketComment(w, {
          plain_body: `Reply ${n}`,
          author_id: 100,
          created_at: `2026-11-25T15:${String(n).padStart(2, '0')}:00Z`,
        });
      }
      return {};
    });
    const section = await findRegion('What the customer says');
    await within(section).findByText(
      'The customer has not written on this ticket yet.',
      {},
      lazyChunk,
    );
    await user.click(within(section).getByRole('button', { name: 'Read older comments' }));
    expect(
      await within(section).findByRole('listitem', { name: 'Disputes the debt' }),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Read older comments' })).toBeNull();
    const pages = world.requests.filter((r) => r.includes('/tickets/1/comments.json'));
    expect(pages.some((r) => r.includes('page[after]') || r.includes('page%5Bafter%5D'))).toBe(
      true,
    );
  });

  it('self-harm wording comes first, with the procedure prompt and the signposting line', async () => {
    const section = await signalsAfter({
      plain_body: "I don't owe this. I can't go on anymore, I want to end it all.",
    });
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveAccessibleName('Signs of vulnerability');
    expect(items[0]).toHaveTextContent('Follow your company’s vulnerable-customer procedure now.');
    expect(within(section).getByRole('note')).toHaveTextContent(/Samaritans.*116 123.*988/);
  });

  it('reads a Spanish customer in Spanish and shows a Spanish agent the 024 line', async () => {
    renderSidebar((world) => {
      const customer = world.users.get(9001);
      if (customer) customer.locale = 'es';
      comment(world, { plain_body: 'Ya no puedo más, quiero quitarme la vida.' });
      return {
        currentUser: { locale: 'es' },
        ticket: { requester: { id: 9001, name: 'Ana', email: null, locale: 'es' } },
      };
    });
    const section = await findRegion('Lo que dice el cliente');
    await within(section).findByRole('list', {}, lazyChunk);
    expect(within(section).getAllByRole('listitem')[0]).toHaveTextContent(
      'Siga ahora el procedimiento de su empresa para clientes vulnerables.',
    );
    expect(within(section).getByRole('note')).toHaveTextContent(/024.*988/);
  });

  it('reads an HTML comment as text, leaving out the quoted earlier message', async () => {
    const section = await signalsAfter({
      html_body:
        '<p>Thanks &amp; <b>stop contacting me</b>. <img src=x onerror="alert(1)"></p><blockquote>I have filed for bankruptcy</blockquote>',
      plain_body: 'Thanks & stop contacting me.',
    });
    const cease = within(section).getByRole('listitem', { name: 'Asks us to stop contact' });
    expect(within(cease).getByRole('blockquote')).toHaveTextContent('stop contacting me');
    expect(section.querySelector('img')).toBeNull();
    expect(
      within(section).queryByRole('listitem', { name: 'Bankruptcy or insolvency' }),
    ).not.toBeInTheDocument();
  });

  it('says so when the customer has not written, ignoring the agent’s own replies', async () => {
    renderSidebar((world) => {
      world.comments = world.comments.filter((c) => c.ticket_id !== 1);
      comment(world, { plain_body: 'Stop contacting me.' }, 100);
      return {};
    });
    const section = await findRegion('What the customer says');
    expect(
      await within(section).findByText(
        'The customer has not written on this ticket yet.',
        {},
        lazyChunk,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Set flag:/ })).not.toBeInTheDocument();
  });
});

describe('the shared signals cases (shared/testing/view-cases.ts), through the sidebar', () => {
  const english = createTranslator('en');
  it.each(signalsViewCases)('$name', async (c) => {
    renderSidebar((world) => {
      const customer = world.users.get(9001);
      if (customer) customer.locale = c.locale;
      // Each case is one message: the seed's own comments (Maria's "could not pay") stay out.
      world.comments.splice(0);
      comment(world, { plain_body: c.text });
      return c.locale === 'es'
        ? { ticket: { requester: { id: 9001, name: 'Ana', email: null, locale: 'es' } } }
        : {};
    });
    const section = await findRegion('What the customer says');
    if (c.labels.length === 0) {
      expect(
        await within(section).findByText(english('signals.none'), {}, lazyChunk),
      ).toBeInTheDocument();
    } else {
      await within(section).findByRole('list', {}, lazyChunk);
      const items = within(section).getAllByRole('listitem');
      expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(
        c.labels.map((label) => english(label)),
      );
      const buttons = within(items[0] ?? section).queryAllByRole('button', { name: /^Set flag:/ });
      expect(buttons.map((button) => button.textContent)).toEqual(
        c.firstFlags.map((flag) =>
          english('signals.setFlag', { flag: english(`history.flags.name.${flag}`) }),
        ),
      );
    }
    expect(within(section).queryByRole('note') !== null).toBe(c.signposting);
  });
});

describe('the shared signal entry cases (shared/testing/signal-entry-cases.ts), through the sidebar', () => {
  const english = createTranslator('en');
  it('sees the cases at their moment', () => {
    expect(testNow.toISOString()).toBe(signalEntryCaseNow);
  });

  // The sidebar reads and shows on the same day: a case looked at later is the card's (its reply).
  it.each(signalEntryCases.filter((c) => !c.viewedOn))('$name', async (c) => {
    renderSidebar((world) => {
      const customer = world.users.get(9001);
      for (const flag of c.setFlags) {
        if (customer) customer.user_fields[`tactful_flag_${flag.replaceAll('-', '_')}`] = true;
      }
      world.comments.splice(0);
      comment(world, { plain_body: c.text });
      return {};
    });
    const section = await signalsSection();
    const first = within(section).getAllByRole('listitem')[0] ?? section;
    expect(first).toHaveAccessibleName(english(`signals.kind.${c.kind}`));
    for (const { flag, alreadySet } of c.flags) {
      const name = { flag: english(`history.flags.name.${flag}`) };
      const button = () =>
        within(first).queryByRole('button', { name: english('signals.setFlag', name) });
      if (alreadySet) {
        expect(
          await within(first).findByText(english('signals.flagAlreadySet', name), {}, lazyChunk),
        ).toBeInTheDocument();
        expect(button()).toBeNull();
      } else {
        expect(button()).toBeInTheDocument();
      }
    }
    for (const tag of c.promiseTags) expect(first).toHaveTextContent(tag);
    const record = { name: english('signals.promise.record') };
    if (c.promiseToPay) {
      expect(await within(first).findByRole('button', record, lazyChunk)).toBeInTheDocument();
    } else {
      expect(within(first).queryByRole('button', record)).toBeNull();
    }
    const passed = english('signals.promise.why.past-date');
    expect(within(first).queryByText(passed) !== null).toBe(c.dayHasPassed);
  });
});
