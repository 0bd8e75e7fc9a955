/**
 * What HubSpot's `hubspot.fetch` refuses, for the emulators that play it (the playground's
 * `hubspotFetch`, the played extension worker in tests/hubspot-card). Each rule is from HubSpot's
 * public docs; where the docs say a thing is not supported but not how it fails, the emulator fails
 * loudly (a rejected promise), so the card can never come to rely on it.
 *
 * Sources:
 * - https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data
 *   ("Custom headers: Not supported", "15 seconds default, 120 seconds max", "Payload size: 1MB max",
 *   "Must be in permittedUrls"; fetch URLs "must be valid HTTPS URLs and cannot be localhost"; the
 *   request `body` is an object).
 * - HubSpot/hubspot-project-components 2025.2/defaultFiles/AGENTS.md: "hubspot.fetch requires fully
 *   qualified domain names (FQDN) with HTTPS - relative paths are NOT supported".
 */

/** Both request and response payloads are limited to 1 MB. */
export const hubspotFetchMaxPayloadBytes = 1024 * 1024;
/** A request times out after 15 s unless `timeout` says otherwise. */
export const hubspotFetchDefaultTimeoutMs = 15_000;
/** `timeout` may be raised to 2 minutes at most. */
export const hubspotFetchMaxTimeoutMs = 120_000;

/** The options a card may pass to `hubspot.fetch`, plus anything it should not. */
export interface HubSpotFetchCall {
  url: string;
  method?: string;
  body?: unknown;
  timeout?: number;
  headers?: unknown;
  [other: string]: unknown;
}

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const knownOptions = ['method', 'body', 'timeout'];

/**
 * Why HubSpot would not send this request, or undefined when it would. `permittedOrigins` are the
 * app's `permittedUrls.fetch`; without them only the URL's form is checked (the playground relays
 * the card's production URL to a loopback backend).
 */
export function hubspotFetchRefusal(
  call: HubSpotFetchCall,
  permittedOrigins?: readonly string[],
): string | undefined {
  const { url, ...options } = call;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `hubspot.fetch needs an absolute https URL, not ${url}`;
  }
  if (parsed.protocol !== 'https:') return `hubspot.fetch only calls https URLs, not ${url}`;
  if (/^(localhost|127\.|\[::1\])/.test(parsed.host))
    return `hubspot.fetch cannot call localhost (${url}); use local.json's proxy`;
  if (
    permittedOrigins !== undefined &&
    !permittedOrigins.some((permitted) => url === permitted || url.startsWith(`${permitted}/`))
  )
    return `${parsed.origin} is not in the app's permittedUrls.fetch`;
  const unknown = Object.keys(options).filter(
    (name) => !knownOptions.includes(name) && options[name] !== undefined,
  );
  if (unknown.length > 0)
    return `hubspot.fetch takes no ${unknown.join(', ')} (custom headers, credentials and cache are not supported)`;
  if (options.method !== undefined && !methods.includes(options.method))
    return `hubspot.fetch does not send ${options.method}`;
  if (
    options.timeout !== undefined &&
    !(options.timeout > 0 && options.timeout <= hubspotFetchMaxTimeoutMs)
  )
    return `timeout must be between 1 and ${hubspotFetchMaxTimeoutMs} ms`;
  if (options.body !== undefined) {
    if (typeof options.body !== 'object' || options.body === null || Array.isArray(options.body))
      return 'hubspot.fetch sends a JSON object body only';
    if (Buffer.byteLength(JSON.stringify(options.body)) > hubspotFetchMaxPayloadBytes)
      return 'the request body is over hubspot.fetch’s 1 MB limit';
  }
  return undefined;
}

/** The reply as the card would get it, or a rejection when it is over the 1 MB limit. */
export async function limitHubSpotFetchReply(reply: Response): Promise<Response> {
  const bytes = await reply.arrayBuffer();
  if (bytes.byteLength > hubspotFetchMaxPayloadBytes)
    throw new Error('the response is over hubspot.fetch’s 1 MB limit');
  return new Response(bytes.byteLength === 0 ? null : bytes, {
    status: reply.status,
    headers: reply.headers,
  });
}
