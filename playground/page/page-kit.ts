/** Small browser helpers both playground pages share: config, elements, the failure switch. */
import { z } from 'zod';

const configSchema = z.object({
  zendeskAppUrl: z.string(),
  appGuid: z.string(),
  hubspotPortalId: z.number(),
});

/** The page config the server embedded (see playground/server/pages.ts). */
export function readConfig(): z.infer<typeof configSchema> {
  const text = document.getElementById('playground-config')?.textContent ?? '{}';
  return configSchema.parse(JSON.parse(text));
}

/** The element with `id`, of the expected kind; a missing one is a bug in the page. */
export function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`The page has no ${kind.name} #${id}`);
  return found;
}

/** Wires a `<select>` to the server's failure switch for `host`. */
export async function wireFailureSwitch(
  select: HTMLSelectElement,
  host: 'zendesk' | 'hubspot',
): Promise<void> {
  const reply = z
    .object({ failure: z.string() })
    .parse(await (await fetch(`/playground/failure/${host}`)).json());
  select.value = reply.failure;
  select.addEventListener('change', () => {
    void fetch(`/playground/failure/${host}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failure: select.value }),
    });
  });
}

/** Adds a line of text to a list (text only: never parsed as HTML). */
export function addNotice(list: HTMLElement, text: string): void {
  const item = document.createElement('li');
  item.textContent = text;
  list.append(item);
}

/**
 * Zendesk's proxy calls the account's API from Zendesk's servers; here the "account" is this
 * server's mock API, so requests for https://<subdomain>.zendesk.com/ are sent to /zendesk-api/.
 * Returns the browser's own fetch, for the page's reads that bypass the redirect.
 */
export function routeZendeskApiHere(): typeof window.fetch {
  const zendeskOrigin = /^https:\/\/[a-z0-9-]+\.zendesk\.com\//;
  const browserFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return zendeskOrigin.test(url)
      ? browserFetch(url.replace(zendeskOrigin, '/zendesk-api/'), init)
      : browserFetch(input, init);
  };
  return browserFetch;
}
