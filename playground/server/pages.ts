/**
 * The playground's HTML: a home page and one page per host. Static markup only; each page's script
 * fills in customer data with `textContent` (customer text is never parsed as HTML).
 */
import { hostFailureLabels, hostFailures } from './failure';

/** What the pages' scripts need to know about the running playground. */
export interface PageConfig {
  /** The origin the built Zendesk app is served from. */
  zendeskAppUrl: string;
  appGuid: string;
  hubspotPortalId: number;
}

const styles = `
  :root { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2933; }
  body { margin: 0; background: #f3f4f6; }
  header.bar { display: flex; gap: 16px; align-items: center; padding: 8px 16px; color: #fff; }
  header.bar a { color: #fff; }
  header.bar .brand { font-weight: 700; margin-right: auto; }
  .zendesk header.bar { background: #03363d; }
  .hubspot header.bar { background: #2d3e50; }
  .controls { display: flex; flex-wrap: wrap; gap: 16px; padding: 8px 16px; background: #fff;
    border-bottom: 1px solid #d8dcde; align-items: end; }
  .controls label { display: flex; flex-direction: column; font-size: 13px; gap: 4px; }
  select, textarea, input, button { font: inherit; }
  main { display: grid; gap: 16px; padding: 16px; }
  .zendesk main { grid-template-columns: minmax(0, 1fr) 340px; }
  .hubspot main { grid-template-columns: 300px minmax(0, 1fr); }
  section, aside { background: #fff; border: 1px solid #d8dcde; border-radius: 4px; padding: 12px 16px; }
  h1 { font-size: 20px; margin: 4px 0 8px; }
  h2 { font-size: 15px; margin: 12px 0 8px; }
  .muted { color: #5c6970; font-size: 13px; }
  ol.conversation { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
  ol.conversation li { border-left: 3px solid #d8dcde; padding: 4px 10px; white-space: pre-wrap; }
  ol.conversation li.internal { background: #fff6e5; border-color: #f5a623; }
  textarea#reply { width: 100%; box-sizing: border-box; min-height: 120px; padding: 8px; }
  .actions { display: flex; gap: 8px; align-items: center; margin-top: 8px; }
  button.primary { background: #1f73b7; color: #fff; border: 0; border-radius: 4px; padding: 8px 16px; cursor: pointer; }
  .outcome-stopped { color: #8c232c; font-weight: 600; }
  .outcome-sent { color: #186146; font-weight: 600; }
  iframe#app { width: 100%; border: 0; height: 600px; display: block; }
  ul.notices { padding-left: 18px; font-size: 13px; }
  dl.props { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; font-size: 13px; margin: 0; }
  dl.props dt { color: #516f90; }
  dl.props dd { margin: 0; overflow-wrap: anywhere; }
  .card-frame { max-width: 720px; }
`;

function escapeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function failureOptions(): string {
  return hostFailures
    .map((failure) => `<option value="${failure}">${hostFailureLabels[failure]}</option>`)
    .join('');
}

const pageScripts = {
  home: undefined,
  zendesk: 'zendesk-ticket',
  'zendesk-outcomes': 'zendesk-outcomes',
  hubspot: 'hubspot-contact',
  'hubspot-outcomes': 'hubspot-outcomes',
} as const;

function shell(
  kind: keyof typeof pageScripts,
  title: string,
  body: string,
  config: PageConfig,
): string {
  const bundle = pageScripts[kind];
  const script =
    bundle === undefined ? '' : `<script type="module" src="/bundles/${bundle}.js"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>${styles}</style>
<script type="application/json" id="playground-config">${escapeJson(config)}</script>
${script}
</head>
<body class="${kind === 'zendesk-outcomes' ? 'zendesk' : kind === 'hubspot-outcomes' ? 'hubspot' : kind}">
<header class="bar">
  <span class="brand">Tactful playground</span>
  <nav aria-label="Playground"><a href="/zendesk">Zendesk ticket</a> · <a href="/zendesk/outcomes">Zendesk outcomes</a> · <a href="/hubspot">HubSpot contact</a> · <a href="/hubspot/outcomes">HubSpot outcomes</a> · <a href="/">About</a></nav>
</header>
${body}
</body>
</html>
`;
}

/** The home page: what the playground is and where to go. */
export function homePage(config: PageConfig): string {
  return shell(
    'home',
    'Tactful playground',
    `<main style="grid-template-columns: 1fr">
<section>
  <h1>Tactful playground</h1>
  <p>Both Tactful apps, running locally on realistic demo data, with no Zendesk or HubSpot account.</p>
  <ul>
    <li><a href="/zendesk">Zendesk ticket page</a>: the real built Zendesk app in its sidebar iframe, talking to this page over ZAF's postMessage protocol. Type a reply, watch the tone check, build a plan, submit.</li>
    <li><a href="/hubspot">HubSpot contact record</a>: the real HubSpot card, drawn by a preview renderer, calling our backend (SQLite) through <code>hubspot.fetch</code>.</li>
  </ul>
  <p class="muted">Every API the apps call is mocked from the same msw handlers the tests use. Use the "Simulate" switch on each page to make the host API fail.</p>
</section>
</main>`,
    config,
  );
}

