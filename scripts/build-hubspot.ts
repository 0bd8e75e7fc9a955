/**
 * Assembles the HubSpot developer project into dist/hubspot, ready for `hs project upload`:
 * the project config from manifests/hubspot (scopes written from apps/hubspot/scopes.ts, the
 * backend URL in permittedUrls and the webhooks' targetUrl) plus the card's source, with the core files it imports
 * (shared/, apps/hubspot/contract) and the React glue both hosts share (apps/react) copied inside the card folder and their imports rewritten, and a
 * package.json listing exactly the packages the card imports, at the installed versions.
 * HubSpot builds the card itself on upload, so we ship readable source rather than a bundle.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { z } from 'zod';
import {
  conditionallyRequiredScopes,
  optionalScopes,
  requiredScopes,
} from '../apps/hubspot/scopes';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the assembled project goes by default. */
export const hubspotDist = path.join(root, 'dist', 'hubspot');

/** The card's entry file, as app cards' `entrypoint` names it under src/. */
export const cardEntry = path.join(root, 'apps', 'hubspot', 'card', 'TactfulCard.tsx');

/** The app settings component's entry; it lands at the top of src/app/settings. */
export const settingsEntry = path.join(
  root,
  'apps',
  'hubspot',
  'card',
  'settings',
  'TactfulSettings.tsx',
);

/** The app home page's entry (the outcomes page); it lands at the top of src/app/pages. */
export const outcomesEntry = path.join(
  root,
  'apps',
  'hubspot',
  'card',
  'outcomes',
  'TactfulOutcomes.tsx',
);

/** Source folders the card may import, and where each lands inside the uploaded cards folder. */
const sourceRoots = [
  { from: path.join(root, 'apps', 'hubspot', 'card'), to: '.' },
  { from: path.join(root, 'apps', 'hubspot', 'contract'), to: 'contract' },
  { from: path.join(root, 'shared'), to: 'shared' },
  { from: path.join(root, 'apps', 'react'), to: 'react' },
] as const;

/** The backend URL the card source and app-hsmeta.json carry until a deployment sets its own. */
export const defaultBackendUrl = 'https://hubspot.tactful.app';

export interface BuildHubspotOptions {
  outDir?: string;
  /** Public HTTPS URL of the backend (default: TACTFUL_HUBSPOT_BACKEND_URL, else the default). */
  backendUrl?: string;
  quiet?: boolean;
}

/** What the build put where. */
export interface HubspotBuild {
  outDir: string;
  cardsDir: string;
  /** Source files copied into the cards folder, relative to it. */
  cardFiles: string[];
  settingsDir: string;
  /** Source files copied into the settings folder, relative to it. */
  settingsFiles: string[];
  pagesDir: string;
  /** Source files copied into the pages folder (the outcomes home page), relative to it. */
  pagesFiles: string[];
  dependencies: Record<string, string>;
  sourceBytes: number;
}

/**
 * The module specifiers a source file imports (static, type-only, re-exports and `import()`), with
 * where each sits in the text. The TypeScript scanner reads them, so a string or comment that merely
 * looks like an import (a catalog message "from 'Acme'", a key such as 'outcomes.filter.from') is
 * never taken for one: reading imports with a pattern did that twice, and each time the assembled
 * project named a package that does not exist, which `hs project upload` would refuse as well.
 */
function importsOf(source: string, file: string): Array<{ spec: string; start: number }> {
  return ts.preProcessFile(source, true, true).importedFiles.map((reference) => {
    // `pos` is the opening quote; the specifier's text follows it.
    const start = reference.pos + 1;
    if (source.slice(start, start + reference.fileName.length) !== reference.fileName) {
      throw new Error(
        `Cannot place the import ${reference.fileName} in ${path.relative(root, file)}`,
      );
    }
    return { spec: reference.fileName, start };
  });
}

/**
 * Imports are read from source files only: a JSON file (the compiled message catalog) is data, and
 * its messages may well say "from '…'".
 */
function isSourceFile(file: string): boolean {
  return /\.(tsx?|m?jsx?)$/.test(file);
}

