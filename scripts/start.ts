// Interim `npm start` (until the playground lands): builds the Zendesk app and serves it with
// `zcli apps:server`, so it can be loaded into a real Zendesk ticket with `?zcli_apps=true`.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zendeskDist } from '../webpack.config';
import { buildZendesk } from './build-zendesk';

const port = Number(process.env['PORT'] ?? 4567);

const manifest = z
  .object({
    parameters: z.array(
      z
        .object({
          name: z.string(),
          secure: z.boolean().optional(),
          default: z.union([z.string(), z.number(), z.boolean()]).optional(),
        })
        .loose(),
    ),
  })
  .loose()
  .parse(JSON.parse(readFileSync('manifests/zendesk/manifest.json', 'utf8')));

await buildZendesk();

// zcli asks for every setting it does not find here; the manifest's defaults let it start unattended.
// (.zcliignore keeps this file out of any package.)
const parameters = Object.fromEntries(
  manifest.parameters.map((parameter) => [parameter.name, parameter.default ?? '']),
);
writeFileSync(
  path.join(zendeskDist, 'zcli.apps.config.json'),
  `${JSON.stringify({ parameters }, null, 2)}\n`,
);

console.log(`
Tactful's Zendesk app is built in dist/zendesk and served by zcli on http://localhost:${port}.
To load it into your Zendesk (no install needed):
  1. Open a ticket in your account with ?zcli_apps=true, for example
       https://<your-subdomain>.zendesk.com/agent/tickets/1?zcli_apps=true
  2. Allow the page to load insecure local content / local network access if the browser asks.
  3. The app runs with the manifest's default settings (dist/zendesk/zcli.apps.config.json): it reads
     the balance from the user fields tactful_balance, tactful_currency and tactful_due_date.
Press Ctrl+C to stop.
`);

const server = spawn(
  'npx',
  [
    'zcli',
    'apps:server',
    path.relative(process.cwd(), zendeskDist),
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
  ],
  { stdio: 'inherit' },
);
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
