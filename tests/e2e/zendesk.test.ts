// The Zendesk app as an agent uses it: the real built app in the playground's ticket page, in
// headless Chromium, talking to the page over ZAF's postMessage protocol.
import { expect } from '@jest/globals';
import type { FrameLocator, Locator } from 'playwright-core';
import { en } from '../../shared/i18n/messages/en';
import { es } from '../../shared/i18n/messages/es';
import {
  describeInBrowser,
  eventually,
  expectAccessible,
  whileHostRateLimited,
} from './playground';
import { appFrame, maria, openTicket, replyAndAwaitFinding } from './zendesk-ticket';

/** Chooses a plan option; Garden draws the radio over its label, so a person clicks the label. */
async function chooseOption(options: Locator, name: string) {
  await options.locator('label', { hasText: name }).click();
  await expect(options.getByRole('radio', { name }).isChecked()).resolves.toBe(true);
}

/** Opens the plan panel and asks for the options for what the customer can pay each month. */
async function showPlanOptions(app: FrameLocator, amount: string) {
  const plan = app.getByRole('region', { name: 'Payment plan' });
  await plan.getByRole('button', { name: 'Open' }).click();
  await plan.getByLabel('Amount the customer can pay').fill(amount);
  await plan.getByRole('button', { name: 'Show options' }).click();
  const options = plan.getByRole('group', { name: 'Options' });
  await options.waitFor();
  return { plan, options };
}

