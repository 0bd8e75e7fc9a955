/**
 * Bundle benchmark: the Zendesk sidebar's JavaScript and CSS per chunk (raw and gzipped, first-load
 * from assets/index.html vs lazy), the first-load total against its gzipped budget (budgets.ts), what
 * dominates (webpack stats, to stderr), and the HubSpot card bundled with esbuild (host packages
 * external, and all-in), and the bundle floors (bench/floors/build.ts) built in the same run, with
 * the first-paint JS as a ratio of the Garden floor. Builds into a temporary folder so dist/ stays as `npm run build` left it.
 * Run standalone with `tsx bench/bundles.ts`; `benchBundles()` returns the figures (KB = 1024 B).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from '@jridgewell/sourcemap-codec';
import type webpack from 'webpack';
import { z } from 'zod';
import { zendeskWebpackConfig } from '../webpack.config';
import { buildHubspot } from '../scripts/build-hubspot';
import { cardBundleBudgetKb, firstLoadBudgetKb, ticketSidebarFirstPaintBudgetKb } from './budgets';
import { bundleFloors } from './floors/build';
import { bundleCard } from './hubspot-card';
import { compile, gzipped, kb } from './webpack-build';

/** `assets/ticket-sidebar.1a2b3c4d.js` → `ticket-sidebar.js`, so figure names survive a rebuild. */
const stableName = (file: string): string =>
  path.basename(file).replace(/\.[0-9a-f]{8}(\.(?:js|css))$/, '$1');

