/**
 * What the Zendesk sidebar may cost before it paints, gzipped (KB = 1024 B): the packaging test
 * fails past these, and `npm run bench` prints each figure against its budget. Issue 8 set the first
 * load at 150 KB; issue 16 measures the ticket sidebar's whole first paint (the first load and the
 * ticket-sidebar chunk group) against a Garden floor of 85 KB, with a goal of 110 KB. Each budget
 * sits a little above the last measured figure, so a gain stays won; lower it with the next gain.
 */

/**
 * The files assets/index.html loads: 116.9 KB on 2026-11-27; 96.5 KB on 2026-11-28, once the message
 * catalogs left it (each language its own chunk, shared/i18n/load.ts); 89.0 KB later that day,
 * measured with the error alert and the panels after the card in chunks of their own.
 */
export const firstLoadBudgetKb = 90;

/**
 * The first load plus the ticket sidebar's location chunk group and the agent's catalog (the larger
 * language's): 212.1 KB on 2026-11-27; 142.2 KB later that day, once Luxon and the tone check (its
 * own chunk, fetched beside) left it; 124.3 KB on 2026-11-28, with one language's catalog instead of
 * both and the settings check after paint; 113.4 KB later that day, once the paint waited for the
 * language's opening messages (1 KB) instead of its whole catalog (12.2 KB, loaded beside them);
 * 107.2 KB later still, once no Zendesk module imported classic zod (zod/mini's core shrank 6.2 KB);
 * 101.6 KB once the error alert and the panels after the card (Garden's buttons and alerts) became
 * chunks fetched beside the paint.
 */
export const ticketSidebarFirstPaintBudgetKb = 103;

/**
 * The HubSpot card as HubSpot bundles it, React and @hubspot/ui-extensions left to the host
 * (bench/hubspot-card.ts): 348.9 KB on 2026-11-27 (424.1 before issue 16's card work); 235.5 KB on
 * 2026-11-28, once the signals and tone models' weights came from our backend instead of the
 * bundle; 141.9 KB later that day, once the backend ran the tone check and the signals read
 * (no rules, lexicons, stemmers or models in the card); 96.1 KB later still (144.5 in the same tree
 * just before), once the contract and the card's host parsed with zod/mini, the history's zone
 * arithmetic used Intl instead of Luxon and the catalogs' messages were written without the ICU
 * parser; 70.0 KB later still, once the card fetched its user's language's catalog from our
 * backend (GET /api/catalog/:language) and bundled only the core's own messages (plan summaries,
 * settings) and its loading and error words, in both languages. Issue 16's goal is 70 KB; the
 * budget was that figure and about 3%. Session 19 found 71.5 KB at its start, and the history
 * panel's flags and timeline written once for both hosts (apps/react/panels) brought 0.7 KB more
 * (72.2 KB: the shared flag list and timeline 3.4 KB minified, less the card's own flag editor
 * 1.7 KB), so the budget was 73 KB; 68.1 KB on 2026-11-29 (session 20, 72.2 in the same tree just
 * before), once the card read stored settings without wording their problems (checkSettings), so
 * it no longer carried the settings check's sentences in both languages (17.3 KB). The same session's
 * promise-to-pay, plan actions and first-run checklist written once for both hosts brought it to
 * 68.5 KB, at the budget's edge (gzip's output can differ by a few bytes between Node's zlib
 * versions), so the budget is 69 KB, still under the goal.
 */
export const cardBundleBudgetKb = 69;
