// `npm start`: builds the Zendesk app if its sources changed, then starts the playground on 127.0.0.1
// (Zendesk ticket page, HubSpot contact page, mock host APIs, our HubSpot backend on SQLite) and
// prints where to open it. PORT picks the page port (default 4567; 0 = any free port).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { zendeskDist } from '../webpack.config';
import { startPlayground } from '../playground/server/server';
import { buildZendesk } from './build-zendesk';

/** The newest modification time under `dir` (files only), or 0 when it does not exist. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (
      entry.name === 'node_modules' ||
      entry.name.endsWith('.test.ts') ||
      entry.name.endsWith('.test.tsx')
    )
      continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const builtIndex = path.join(zendeskDist, 'assets', 'index.html');
const built = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
const sources = Math.max(...['apps/zendesk', 'shared', 'manifests/zendesk'].map(newest));
if (built < sources) {
  console.log('Building the Zendesk app (its sources changed since the last build)…');
  await buildZendesk();
}

const port = Number(process.env['PORT'] ?? 4567);
const playground = await startPlayground({ port, appPort: port === 0 ? 0 : port + 1 });

console.log(`
Tactful playground is running on loopback (no Zendesk or HubSpot account needed):

  Home              ${playground.url}/
  Zendesk ticket    ${playground.zendeskUrl}   (the built app in dist/zendesk, over ZAF postMessage)
  HubSpot contact   ${playground.hubspotUrl}   (the real card, through a preview renderer)

  Zendesk app assets  ${playground.zendeskAppUrl}
  HubSpot backend     ${playground.hubspotBackendUrl}   (SQLite in memory, installed via OAuth)
  Mock HubSpot API    ${playground.mockHubSpotUrl}

Press Ctrl+C to stop.
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void playground.close().then(() => process.exit(0));
  });
}
