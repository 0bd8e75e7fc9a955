// What the customer says, in a real browser (issue 20): the playground's James Whitaker wrote
// again ("I can pay £50 on Friday. Please stop calling me at work, email me instead."); the
// sidebar shows the opt-out and the promise with their words, a link to the comment, and one
// click sets Do not call, logged by the history panel's flag writer; the promise opens as a promise
// to pay pre-filled (£50.00, the Friday) and, confirmed, is recorded. axe finds nothing serious.
import { expect } from '@jest/globals';
import { describeInBrowser, expectAccessible } from './playground';
import { openTicket } from './zendesk-ticket';

const james = { id: 9002, name: 'James Whitaker' };

describeInBrowser('Zendesk signals (real browser)', (session) => {
  session.test('sets a flag from what the customer wrote, in one click', async (page) => {
    const app = await openTicket(session, page, james);
    const signals = app.getByRole('region', { name: 'What the customer says' });
    const optOut = signals.getByRole('listitem', { name: 'Opts out of a channel' });
    await optOut.waitFor();
    await expect(optOut.getByText('Please stop calling me at work').isVisible()).resolves.toBe(
      true,
    );
    await expect(
      optOut.getByRole('link', { name: 'Go to comment' }).getAttribute('href'),
    ).resolves.toMatch(/\/agent\/tickets\/2#comment-\d+$/);
    const promise = signals.getByRole('listitem', { name: 'Offers a payment' });
    await expect(promise.getByText('Amount: £50.00').isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    const history = app.getByRole('region', { name: 'Contact history' });
    await history.getByRole('region', { name: 'Contact flags' }).waitFor();
    await optOut.getByRole('button', { name: 'Set flag: Do not call' }).click();
    await history.getByText('Flag set.').waitFor();
    await expectAccessible(page);
  });

  session.test(
    'records the promise the customer wrote as a promise to pay, pre-filled',
    async (page) => {
      const app = await openTicket(session, page, james);
      const signals = app.getByRole('region', { name: 'What the customer says' });
      const promise = signals.getByRole('listitem', { name: 'Offers a payment' });
      await promise.waitFor();
      await promise.getByRole('button', { name: 'Record promise to pay' }).click();
      const form = promise.getByRole('form', { name: 'Promise to pay, from this comment' });
      await expect(form.getByLabel('Amount (GBP)').inputValue()).resolves.toBe('50.00');
      await expect(form.getByLabel('Due date').inputValue()).resolves.toMatch(/^20\d\d-\d\d-\d\d$/);
      await expectAccessible(page);
      await form.getByRole('button', { name: 'Confirm promise' }).click();
      await promise.getByText(/^Promise to pay recorded: £50\.00 due /).waitFor();
      await expectAccessible(page);
    },
  );
});
