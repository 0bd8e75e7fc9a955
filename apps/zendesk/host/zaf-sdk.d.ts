// The ZAF SDK as the shipped app gets it: the global `ZAFClient` that Zendesk's CDN script
// (https://static.zdassets.com/zendesk_app_framework_sdk/2.0/zaf_sdk.min.js, loaded by
// assets/index.html before our bundle, as Zendesk's own app scaffolds do) defines. Zendesk publishes
// no types and no npm package for it, so only the surface Tactful uses is declared here; every reply
// is `unknown` and parsed with zod by callers.

/**
 * A client made by `ZAFClient.init()` (SDK `lib/client.js`): the surface declared once, in
 * zaf-client.ts, as `ZafClient`.
 */
// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- an import declaration would make this file a module, and its `var` no longer a global
type ZafSdkClient = import('./zaf-client').ZafClient;

/** The SDK's global (SDK `lib/index.js`). */
interface ZafSdkGlobal {
  /** The client, or `false` when the page was not opened by Zendesk (no origin/app_guid in the URL). */
  init(callback?: (context: unknown) => void): ZafSdkClient | false;
}

/** Set by the SDK's script tag; undefined when that script did not load. */
// eslint-disable-next-line no-var -- a global defined by a classic script is a `var`
declare var ZAFClient: ZafSdkGlobal | undefined;
