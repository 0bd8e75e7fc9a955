/**
 * HubSpot's side of a webhook delivery, for tests and the smoke run: builds events in the shape
 * HubSpot documents, refuses to send what HubSpot never would (a batch that is not an array of
 * such events), signs the request with X-HubSpot-Signature-v3 and POSTs it to the bare target URL.
 *
 * Sources:
 * - Payload fields (eventId, subscriptionId, portalId, appId, occurredAt, subscriptionType,
 *   attemptNumber, objectId, changeSource, changeFlag, propertyName, propertyValue):
 *   https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide ("Webhook payloads").
 * - contact.privacyDeletion, which also triggers contact.deletion:
 *   https://developers.hubspot.com/changelog/now-live-webhooks-now-support-privacy-compliant-contact-deletions
 * - The v3 signature (method + URI + body + timestamp, HMAC-SHA256 with the client secret, base64):
 *   https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/request-validation
 * - At most 100 events a request: unverified (no HubSpot page found that states the batch size).
 */
import { z } from 'zod';
import { signRequestV3 } from '../../apps/hubspot/server/signature';

/** One event as HubSpot sends it. Strict: an emulator must not send fields HubSpot does not. */
export const hubspotWebhookEventSchema = z.strictObject({
  eventId: z.number().int().positive(),
  subscriptionId: z.number().int().positive(),
  portalId: z.number().int().positive(),
  appId: z.number().int().positive(),
  occurredAt: z.number().int().positive(),
  subscriptionType: z.string().regex(/^[a-z]+\.[A-Za-z]+$/),
  attemptNumber: z.number().int().min(0),
  objectId: z.number().int().positive(),
  changeSource: z.string().optional(),
  changeFlag: z.string().optional(),
  sourceId: z.string().optional(),
  propertyName: z.string().optional(),
  propertyValue: z.string().optional(),
});
export type HubSpotWebhookEvent = z.infer<typeof hubspotWebhookEventSchema>;

/** A request body HubSpot would send: a JSON array of events (unverified: at most 100). */
export const hubspotWebhookBatchSchema = z.array(hubspotWebhookEventSchema).min(1).max(100);

let nextEventId = 1000;

/** A contact deletion (`contact.deletion`) or GDPR deletion (`contact.privacyDeletion`) event. */
export function contactDeletionEvent(options: {
  portalId: number;
  appId: number;
  contactId: number;
  privacy?: boolean;
  occurredAt?: number;
}): HubSpotWebhookEvent {
  nextEventId += 1;
  return {
    eventId: nextEventId,
    subscriptionId: options.privacy ? 2 : 1,
    portalId: options.portalId,
    appId: options.appId,
    occurredAt: options.occurredAt ?? Date.now(),
    subscriptionType: options.privacy ? 'contact.privacyDeletion' : 'contact.deletion',
    attemptNumber: 0,
    objectId: options.contactId,
    changeSource: options.privacy ? 'GDPR' : 'CRM_UI',
    changeFlag: 'DELETED',
  };
}

/** What a delivery sends: the request as HubSpot signs it. */
export interface WebhookDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Signs a batch for `targetUrl` (the webhooks component's `settings.targetUrl`) as HubSpot would.
 * Throws on a batch HubSpot would never send, so a test cannot pass with a payload of the wrong shape.
 */
export function hubspotWebhookDelivery(
  targetUrl: string,
  clientSecret: string,
  events: unknown,
  now: number = Date.now(),
): WebhookDelivery {
  const checked = hubspotWebhookBatchSchema.safeParse(events);
  if (!checked.success) {
    const where = checked.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(batch)'}: ${issue.message}`)
      .join('; ');
    throw new TypeError(`HubSpot would not send this webhook batch (${where})`);
  }
  const body = JSON.stringify(checked.data);
  const timestamp = String(now);
  return {
    url: targetUrl,
    body,
    headers: {
      'content-type': 'application/json',
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': signRequestV3(
        { method: 'POST', url: targetUrl, body, timestamp },
        clientSecret,
      ),
    },
  };
}
