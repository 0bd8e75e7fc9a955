/**
 * Each portal's shares of our endpoints: `perMinute` requests for the card's panels, and a bucket
 * four times that for draft checks alone, so agents typing never use up what the panels need.
 */
import { languagePaths } from '../../contract/language';
import {
  createPortalQuota,
  defaultRequestsPerMinute,
  draftChecksPerRequest,
} from '../http/portalQuota';
import type { SignedRequestOptions } from '../http/signedRequests';

/** The quotas the signed routes are held to (default 300 requests a portal a minute). */
export function portalQuotas(
  perMinute: number | undefined,
  now: () => number,
): Required<Pick<SignedRequestOptions, 'quota' | 'draftCheckQuota'>> {
  const requests = perMinute ?? defaultRequestsPerMinute;
  return {
    quota: createPortalQuota({ perMinute: requests, now }),
    draftCheckQuota: {
      route: languagePaths.toneCheck,
      quota: createPortalQuota({ perMinute: draftChecksPerRequest * requests, now }),
    },
  };
}
