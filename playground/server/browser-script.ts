/**
 * One TypeScript entry bundled by esbuild into a minified browser script, in memory: what the
 * playground serves as the ZAF SDK stand-in and what the typing bench injects into its page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `entry` (relative to the repository) as one self-running script; throws when esbuild fails. */
export async function browserScript(
  entry: string,
  define: Record<string, string> = {},
): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
    define,
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return text;
}
