/**
 * `TACTFUL_ZAF_SDK_FILE`: a downloaded copy of Zendesk's `zaf_sdk.min.js` (from `zafSdkCdnUrl` in
 * webpack.config.ts) to use instead of our stand-in in the playground, the browser tests and the
 * jest tests that run an SDK. Kept apart from zaf-sdk.ts so jsdom tests need not load esbuild.
 */

/** The path of Zendesk's SDK file to serve instead of the stand-in, if the environment names one. */
export function officialZafSdkFile(): string | undefined {
  const file = process.env['TACTFUL_ZAF_SDK_FILE'];
  return file === undefined || file.trim() === '' ? undefined : file;
}
