/**
 * A Zendesk account for the commands that read one (`audit zendesk-macros`, `corpus export
 * --zendesk`): API token credentials from ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN,
 * an HttpPort that sends them, and words for what went wrong.
 */
import type { HttpError, HttpPort } from '../../shared/ports';
import { createFetchHttpPort } from './fetch-http-port';

/** An account to read from: the port (credentials attached) and its origin, for paging. */
export interface ZendeskAccount {
  subdomain: string;
  origin: string;
  port: HttpPort;
}

/** The account the environment names, or what is missing or wrong (a usage error). */
export function zendeskAccountFromEnv(
  env: Record<string, string | undefined>,
): { ok: true; value: ZendeskAccount } | { ok: false; error: string } {
  const subdomain = env.ZENDESK_SUBDOMAIN?.trim() ?? '';
  const email = env.ZENDESK_EMAIL?.trim() ?? '';
  const token = env.ZENDESK_API_TOKEN?.trim() ?? '';
  const missing = Object.entries({
    ZENDESK_SUBDOMAIN: subdomain,
    ZENDESK_EMAIL: email,
    ZENDESK_API_TOKEN: token,
  })
    .filter(([, value]) => value === '')
    .map(([name]) => name);
  if (missing.length > 0) {
    return { ok: false, error: `missing ${missing.join(', ')} in the environment` };
  }
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(subdomain)) {
    return {
      ok: false,
      error: 'ZENDESK_SUBDOMAIN should be the account name only, e.g. "acme" for acme.zendesk.com',
    };
  }
  const origin = `https://${subdomain}.zendesk.com`;
  const port = createFetchHttpPort({
    baseUrl: origin,
    headers: { authorization: `Basic ${btoa(`${email}/token:${token}`)}` },
  });
  return { ok: true, value: { subdomain, origin, port } };
}

/** What a failed Zendesk read means for the person at the terminal; `what` names what was read. */
export function explainZendeskError(error: HttpError, what: string): string {
  switch (error.code) {
    case 'unauthorized':
      return 'Zendesk rejected the credentials (401). Check ZENDESK_EMAIL and ZENDESK_API_TOKEN.';
    case 'forbidden':
      return `Zendesk refused access to ${what} (403).`;
    case 'not-found':
      return 'Zendesk answered 404. Check ZENDESK_SUBDOMAIN.';
    case 'rate-limited':
      return 'Zendesk is still rate limiting after several retries. Try again in a few minutes.';
    case 'malformed-reply':
      return `Zendesk returned something we did not understand: ${error.message}`;
    case 'timeout':
    case 'network':
      return `Could not reach Zendesk: ${error.message}`;
    default:
      return `Zendesk answered with an error${error.status === undefined ? '' : ` (${error.status})`}: ${error.message}`;
  }
}
