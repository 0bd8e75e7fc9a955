/**
 * The ZAF SDK script the playground and the browser tests serve where the shipped app loads
 * Zendesk's (`zafSdkCdnUrl`): Zendesk's own file when `TACTFUL_ZAF_SDK_FILE` names a downloaded copy
 * of it, else our stand-in (mocks/zendesk/zaf-sdk-standin.ts) bundled by esbuild, in memory.
 */
import { readFileSync } from 'node:fs';
import { browserScript } from './browser-script';
import { officialZafSdkFile } from './zaf-sdk-file';

/** Which SDK a page gets: Zendesk's file (given by path) or our stand-in. */
export interface ZafSdkScript {
  source: 'zendesk-file' | 'stand-in';
  text: string;
}

/** The script to serve at the SDK's address. */
export async function zafSdkScript(): Promise<ZafSdkScript> {
  const file = officialZafSdkFile();
  if (file !== undefined) return { source: 'zendesk-file', text: readFileSync(file, 'utf8') };
  const text = await browserScript('playground/zendesk/zaf-sdk-entry.ts');
  return { source: 'stand-in', text };
}
