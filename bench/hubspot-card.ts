/**
 * The HubSpot card bundled as HubSpot bundles it on upload: the assembled card folder
 * (scripts/build-hubspot.ts) through esbuild, minified, React and the ui-extensions packages left to
 * the host. `npm run bench bundles` prints the figure and tests/packaging/hubspot-card-bundle.test.ts
 * holds it to its budget (bench/budgets.ts). A relative import that does not resolve inside the
 * assembled folder fails the bundle, as it would fail HubSpot's build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the HubSpot host provides to every card, left out of the card's own bundle. */
export const hostPackages = [
  'react',
  'react/*',
  'react-dom',
  '@hubspot/ui-extensions',
  '@hubspot/*',
];

export interface CardBundle {
  /** Minified bytes. */
  raw: number;
  /** The same, gzipped at zlib's default level as servers send it. */
  gz: number;
  metafile: Metafile;
}

/** Leaves every package out: what remains is the card's own code (and the shared core it copies). */
const everyPackageExternal: Plugin = {
  name: 'every-package-external',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * Bundles `entry` (the assembled TactfulCard.tsx) with `external` packages left out, or with every
 * package left out (`'every package'`: the card's own code, issue 16's floor for the card).
 */
export async function bundleCard(
  entry: string,
  external: readonly string[] | 'every package' = hostPackages,
): Promise<CardBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    metafile: true,
    logLevel: 'silent',
    external: external === 'every package' ? [] : [...external],
    plugins: external === 'every package' ? [everyPackageExternal] : [],
    nodePaths: [path.join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no output for the HubSpot card');
  return {
    raw: output.contents.length,
    gz: gzipSync(output.contents).length,
    metafile: result.metafile,
  };
}