/** The package a module path belongs to (`react-dom`, `@zendeskgarden/react-forms`), or our folder. */
function owner(modulePath: string): string {
  const parts = modulePath.replace(/\\/g, '/').split('/node_modules/');
  const inPackage = parts.length > 1 ? parts[parts.length - 1] : undefined;
  if (inPackage !== undefined) {
    const segments = inPackage.split('/');
    return segments[0]?.startsWith('@') ? segments.slice(0, 2).join('/') : (segments[0] ?? '?');
  }
  const local = modulePath.replace(/^\.\//, '').split(/[/?!]/);
  return local.slice(0, Math.min(3, local.length - 1)).join('/') || modulePath;
}

interface StatsModule {
  name?: string;
  size?: number;
  chunks?: Array<string | number>;
  modules?: StatsModule[];
}

/** Concatenated modules hold the real ones; yields each leaf with the chunks of its container. */
function* leafModules(
  modules: readonly StatsModule[],
  chunks?: ReadonlyArray<string | number>,
): Generator<{ name: string; size: number; chunks: ReadonlyArray<string | number> }> {
  for (const module of modules) {
    const inChunks = module.chunks && module.chunks.length > 0 ? module.chunks : (chunks ?? []);
    if (module.modules && module.modules.length > 0) yield* leafModules(module.modules, inChunks);
    else if (module.name !== undefined) {
      yield { name: module.name, size: module.size ?? 0, chunks: inChunks };
    }
  }
}

function topEntries(sizes: Map<string, number>, count: number): Array<[string, number]> {
  return [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** Report rows for the `count` largest entries: name, KB and, given a `whole`, its share of it. */
function sizeRows(sizes: Map<string, number>, count: number, whole?: number): string[] {
  return topEntries(sizes, count).map(([name, size]) => {
    const share = whole === undefined ? '' : `  ${Math.round((size / whole) * 100)}%`;
    return `  ${name.padEnd(44)} ${kb(size)}${share}`;
  });
}

function report(lines: string[]): void {
  process.stderr.write(`${lines.join('\n')}\n`);
}

/** Builds the Zendesk app in production mode into `outDir` (zcli's layout), as `npm run build` does. */
function buildZendeskApp(outDir: string): Promise<webpack.Stats> {
  const config = zendeskWebpackConfig('production');
  // Hidden source maps: the same minified code, plus .map files that say which package each byte
  // of it came from (no sourceMappingURL comment, so the browser never fetches them).
  return compile({
    ...config,
    devtool: 'hidden-source-map',
    output: { ...config.output, path: outDir },
  });
}

let zendeskBuild: Promise<{ dir: string; stats: webpack.Stats }> | undefined;

/**
 * The production Zendesk app, built once per process into a temporary folder (removed at exit):
 * this suite measures its files, bench/sidebar.ts loads it in the browser.
 */
export function builtZendeskApp(): Promise<{ dir: string; stats: webpack.Stats }> {
  zendeskBuild ??= (async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-zendesk-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { dir, stats: await buildZendeskApp(dir) };
  })();
  return zendeskBuild;
}

const sourceMapSchema = z.object({ sources: z.array(z.string()), mappings: z.string() });

/** Minified bytes of `file` per owning package, from its source map (unmapped bytes: `(webpack)`). */
function minifiedBytesByOwner(file: string, into: Map<string, number>): void {
  if (!existsSync(`${file}.map`)) {
    // The holiday data chunks take their name from HolidayChunksPlugin, after webpack names maps.
    into.set('(no source map)', (into.get('(no source map)') ?? 0) + statSync(file).size);
    return;
  }
  const code = readFileSync(file, 'utf8').split('\n');
  const map = sourceMapSchema.parse(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const owners = map.sources.map((source) => owner(source.replace(/^webpack:\/\/[^/]*\//, '')));
  decode(map.mappings).forEach((segments, line) => {
    const length = Buffer.byteLength(code[line] ?? '');
    segments.forEach((segment, index) => {
      const end = segments[index + 1]?.[0] ?? length;
      const name = segment.length > 1 ? (owners[segment[1] ?? -1] ?? '(webpack)') : '(webpack)';
      into.set(name, (into.get(name) ?? 0) + Math.max(0, end - segment[0]));
    });
  });
}

/** Measures the production Zendesk app (`builtZendeskApp`). */
async function zendeskFigures(): Promise<Record<string, number>> {
  const { dir: outDir, stats } = await builtZendeskApp();
  const json = stats.toJson({
    all: false,
    assets: true,
    chunks: true,
    modules: true,
    nestedModules: true,
    chunkGroups: true,
    ids: true,
  });

  const html = readFileSync(path.join(outDir, 'assets', 'index.html'), 'utf8');
  const referenced = new Set(
    // Minified HTML drops attribute quotes: `<script defer src=../assets/app.1a2b3c4d.js>`.
    [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=["']?([^"'\s>]+)/g)].map((match) =>
      path.basename(match[1] ?? ''),
    ),
  );
  const files = readdirSync(path.join(outDir, 'assets')).filter(
    (file) => file.endsWith('.js') || file.endsWith('.css'),
  );
  const figures: Record<string, number> = {};
  let firstLoadJs = 0;
  let firstLoadJsGz = 0;
  let lazyJsGz = 0;
  let cssGz = 0;
  const lines = ['Zendesk sidebar chunks (KB raw / gzipped):'];
  for (const file of files.sort()) {
    const content = readFileSync(path.join(outDir, 'assets', file));
    const raw = content.length;
    const gz = gzipped(content);
    const firstLoad = referenced.has(file);
    const kind = file.endsWith('.css') ? 'css' : firstLoad ? 'first-load' : 'lazy';
    figures[`zendesk ${kind} ${stableName(file)} KB`] = kb(raw);
    figures[`zendesk ${kind} ${stableName(file)} KB gz`] = kb(gz);
    lines.push(`  ${kind.padEnd(10)} ${stableName(file).padEnd(36)} ${kb(raw)} / ${kb(gz)}`);
    if (file.endsWith('.css')) cssGz += gz;
    else if (firstLoad) {
      firstLoadJs += raw;
      firstLoadJsGz += gz;
    } else lazyJsGz += gz;
  }
  figures['zendesk first-load JS KB'] = kb(firstLoadJs);
  figures['zendesk first-load JS KB gz'] = kb(firstLoadJsGz);
  figures['zendesk first-load JS budget KB gz'] = firstLoadBudgetKb;
  // The ticket sidebar paints once its lazy location chunk group has loaded too.
  const ticketGroup = new Set(
    (json.namedChunkGroups?.['ticket-sidebar']?.assets ?? []).map((asset) =>
      path.basename(asset.name),
    ),
  );
  let ticketJsGz = firstLoadJsGz;
  for (const file of files) {
    if (ticketGroup.has(file) && !referenced.has(file) && file.endsWith('.js')) {
      ticketJsGz += gzipped(readFileSync(path.join(outDir, 'assets', file)));
    }
  }
  // And the agent's opening messages, their own chunk per language (shared/i18n/load.ts), loaded
  // before the location renders (the whole catalog loads beside them for the panels that follow
  // the card, apps/zendesk/ui/i18n.tsx): the larger language's counts, so the figure holds for
  // every agent.
  const catalogGz = (prefix: string) =>
    Math.max(
      0,
      ...Object.entries(json.namedChunkGroups ?? {})
        .filter(([name]) => new RegExp(`^${prefix}[a-z]{2}$`).test(name))
        .map(([, group]) =>
          (group.assets ?? [])
            .map((asset) => path.basename(asset.name))
            .filter(
              (file) => file.endsWith('.js') && !ticketGroup.has(file) && !referenced.has(file),
            )
            .reduce(
              (sum, file) => sum + gzipped(readFileSync(path.join(outDir, 'assets', file))),
              0,
            ),
        ),
    );
  const agentCatalogGz = catalogGz('messages-opening-');
  ticketJsGz += agentCatalogGz;
  figures['zendesk agent opening messages JS KB gz (larger language)'] = kb(agentCatalogGz);
  figures['zendesk agent whole catalog JS KB gz (larger language, after first paint)'] = kb(
    catalogGz('messages-'),
  );
  figures['zendesk ticket sidebar first paint JS KB gz'] = kb(ticketJsGz);
  figures['zendesk ticket sidebar first paint JS budget KB gz'] = ticketSidebarFirstPaintBudgetKb;
  figures['zendesk lazy JS total KB gz'] = kb(lazyJsGz);
  const firstLoadMinified = new Map<string, number>();
  const lazyMinified = new Map<string, number>();
  // What the ticket sidebar's own chunk group adds before it paints, beyond the first load.
  const ticketGroupMinified = new Map<string, number>();
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    const target = referenced.has(file) ? firstLoadMinified : lazyMinified;
    minifiedBytesByOwner(path.join(outDir, 'assets', file), target);
    if (ticketGroup.has(file) && !referenced.has(file)) {
      minifiedBytesByOwner(path.join(outDir, 'assets', file), ticketGroupMinified);
    }
  }
  figures['zendesk CSS total KB gz'] = kb(cssGz);

  // What dominates: module source sizes (before minification) by package, first-load vs lazy.
  const initialChunks = new Set(
    (json.chunks ?? []).filter((chunk) => chunk.initial).map((chunk) => chunk.id ?? ''),
  );
  const firstLoadByOwner = new Map<string, number>();
  const lazyByOwner = new Map<string, number>();
  const byModule = new Map<string, number>();
  let firstLoadSource = 0;
  for (const module of leafModules((json.modules ?? []) as StatsModule[])) {
    const initial = module.chunks.some((id) => initialChunks.has(id));
    const group = initial ? firstLoadByOwner : lazyByOwner;
    const name = owner(module.name);
    group.set(name, (group.get(name) ?? 0) + module.size);
    byModule.set(module.name, (byModule.get(module.name) ?? 0) + module.size);
    if (initial) firstLoadSource += module.size;
  }
  lines.push(
    `  first-load ${kb(firstLoadJsGz)} KB gzipped of a ${firstLoadBudgetKb} KB budget; ` +
      `lazy ${kb(lazyJsGz)} KB gzipped`,
    'Zendesk first-load JS by package (KB minified, from source maps):',
    ...sizeRows(firstLoadMinified, 12, firstLoadJs),
    'Zendesk ticket sidebar chunk group before first paint, beyond the first load, by package (KB minified):',
    ...sizeRows(ticketGroupMinified, 12),
    'Zendesk lazy JS by package (KB minified, from source maps):',
    ...sizeRows(lazyMinified, 10),
    'Zendesk first-load source by package (KB before minification, share):',
    ...sizeRows(firstLoadByOwner, 12, firstLoadSource),
    'Zendesk lazy source by package (KB before minification):',
    ...sizeRows(lazyByOwner, 10),
    'Zendesk largest modules (KB before minification):',
    ...topEntries(byModule, 10).map(
      ([name, size]) => `  ${name.slice(-70).padEnd(70)} ${kb(size)}`,
    ),
  );
  report(lines);
  for (const [name, size] of topEntries(firstLoadMinified, 5)) {
    figures[`zendesk first-load top: ${name} minified KB`] = kb(size);
  }
  for (const [name, size] of topEntries(lazyMinified, 3)) {
    figures[`zendesk lazy top: ${name} minified KB`] = kb(size);
  }
  return figures;
}

/**
 * The HubSpot card as HubSpot would bundle it (host packages external), all-in and its own code
 * alone; what dominates goes to stderr, by folder or package and by module.
 */
export async function hubspotFigures(outDir: string): Promise<Record<string, number>> {
  const assembled = buildHubspot({ outDir, quiet: true });
  const entry = path.join(assembled.cardsDir, 'TactfulCard.tsx');
  const external = await bundleCard(entry);
  const allIn = await bundleCard(entry, []);
  const ownCode = await bundleCard(entry, 'every package');
  const byOwner = new Map<string, number>();
  const byModule = new Map<string, number>();
  const output = Object.values(external.metafile.outputs)[0];
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const inCard = path.relative(assembled.cardsDir, path.resolve(input));
    const name = owner(inCard);
    byOwner.set(name, (byOwner.get(name) ?? 0) + bytesInOutput);
    byModule.set(inCard.replace(/^.*node_modules\//, ''), bytesInOutput);
  }
  report([
    `HubSpot card (esbuild, minified): host packages external ${kb(external.raw)} / ` +
      `${kb(external.gz)} KB gz (budget ${cardBundleBudgetKb}); all-in ${kb(allIn.raw)} / ` +
      `${kb(allIn.gz)} KB gz; its own code alone ${kb(ownCode.raw)} / ${kb(ownCode.gz)} KB gz`,
    'HubSpot card by package or folder (KB minified, host packages external, share):',
    ...sizeRows(byOwner, 12, external.raw),
    'HubSpot card largest modules (KB minified):',
    ...topEntries(byModule, 10).map(
      ([name, size]) => `  ${name.slice(-70).padEnd(70)} ${kb(size)}`,
    ),
  ]);
  const figures: Record<string, number> = {
    'hubspot card KB (react, ui-extensions external)': kb(external.raw),
    'hubspot card KB gz (react, ui-extensions external)': kb(external.gz),
    'hubspot card budget KB gz (react, ui-extensions external)': cardBundleBudgetKb,
    'hubspot card own code KB gz (every package external)': kb(ownCode.gz),
    'hubspot card KB (all-in)': kb(allIn.raw),
    'hubspot card KB gz (all-in)': kb(allIn.gz),
  };
  for (const [name, size] of topEntries(byOwner, 3)) {
    figures[`hubspot card top: ${name} minified KB`] = kb(size);
  }
  return figures;
}

/** The figures: Zendesk chunks and first-load total, HubSpot card sizes, top packages (KB). */
export async function benchBundles(): Promise<Record<string, number>> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'tactful-bench-bundles-'));
  try {
    const zendesk = await zendeskFigures();
    const floors = await bundleFloors();
    const firstPaint = zendesk['zendesk ticket sidebar first paint JS KB gz'] ?? Number.NaN;
    return {
      ...zendesk,
      'floor React + ReactDOM JS KB gz': floors.reactKbGz,
      'floor React + styled-components + Garden JS KB gz': floors.gardenKbGz,
      'zendesk ticket sidebar first paint JS / Garden floor':
        Math.round((firstPaint / floors.gardenKbGz) * 100) / 100,
      // A card that does not build (someone's change in progress) costs its own figures only.
      ...(await hubspotFigures(path.join(scratch, 'hubspot')).catch((error: unknown) => {
        report([`HubSpot card: not measured (${error instanceof Error ? error.message : error})`]);
        return {};
      })),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchBundles();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(60)} ${value}`);
}
