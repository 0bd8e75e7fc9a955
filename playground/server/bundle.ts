/**
 * Bundles the playground's two pages for the browser with esbuild, in memory, when the server
 * starts (about a second): the Zendesk ticket page (host emulator over the ticket model) and the
 * HubSpot contact page (the real card's entry and the preview renderer).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each page's script, by the name it is served under (`/bundles/<name>.js`). */
export const pageEntries = {
  'zendesk-ticket': 'playground/zendesk/ticket-page.ts',
  'zendesk-outcomes': 'playground/zendesk/outcomes-page.ts',
  'hubspot-contact': 'playground/hubspot/contact-page.tsx',
  'hubspot-outcomes': 'playground/hubspot/outcomes-page.tsx',
} as const;

/** Builds every page script; resolves with the JavaScript of each, by name. */
export async function bundlePages(): Promise<Map<string, string>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(
      Object.entries(pageEntries).map(([name, entry]) => [name, path.join(root, entry)]),
    ),
    bundle: true,
    write: false,
    outdir: path.join(root, 'dist', 'playground'),
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify: true,
    sourcemap: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const scripts = new Map(
    result.outputFiles.map((file) => [path.basename(file.path, '.js'), file.text] as const),
  );
  const missing = Object.keys(pageEntries).filter((name) => !scripts.has(name));
  if (missing.length > 0) throw new Error(`esbuild produced no bundle for ${missing.join(', ')}`);
  return scripts;
}
