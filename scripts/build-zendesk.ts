/** Builds the Zendesk app into dist/zendesk (zcli's layout) and the offline zip dist/zendesk.zip. */
import { createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ZipArchive } from 'archiver';
import webpack from 'webpack';
import { zendeskDist, zendeskWebpackConfig } from '../webpack.config';

/** The offline package, made the way `zcli apps:package` makes one. */
export const zendeskZip = path.join(path.dirname(zendeskDist), 'zendesk.zip');

/**
 * Which built files each page load needs, beside the app folder (never packaged): the first load
 * (`app` entry) and each location's chunk group, for the packaging test's first-paint budget.
 */
export const zendeskChunksFile = path.join(path.dirname(zendeskDist), 'zendesk-chunks.json');

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

/** Runs one webpack build; rejects on errors (the bench builds its floors with it too). */
export function compile(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack returned no stats'));
      if (stats.hasErrors()) {
        return reject(new Error(stats.toString({ all: false, errors: true, colors: false })));
      }
      resolve(stats);
    });
  });
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Builds dist/zendesk and dist/zendesk.zip, printing the size of what the first load fetches. */
export async function buildZendesk(
  mode: 'production' | 'development' = 'production',
): Promise<void> {
  const started = Date.now();
  const stats = await compile(zendeskWebpackConfig(mode));
  const json = stats.toJson({
    assets: true,
    entrypoints: true,
    chunkGroups: true,
    chunks: false,
    modules: false,
  });
  const initial = (json.entrypoints?.['app']?.assets ?? []).map((asset) => asset.name);
  const size = (name: string) => statSync(path.join(zendeskDist, name)).size;
  const initialBytes = initial.reduce((sum, name) => sum + size(name), 0);
  const lazy = (json.assets ?? [])
    .map((asset) => asset.name)
    .filter((name) => name.endsWith('.js') && !initial.includes(name));
  const groups = Object.fromEntries(
    Object.entries(json.namedChunkGroups ?? {}).map(([name, group]) => [
      name,
      (group.assets ?? []).map((asset) => asset.name),
    ]),
  );
  writeFileSync(zendeskChunksFile, `${JSON.stringify({ firstLoad: initial, groups }, null, 2)}\n`);
  const bytes = await zipZendeskApp(zendeskDist, zendeskZip);
  console.log(
    `build zendesk: dist/zendesk in ${((Date.now() - started) / 1000).toFixed(1)}s; first load ` +
      `${initial.map((name) => `${path.basename(name)} ${kilobytes(size(name))}`).join(', ')} ` +
      `(total ${kilobytes(initialBytes)}); lazy ${lazy.map((name) => `${path.basename(name)} ${kilobytes(size(name))}`).join(', ')}; ` +
      `dist/zendesk.zip ${kilobytes(bytes)}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildZendesk();
}