/** Assembles the project; throws (a build failure) when an import cannot be resolved or placed. */
export function buildHubspot(options: BuildHubspotOptions = {}): HubspotBuild {
  const started = Date.now();
  const outDir = options.outDir ?? hubspotDist;
  const backendUrl =
    options.backendUrl ?? process.env['TACTFUL_HUBSPOT_BACKEND_URL'] ?? defaultBackendUrl;
  const backend = new URL(backendUrl);
  if (backend.protocol !== 'https:') {
    throw new Error(
      `The HubSpot backend URL must be https (hubspot.fetch refuses others): ${backendUrl}`,
    );
  }
  const backendOrigin = backendUrl.replace(/\/+$/, '');

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(root, 'manifests', 'hubspot'), outDir, { recursive: true });
  const cardsDir = path.join(outDir, 'src', 'app', 'cards');

  const card = assembleComponent(cardEntry, cardsDir, backendOrigin);
  const settingsDir = path.join(outDir, 'src', 'app', 'settings');
  const settings = assembleComponent(settingsEntry, settingsDir, backendOrigin);
  const pagesDir = path.join(outDir, 'src', 'app', 'pages');
  const pages = assembleComponent(outcomesEntry, pagesDir, backendOrigin);
  const cardFiles = card.files;
  const dependencies = card.dependencies;
  const sourceBytes = card.sourceBytes + settings.sourceBytes + pages.sourceBytes;

  const appMetaPath = path.join(outDir, 'src', 'app', 'app-hsmeta.json');
  writeFileSync(
    appMetaPath,
    withScopes(readFileSync(appMetaPath, 'utf8').replaceAll(defaultBackendUrl, backendOrigin)),
  );
  // HubSpot posts webhooks to the backend that runs this deployment.
  const webhooksMetaPath = path.join(outDir, 'src', 'app', 'webhooks', 'webhooks-hsmeta.json');
  writeFileSync(
    webhooksMetaPath,
    readFileSync(webhooksMetaPath, 'utf8').replaceAll(defaultBackendUrl, backendOrigin),
  );

  if (!options.quiet) {
    console.log(
      `build hubspot: ${path.relative(root, outDir)} in ${((Date.now() - started) / 1000).toFixed(1)}s; ` +
        `card ${cardFiles.length}, settings ${settings.files.length} and pages ${pages.files.length} source files ` +
        `(${(sourceBytes / 1024).toFixed(1)} KB), ` +
        `dependencies ${Object.entries(dependencies)
          .map(([name, version]) => `${name}@${version}`)
          .join(', ')}; backend ${backendOrigin}`,
    );
  }
  return {
    outDir,
    cardsDir,
    cardFiles: cardFiles.sort(),
    settingsDir,
    settingsFiles: settings.files.sort(),
    pagesDir,
    pagesFiles: pages.files.sort(),
    dependencies,
    sourceBytes,
  };
}

/**
 * The app's configuration with its scopes written from apps/hubspot/scopes.ts, the list the
 * backend's install link is built from: HubSpot refuses installs whose link and configuration
 * disagree, so neither is ever edited by hand apart from the other.
 */
function withScopes(appMetaJson: string): string {
  const record = z.record(z.string(), z.unknown());
  const meta = record.parse(JSON.parse(appMetaJson));
  const config = record.parse(meta['config']);
  const auth = {
    ...record.parse(config['auth']),
    requiredScopes: [...requiredScopes],
    optionalScopes: [...optionalScopes],
    conditionallyRequiredScopes: [...conditionallyRequiredScopes],
  };
  return `${JSON.stringify({ ...meta, config: { ...config, auth } }, null, 2)}\n`;
}

/**
 * Copies one UI extension (the card, the settings page) into its folder under src/app: the entry
 * at the top, the files it imports beside it with their imports rewritten, and its package.json.
 */
