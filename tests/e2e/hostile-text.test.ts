// In a real browser, markup in text the app shows (here the agent's draft, echoed back in the tone
// panel's findings) never runs and never becomes elements inside the Zendesk app's frame.
import { expect } from '@jest/globals';
import { describeInBrowser } from './playground';
import { maria, openTicket, replyAndAwaitFinding } from './zendesk-ticket';

describeInBrowser('hostile text in the Zendesk app (real browser)', (session) => {
  session.test(
    'shows a draft with <img onerror> and <script> as text: nothing runs, no element is made',
    async (page) => {
      const app = await openTicket(session, page, maria);
      await replyAndAwaitFinding(
        page,
        app,
        'Hi Maria, <img src=x onerror="top.xssRan=1"> you have ignored our emails ' +
          '<script>top.xssRan=2</script> <a href="javascript:top.xssRan=3">pay</a>',
        'you have ignored our emails',
      );
      for (const frame of page.frames()) {
        const found = await frame.evaluate(() => ({
          ran: (window as { xssRan?: number }).xssRan ?? null,
          images: document.querySelectorAll('img[src="x"]').length,
          inlineScripts: [...document.querySelectorAll('script')].filter((s) =>
            s.textContent?.includes('xssRan'),
          ).length,
          scriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
        }));
        expect(found).toEqual({ ran: null, images: 0, inlineScripts: 0, scriptLinks: 0 });
      }
    },
  );
});
