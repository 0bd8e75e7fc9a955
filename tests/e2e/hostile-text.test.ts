// In a real browser, markup in text the app shows (here the agent's draft, echoed back in the tone
// panel's findings) never runs and never becomes elements inside the Zendesk app's frame.
import { describe, expect, it } from '@jest/globals';
import { browserTestTimeoutMs, runInBrowser, startBrowserSession } from './playground';

const session = startBrowserSession();
const maybe = runInBrowser ? describe : describe.skip;

maybe('hostile text in the Zendesk app (real browser)', () => {
  it(
    'shows a draft with <img onerror> and <script> as text: nothing runs, no element is made',
    async () => {
      const page = await session.newPage();
      await page.goto(`${session.playground().zendeskUrl}?customer=9001`);
      const app = page.frameLocator('iframe[title="Tactful app"]');
      await app.getByRole('heading', { name: 'Maria Gonzalez', level: 2 }).waitFor();
      await page
        .getByLabel('Reply to Maria Gonzalez')
        .fill(
          'Hi Maria, <img src=x onerror="top.xssRan=1"> you have ignored our emails ' +
            '<script>top.xssRan=2</script> <a href="javascript:top.xssRan=3">pay</a>',
        );
      const tone = app.getByRole('region', { name: 'Tone check' });
      await tone.getByText('you have ignored our emails').first().waitFor();
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
    browserTestTimeoutMs,
  );
});