function assembleComponent(
  entry: string,
  componentDir: string,
  backendOrigin: string,
): { files: string[]; dependencies: Record<string, string>; sourceBytes: number } {
  const placeFile = (file: string): string =>
    file === entry ? path.basename(entry) : placeInComponent(file);
  const files = collectImportGraph(entry);
  const packages = new Set<string>(['react', '@hubspot/ui-extensions']);
  const componentFiles: string[] = [];
  let sourceBytes = 0;
  for (const [file, specifiers] of files) {
    const target = placeFile(file);
    const source = readFileSync(file, 'utf8');
    let text = source;
    if (isSourceFile(file)) {
      // Rewritten from the end, so the positions still to come stay where the scanner found them.
      for (const { spec, start } of importsOf(source, file).reverse()) {
        if (!spec.startsWith('.')) continue;
        const resolved = specifiers.get(spec);
        if (!resolved) throw new Error(`Unresolved import ${spec} in ${file}`);
        let relative = path.relative(path.dirname(target), placeFile(resolved));
        relative = relative
          .replace(/\.(tsx?|jsx?)$/, '')
          .split(path.sep)
          .join('/');
        if (!relative.startsWith('.')) relative = `./${relative}`;
        text = `${text.slice(0, start)}${relative}${text.slice(start + spec.length)}`;
      }
    }
    for (const spec of specifiers.keys()) {
      if (!spec.startsWith('.')) packages.add(packageName(spec));
    }
    if (
      path.resolve(file) === path.join(root, 'apps', 'hubspot', 'card', 'host', 'backend-url.ts')
    ) {
      text = text.replaceAll(defaultBackendUrl, backendOrigin);
    }
    mkdirSync(path.dirname(path.join(componentDir, target)), { recursive: true });
    writeFileSync(path.join(componentDir, target), text);
    componentFiles.push(target);
    sourceBytes += Buffer.byteLength(text);
  }

  const dependencies = Object.fromEntries(
    [...packages].sort().map((name) => [name, installedVersion(name)]),
  );
  writeFileSync(
    path.join(componentDir, 'package.json'),
    `${JSON.stringify(
      {
        name: `tactful-hubspot-${path.basename(componentDir)}`,
        version: readJson(path.join(root, 'package.json')).version,
        private: true,
        dependencies,
      },
      null,
      2,
    )}\n`,
  );

  return { files: componentFiles, dependencies, sourceBytes };
}

/** Every source file reachable from `entry` through relative imports, with each file's imports resolved. */
function collectImportGraph(entry: string): Map<string, Map<string, string | undefined>> {
  const graph = new Map<string, Map<string, string | undefined>>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || graph.has(file)) continue;
    const specifiers = new Map<string, string | undefined>();
    graph.set(file, specifiers);
    if (!isSourceFile(file)) continue;
    for (const { spec } of importsOf(readFileSync(file, 'utf8'), file)) {
      if (!spec.startsWith('.')) {
        specifiers.set(spec, undefined);
        continue;
      }
      const resolved = resolveSource(path.dirname(file), spec);
      if (!resolved) throw new Error(`Cannot resolve ${spec} from ${path.relative(root, file)}`);
      specifiers.set(spec, resolved);
      queue.push(resolved);
    }
  }
  return graph;
}

function resolveSource(dir: string, spec: string): string | undefined {
  const base = path.resolve(dir, spec);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, 'index.ts'),
    path.join(base, 'index.tsx'),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Where a source file goes, relative to its component folder; outside the roots is a bug. */
function placeInComponent(file: string): string {
  for (const sourceRoot of sourceRoots) {
    const relative = path.relative(sourceRoot.from, file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      if (sourceRoot.to === '.' && /^(contract|shared|react)(\/|$)/.test(relative)) {
        throw new Error(`apps/hubspot/card/${relative} would clash with the copied core folders`);
      }
      return path.join(sourceRoot.to, relative);
    }
  }
  throw new Error(`The card imports ${path.relative(root, file)}, outside what the build ships`);
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? specifier);
}

function installedVersion(name: string): string {
  const manifest = path.join(root, 'node_modules', ...name.split('/'), 'package.json');
  if (!existsSync(manifest)) throw new Error(`The card imports ${name}, which is not installed`);
  const version = readJson(manifest).version;
  if (typeof version !== 'string') throw new Error(`${name} has no version`);
  return version;
}

function readJson(file: string): { version?: unknown } {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof parsed === 'object' && parsed !== null ? parsed : {};
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildHubspot();
}
