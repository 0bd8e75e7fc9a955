/**
 * Plays HubSpot's extension worker for the card's entry, in the page: marks the global as a HubSpot
 * worker (so `@hubspot/ui-extensions` takes `hubspot.extend` from `self.extend_V2`), captures what
 * the entry passes to `hubspot.extend`, and serves `hubspot.fetch` (the worker's `hsFetch`) through
 * the playground server, which signs the request for our backend the way HubSpot does. Imported
 * before the card's entry, because the SDK reads these globals when it loads.
 */

/** What `hubspot.extend`'s callback receives and returns, loosely (the preview supplies it). */
export type ExtensionRender = (api: {
  context: unknown;
  actions: unknown;
  runServerlessFunction: () => Promise<never>;
}) => unknown;

let captured: ExtensionRender | undefined;
let api: { context: unknown; actions: unknown } | undefined;

function currentApi(): { context: unknown; actions: unknown } {
  if (!api) throw new Error('The preview has not provided the extension context yet');
  return api;
}

/** Sets the context and actions the SDK's hooks (`useExtensionContext`, ...) hand the card. */
export function provideExtensionApi(value: { context: unknown; actions: unknown }): void {
  api = value;
}

/** `hubspot.fetch`: the card's request relayed to the playground server (which signs it). */
function hsFetch(
  url: string,
  options: { method?: string; body?: unknown; timeout?: number } = {},
): Promise<Response> {
  return fetch('/hubspot-fetch', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      url,
      method: options.method ?? 'GET',
      body: options.body,
      timeout: options.timeout,
    }),
    ...(options.timeout ? { signal: AbortSignal.timeout(options.timeout + 1_000) } : {}),
  });
}

Object.assign(globalThis, {
  __HUBSPOT_EXTENSION_WORKER__: true,
  extend_V2: (render: ExtensionRender) => {
    captured = render;
  },
  hsFetch,
  // What the SDK's hooks call inside HubSpot's worker.
  hsWorkerAPI: {
    useExtensionContext: () => currentApi().context,
    useExtensionActions: () => currentApi().actions,
    useExtensionApi: () => ({
      ...currentApi(),
      runServerlessFunction: () => Promise.reject(new Error('not used')),
    }),
  },
  serverless: () => Promise.reject(new Error('Serverless functions are not used by Tactful')),
  logger: {
    debug: (data: unknown) => console.debug(data),
    info: (data: unknown) => console.info(data),
    warn: (data: unknown) => console.warn(data),
    error: (data: unknown) => console.error(data),
  },
});

/** The callback the card's entry passed to `hubspot.extend`. */
export function extension(): ExtensionRender {
  if (!captured) throw new Error('The card entry did not call hubspot.extend');
  return captured;
}