describeInBrowser('Zendesk ticket page (real browser)', (session) => {
  session.test(
    'opens a ticket and shows the customer, the balance and the contact history',
    async (page) => {
      const app = await openTicket(session, page, maria);
      await expect(app.getByText('$1,250.00').first().isVisible()).resolves.toBe(true);
      const history = app.getByRole('region', { name: 'Contact history' });
      await history.getByRole('list', { name: 'Timeline' }).waitFor();
      await expect(
        history.getByText('Question about my overdue invoice').isVisible(),
      ).resolves.toBe(true);
      // The app as shipped fetched the ZAF SDK from Zendesk's CDN address, and its CSP let it run
      // (Zendesk's guidance, as in github.com/zendesk/app_scaffolds packages/react/src/index.html).
      expect(session.zafSdkRequests()).toBeGreaterThan(0);
      await expectAccessible(page);
    },
  );

  session.test(
    'shows a Spanish-speaking customer in euros with their own local time',
    async (page) => {
      const app = await openTicket(session, page, { id: 9003, name: 'Lucía Fernández' });
      await app
        .getByText(/2[.,]890[.,]75/)
        .first()
        .waitFor();
      await expect(app.getByText(/Europe\/Madrid/).isVisible()).resolves.toBe(true);
    },
  );

  // A word rule, then a frame the meaning reader finds (its lexicons load in their own chunk
  // after first paint): each finding is shown and its rewrite applied to the reply.
  for (const { kind, draft, flagged, rewritten, gone } of [
    {
      kind: 'an accusatory draft',
      draft: 'Hi Maria, you have ignored our emails about the October invoice.',
      flagged: 'you have ignored our emails',
      rewritten: /we haven't been able to reach you/,
      gone: 'ignored',
    },
    {
      kind: 'veiled disclosure that no word list names',
      draft: 'Hi Maria, what would your boss think if we told them about this?',
      flagged: 'what would your boss think',
      rewritten: /your account is private/i,
      gone: 'boss',
    },
  ]) {
    session.test(`flags ${kind} and applies the kinder rewrite to the reply`, async (page) => {
      const app = await openTicket(session, page, maria);
      const { reply, tone } = await replyAndAwaitFinding(page, app, draft, flagged);
      await expectAccessible(page);
      await tone
        .getByRole('button', { name: /Apply the suggestion for/ })
        .first()
        .click();
      await eventually(
        () => reply.inputValue(),
        (text) => rewritten.test(text),
      );
      await expect(reply.inputValue()).resolves.not.toContain(gone);
    });
  }

  // The tone check's code (its chunk, and the meaning reader's with the lexicons and the model) is
  // not fetched beside the opening, which it would hold up (issue 16), but once the panel has
  // answered the blank draft: an agent who starts typing finds it there.
  session.test(
    'fetches the tone check once the sidebar has answered, before the agent types',
    async (page) => {
      const toneChunks: string[] = [];
      page.on('request', (request) => {
        const name = new URL(request.url()).pathname.split('/').at(-1) ?? '';
        if (/^tone-(check|meaning)\./.test(name)) toneChunks.push(name.split('.')[0] ?? name);
      });
      const app = await openTicket(session, page, maria);
      await app.getByRole('region', { name: 'Tone check' }).getByText(en['tone.empty']).waitFor();
      await eventually(
        () => [...toneChunks].sort(),
        (fetched) => fetched.join() === 'tone-check,tone-meaning',
      );
      await replyAndAwaitFinding(page, app, 'Pay by Friday or we will sue you.', 'we will sue');
      expect(toneChunks).toHaveLength(2);
    },
  );

  session.test('stops Submit on a threatening draft and says why', async (page) => {
    const app = await openTicket(session, page, maria);
    await replyAndAwaitFinding(page, app, 'Pay by Friday or we will sue you.', 'we will sue');
    await page.getByRole('button', { name: 'Submit as Open' }).click();
    const outcome = page.getByRole('status').filter({ hasText: /Not sent|Sent/ });
    await outcome.waitFor();
    await expect(outcome.textContent()).resolves.toMatch(/Not sent: Tactful stopped the save/);
    await expect(page.locator('#conversation').textContent()).resolves.not.toContain('sue');
    await expectAccessible(page);
  });

  session.test(
    'lets an internal note through Submit even with wording that would stop a public reply',
    async (page) => {
      const app = await openTicket(session, page, maria);
      await page.getByLabel('Reply type').selectOption('internalNote');
      await replyAndAwaitFinding(
        page,
        app,
        'She said we will sue her; reassure her.',
        'we will sue',
      );
      await page.getByRole('button', { name: 'Submit as Open' }).click();
      await page.getByText('Sent: the reply was added to the ticket.').waitFor();
      await expect(page.locator('#conversation').textContent()).resolves.toContain('reassure her');
    },
  );

  session.test('speaks Spanish to a Spanish-speaking agent', async (page) => {
    await page.goto(`${session.playground().zendeskUrl}?customer=9003&agentLocale=es`);
    const app = appFrame(page);
    await app.getByRole('heading', { name: 'Revisión del tono' }).waitFor();
    await app.getByRole('heading', { name: 'Plan de pagos' }).waitFor();
    await expectAccessible(page);
  });

  session.test(
    'keeps the reply when the agent switches to Spanish, and then speaks Spanish throughout, next step included',
    async (page) => {
      const app = await openTicket(session, page, maria);
      const draft = 'Hi Maria, you have ignored our emails about the October invoice.';
      const { reply } = await replyAndAwaitFinding(page, app, draft, 'you have ignored our emails');
      await page.getByLabel("Agent's language").selectOption('es');
      await page.waitForURL(/agentLocale=es/);
      // The page reloads in Spanish and puts the kept draft back once it has loaded.
      await eventually(
        () => reply.inputValue(),
        (text) => text === draft,
      );
      const spanish = appFrame(page);
      // The sidebar checks the kept draft, in the agent's new language.
      const tone = spanish.getByRole('region', { name: 'Revisión del tono' });
      await tone.getByText('you have ignored our emails').first().waitFor();
      const nudge = spanish
        .getByRole('region', { name: 'Historial de contacto' })
        .getByRole('group', { name: 'Siguiente paso sugerido' });
      await nudge.waitFor();
      const kinds = (messages: Record<string, string>, prefix: string) =>
        Object.entries(messages)
          .filter(([key]) => key.startsWith(prefix))
          .map(([, text]) => text.split(/[{:(]/)[0]?.trim() ?? '');
      const words = await nudge.textContent();
      expect(kinds(es, 'history.nudge.kind.').some((text) => words?.includes(text))).toBe(true);
      for (const english of kinds(en, 'history.nudge.')) expect(words).not.toContain(english);
    },
  );

  session.test('lets a kind reply through Submit', async (page) => {
    await openTicket(session, page, maria);
    await page
      .getByLabel('Reply to Maria Gonzalez')
      .fill('Thanks for letting us know, Maria. Could we find a plan that works for you?');
    await page.getByRole('button', { name: 'Submit as Open' }).click();
    await page.getByText('Sent: the reply was added to the ticket.').waitFor();
    await expect(page.locator('#conversation').textContent()).resolves.toContain(
      'find a plan that works for you',
    );
  });

  session.test(
    'builds a plan from what the customer can afford, inserts it and records it',
    async (page) => {
      const app = await openTicket(session, page, maria);
      const { plan, options } = await showPlanOptions(app, '200');
      await expectAccessible(page);
      await chooseOption(options, 'Instalments (Monthly)');
      await plan.getByRole('button', { name: 'Insert summary in reply' }).click();
      const reply = page.getByLabel('Reply to Maria Gonzalez');
      await eventually(
        () => reply.inputValue(),
        (text) => text.includes('$178.57'),
      );
      await plan.getByRole('button', { name: 'Accept plan' }).click();
      await plan.getByText('Plan recorded and the ticket tagged.').waitFor();
      const promises = plan.getByRole('list', { name: 'Promises to pay' });
      await promises.waitFor();
      await expect(promises.getByRole('listitem').count()).resolves.toBe(7);
      await expect(promises.textContent()).resolves.toContain('$178.57');
      await expectAccessible(page);
      // The promise is in the account, not the page's memory: reopen the ticket and it is there.
      await page.reload();
      const reopened = appFrame(page);
      const reopenedPlan = reopened.getByRole('region', { name: 'Payment plan' });
      await reopenedPlan.getByRole('button', { name: 'Open' }).click();
      await reopenedPlan.getByRole('list', { name: 'Promises to pay' }).waitFor();
    },
  );

  session.test(
    'lays the plan options out as stacked cards that read in a 280 px sidebar without scrolling sideways',
    async (page) => {
      // The sidebar is 280 px wide from the start, as an agent's narrow Zendesk sidebar would be.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = 'iframe#app { width: 280px !important; }';
          document.head.append(style);
        });
      });
      const app = await openTicket(session, page, maria);
      const { plan, options } = await showPlanOptions(app, '200');
      // The whole panel: the choice, then one box an option with its facts and why.
      const layout = await plan.evaluate((group) => {
        const view = group.ownerDocument.documentElement;
        const scrolled = [group, ...Array.from(group.querySelectorAll('*'))].filter(
          (element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0,
        );
        return {
          width: view.clientWidth,
          pageScrollWidth: view.scrollWidth,
          scrolledSideways: scrolled.map((element) => element.outerHTML.slice(0, 80)),
          cards: Array.from(group.querySelectorAll('li'))
            // an option's box holds its facts; a promise's row does not
            .filter((item) => item.querySelector('dl') !== null)
            .map((card) => {
              const box = card.getBoundingClientRect();
              return { name: card.getAttribute('aria-label'), left: box.left, right: box.right };
            }),
        };
      });
      expect(layout.width).toBeLessThanOrEqual(280);
      expect(layout.pageScrollWidth).toBeLessThanOrEqual(layout.width);
      expect(layout.scrolledSideways).toEqual([]);
      // One card an option, stacked: each starts at the same left edge and ends inside the sidebar.
      expect(layout.cards.map((card) => card.name)).toEqual(
        expect.arrayContaining(['Pay in full', 'Instalments (Monthly)']),
      );
      for (const card of layout.cards) {
        expect(card.left).toBe(layout.cards[0]?.left);
        expect(card.right).toBeLessThanOrEqual(layout.width);
      }
      await chooseOption(options, 'Instalments (Monthly)');
      await expectAccessible(page);
    },
  );

  session.test('degrades gracefully when the Zendesk API rate-limits', async (page) => {
    await page.goto(session.playground().zendeskUrl);
    await whileHostRateLimited(session, page, 'zendesk', 'Simulate the Zendesk API', async () => {
      await page.reload();
      const app = appFrame(page);
      await app.getByRole('button', { name: 'Retry' }).first().waitFor({ timeout: 30_000 });
      await expectAccessible(page);
    });
  });
});
