/**
 * The ZAF SDK script the playground and the browser tests serve where the shipped app loads
 * Zendesk's (`zafSdkCdnUrl`): Zendesk's own file when `TACTFUL_ZAF_SDK_FILE` names a downloaded copy
 * of it, else our stand-in (mocks/zendesk/zaf-sdk-standin.ts) bundled by esbuild, in memory.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { officialZafSdkFile } from './zaf-sdk-file';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Which SDK a page gets: Zendesk's file (given by path) or our stand-in. */
export interface ZafSdkScript {
  source: 'zendesk-file' | 'stand-in';
  text: string;
}

/** The script to serve at the SDK's address. */
export async function zafSdkScript(): Promise<ZafSdkScript> {
  const file = officialZafSdkFile();
  if (file !== undefined) return { source: 'zendesk-file', text: readFileSync(file, 'utf8') };
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'playground/zendesk/zaf-sdk-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text;
  if (text === undefined) throw new Error('esbuild produced no ZAF SDK stand-in');
  return { source: 'stand-in', text };
}
