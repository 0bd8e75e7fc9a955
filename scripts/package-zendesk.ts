// `npm run package:zendesk`: the offline zip (as `zcli apps:package` makes it), then the real
// `zcli apps:package` (which uploads to Zendesk to validate) when Zendesk credentials are set.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zendeskDist } from '../webpack.config';
import { buildZendesk, zendeskZip, zipZendeskApp } from './build-zendesk';

const credentials = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'] as const;

async function main(): Promise<number> {
  if (!existsSync(path.join(zendeskDist, 'manifest.json'))) await buildZendesk();
  const bytes = await zipZendeskApp(zendeskDist, zendeskZip);
  console.log(
    `package zendesk: ${path.relative(process.cwd(), zendeskZip)} (${bytes} bytes, offline)`,
  );

  const missing = credentials.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    console.log(
      `package zendesk: skipped \`zcli apps:package\` (it uploads the zip to Zendesk to validate it) ` +
        `because ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.\n` +
        'Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN to run it; the offline zip above ' +
        'can be uploaded in Admin Center > Apps and integrations > Zendesk Support apps > Upload private app.',
    );
    return 0;
  }
  const zcli = spawnSync(
    'npx',
    ['zcli', 'apps:package', path.relative(process.cwd(), zendeskDist)],
    {
      stdio: 'inherit',
    },
  );
  return zcli.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
