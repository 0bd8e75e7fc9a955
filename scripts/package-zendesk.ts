// `npm run package:zendesk`: the offline zip (as `zcli apps:package` makes it), then the real
// `zcli apps:package` (which uploads to Zendesk to validate) when Zendesk credentials are set.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZipArchive } from 'archiver';

/** Files zcli never packages (`tmp/**`, its own output), plus the app's `.zcliignore` lines. */
function ignoredPatterns(appDir: string): string[] {
  const patterns = ['tmp/**'];
  const ignoreFile = path.join(appDir, '.zcliignore');
  if (existsSync(ignoreFile)) {
    for (const line of readFileSync(ignoreFile, 'utf8').replace(/\r\n/g, '\n').split('\n')) {
      const pattern = line.trim();
      if (pattern !== '' && !pattern.startsWith('#')) patterns.push(pattern);
    }
  }
  return patterns;
}

/**
 * Zips `appDir` the way zcli-apps' `createAppPkg` does: every file under the app folder (glob `**`,
 * no dotfiles), paths relative to the folder (manifest.json at the top), minus the ignored ones.
 * Resolves with the number of bytes written.
 */
export function zipZendeskApp(appDir: string, zipPath: string): Promise<number> {
  if (!existsSync(path.join(appDir, 'manifest.json'))) {
    return Promise.reject(new Error(`Invalid app path: ${appDir} has no manifest.json`));
  }
  return new Promise((resolve, reject) => {
    const output = createWriteStream(zipPath);
    const archive = new ZipArchive({ zlib: { level: 9 } });
    output.on('close', () => resolve(archive.pointer()));
    output.on('error', reject);
    archive.on('error', reject);
    archive.glob('**', { cwd: appDir, ignore: ignoredPatterns(appDir) });
    archive.pipe(output);
    void archive.finalize();
  });
}

const credentials = ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'] as const;

async function main(): Promise<number> {
  const { buildZendesk, zendeskZip } = await import('./build-zendesk');
  const { zendeskDist } = await import('../webpack.config');
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
