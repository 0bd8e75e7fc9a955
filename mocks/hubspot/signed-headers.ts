/**
 * The headers HubSpot puts on a request it forwards to an app's backend (a card's `hubspot.fetch`):
 * the v3 signature over method, full URL, body and timestamp, the timestamp, and the JSON content
 * type when there is a body. One place for the playground and the multi-instance run.
 */
import { signRequestV3 } from '../../apps/hubspot/server/signature';

/** Signs `request` (its full public URL) with the app's client secret, as of `now`. */
export function hubspotSignedHeaders(
  request: { method: string; url: string; body: string },
  clientSecret: string,
  now: number = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  return {
    'x-hubspot-request-timestamp': timestamp,
    'x-hubspot-signature-v3': signRequestV3({ ...request, timestamp }, clientSecret),
    ...(request.body === '' ? {} : { 'content-type': 'application/json' }),
  };
}