/** Each host's page: a row of controls (which record, what the host API does), then the record. */
const hostPages = {
  /** The Zendesk agent's ticket page with the app in the sidebar. */
  zendesk: {
    title: 'Zendesk ticket · Tactful playground',
    controls: `  <label>Customer<select id="customer"></select></label>
  <label>Agent's language<select id="agent-locale"><option value="en-US">English</option><option value="es">Español</option></select></label>
  <label>Simulate the Zendesk API<select id="failure">${failureOptions()}</select></label>`,
    main: `  <section aria-labelledby="ticket-subject">
    <p class="muted" id="ticket-number"></p>
    <h1 id="ticket-subject">Loading ticket…</h1>
    <p class="muted" id="ticket-requester"></p>
    <h2>Conversation</h2>
    <ol class="conversation" id="conversation"></ol>
    <h2><label for="reply" id="reply-label">Reply</label></h2>
    <p><label>Reply type <select id="comment-type"><option value="publicReply">Public reply</option><option value="internalNote">Internal note</option></select></label></p>
    <textarea id="reply" spellcheck="true"></textarea>
    <div class="actions">
      <button type="button" class="primary" id="submit">Submit as Open</button>
      <p id="save-outcome" role="status" aria-live="polite"></p>
    </div>
    <h2>Notifications from apps</h2>
    <ul class="notices" id="notices" aria-live="polite"></ul>
  </section>
  <aside aria-label="Apps">
    <iframe id="app" title="Tactful app"></iframe>
  </aside>`,
  },
  /** The HubSpot contact record with the card in its middle column. */
  hubspot: {
    title: 'HubSpot contact · Tactful playground',
    controls: `  <label>Contact<select id="contact"></select></label>
  <label>Simulate hubspot.fetch<select id="failure">${failureOptions()}</select></label>`,
    main: `  <section aria-labelledby="contact-name">
    <h1 id="contact-name">Loading contact…</h1>
    <dl class="props" id="contact-properties"></dl>
    <h2>Alerts</h2>
    <ul class="notices" id="notices" aria-live="polite"></ul>
    <h2>Clipboard</h2>
    <p class="muted" id="clipboard">Nothing copied yet.</p>
  </section>
  <section aria-label="Tactful card" class="card-frame">
    <div id="card"></div>
  </section>`,
  },
};

function hostPage(host: keyof typeof hostPages, config: PageConfig): string {
  const page = hostPages[host];
  return shell(
    host,
    page.title,
    `<div class="controls">\n${page.controls}\n</div>\n<main>\n${page.main}\n</main>`,
    config,
  );
}

/** The Zendesk agent's ticket page with the app in the sidebar. */
export const zendeskTicketPage = (config: PageConfig): string => hostPage('zendesk', config);

/** The HubSpot contact record with the card in its middle column. */
export const hubspotContactPage = (config: PageConfig): string => hostPage('hubspot', config);

/** A host's outcomes page: its script and title, with `main` as the page's main pane. */
const outcomesPage =
  (host: 'zendesk' | 'hubspot', main: string) =>
  (config: PageConfig): string =>
    shell(
      `${host}-outcomes`,
      `${host === 'zendesk' ? 'Zendesk' : 'HubSpot'} outcomes · Tactful playground`,
      main,
      config,
    );

/** The Zendesk agent workspace with the app's nav_bar page (the outcomes) filling the main pane. */
export const zendeskOutcomesPage = outcomesPage(
  'zendesk',
  `<main style="grid-template-columns: 1fr">
  <section aria-label="Apps">
    <iframe id="app" title="Tactful app" style="height: 1400px"></iframe>
  </section>
</main>`,
);

/** The HubSpot app home page (the outcomes) over the seeded portal; the clipboard and alerts shown beside it. */
export const hubspotOutcomesPage = outcomesPage(
  'hubspot',
  `<main style="grid-template-columns: minmax(0, 1fr) 320px">
  <section aria-label="Tactful outcomes page">
    <div id="page"></div>
  </section>
  <section aria-labelledby="clipboard-title">
    <h2>Alerts</h2>
    <ul class="notices" id="notices" aria-live="polite"></ul>
    <h2 id="clipboard-title">Clipboard</h2>
    <pre id="clipboard" style="white-space: pre-wrap">Nothing copied yet.</pre>
  </section>
</main>`,
);
