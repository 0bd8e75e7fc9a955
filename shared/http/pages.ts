/**
 * Cursor pagination over an HttpPort, page by page, so a host that pages in data can show the first
 * page before the rest arrives. Each page is retried within bounds and parsed with a schema, and the
 * host's link to the next page is only followed while it stays on the listing (see nextPagePath).
 */
import type * as z from 'zod/mini';
import { err, ok, type HttpError, type HttpPort, type Result } from '../ports';
import { parseReply } from './parse';
import { requestWithRetry, type RetryOptions } from './retry';

export interface Page<T> {
  body: T;
  /** The host-relative path of the next page, or `undefined` on the last page. */
  nextPath: string | undefined;
}

/**
 * Reads the link to the next page from a parsed body, as the host wrote it (an absolute URL or a
 * relative one), or `undefined` on the last page; host-specific (see apps/zendesk/host/zendesk-cursor's zendeskNextPath).
 */
export type NextPath<T> = (body: T) => string | undefined;

export interface PageOptions extends RetryOptions {
  /**
   * The origin the port sends its paths to (`https://acme.zendesk.com`), when the caller knows it: a
   * link to any other scheme, host or port is refused. The ZAF proxy cannot name it (it sends paths
   * to the account's own Zendesk); without it only the same-endpoint rule applies, and since every
   * page is requested by path, no request can leave the port's origin either way.
   */
  origin?: string;
}

/** A link split into what decides where it goes; `origin` is set for absolute links only. */
interface LinkParts {
  origin: string | undefined;
  /** The path, or `undefined` for a bare query (`?page=2`). */
  path: string | undefined;
  /** `?…`, or empty. */
  query: string;
}

// Plain http(s) links, paths and bare queries only. Anything fancier (a protocol-relative link,
// user info, a backslash, whitespace) is refused rather than resolved: ports and proxies resolve
// links in their own ways, and any disagreement about the host is where a link escapes.
const absoluteLink = /^(https?):\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(\/[^?#]*)?(\?[^#]*)?(?:#.*)?$/i;
const relativeLink = /^(\/(?!\/)[^?#]*)?(\?[^#]*)?(?:#.*)?$/;
const defaultPorts: Record<string, string> = { http: '80', https: '443' };

function hasUnsafeCharacter(text: string): boolean {
  for (const character of text) {
    const code = character.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || character === '\\') return true;
  }
  return false;
}

function splitLink(text: string): LinkParts | undefined {
  if (text === '' || hasUnsafeCharacter(text)) return undefined;
  const absolute = absoluteLink.exec(text);
  if (absolute) {
    const [, scheme = '', host = '', port, path, query] = absolute;
    const lowerScheme = scheme.toLowerCase();
    const portNumber = port === undefined ? undefined : String(Number(port));
    const shownPort =
      portNumber === undefined || portNumber === defaultPorts[lowerScheme] ? '' : `:${portNumber}`;
    return {
      origin: `${lowerScheme}://${host.toLowerCase()}${shownPort}`,
      path: path ?? '/',
      query: query ?? '',
    };
  }
  const relative = relativeLink.exec(text);
  if (!relative) return undefined;
  const [, path, query] = relative;
  return { origin: undefined, path, query: query ?? '' };
}

function notFollowed(detail: string): { ok: false; error: HttpError } {
  return err({
    code: 'malformed-reply',
    message: `The host's next-page link ${detail}, so it was not followed`,
  });
}

/**
 * Where the page a host linked to is, as a host-relative path for the port, or an error when the
 * link leaves the listing. Ports resolve paths against their own origin and attach their
 * credentials, so the link is never passed on as written: `https://acme.zendesk.com//evil.example/x`
 * has the path `//evil.example/x`, which a port resolves as another host. A next page is the same
 * endpoint on the same origin with another query (a cursor or page number); anything else is
 * refused, never requested, and the path sent is the current page's own with the link's query.
 */
export function nextPagePath(
  link: string,
  currentPath: string,
  origin: string | undefined,
): Result<string, HttpError> {
  const current = splitLink(currentPath);
  const listing = origin === undefined ? undefined : splitLink(origin);
  if (current?.path === undefined || (origin !== undefined && listing?.origin === undefined)) {
    return notFollowed(`cannot be checked against ${origin ?? currentPath}`);
  }
  const next = splitLink(link);
  if (next === undefined) return notFollowed('is not a plain http(s) link');
  const listingOrigin = listing?.origin ?? current.origin;
  if (next.origin !== undefined && listingOrigin !== undefined && next.origin !== listingOrigin) {
    return notFollowed(`goes to ${next.origin}, not ${listingOrigin}`);
  }
  const nextPath = next.path ?? current.path;
  if (nextPath !== current.path) return notFollowed(`goes to ${nextPath}, not ${current.path}`);
  return ok(`${current.path}${next.query}`);
}

/** Fetches one page at `path` and works out the next page's path. */
export async function fetchPage<S extends z.core.$ZodType>(
  port: HttpPort,
  path: string,
  schema: S,
  nextLink: NextPath<z.output<S>>,
  options: PageOptions,
): Promise<Result<Page<z.output<S>>, HttpError>> {
  const response = await requestWithRetry(port, { method: 'GET', path }, options);
  if (!response.ok) return response;
  const parsed = parseReply(schema, response.value);
  if (!parsed.ok) return parsed;
  const link = nextLink(parsed.value);
  if (link === undefined) return ok({ body: parsed.value, nextPath: undefined });
  const nextPath = nextPagePath(link, path, options.origin);
  if (!nextPath.ok) return nextPath;
  return ok({ body: parsed.value, nextPath: nextPath.value });
}

/**
 * Fetches pages from `firstPath` until the last one or `maxPages`, returning every body in order.
 * Stops at the first failure and returns it (pages already read are dropped: the caller retries).
 */
export async function fetchAllPages<S extends z.core.$ZodType>(
  port: HttpPort,
  firstPath: string,
  schema: S,
  nextLink: NextPath<z.output<S>>,
  options: PageOptions & { maxPages?: number },
): Promise<Result<z.output<S>[], HttpError>> {
  const bodies: z.output<S>[] = [];
  const seen = new Set<string>();
  let path: string | undefined = firstPath;
  const maxPages = options.maxPages ?? 100;
  while (path !== undefined && bodies.length < maxPages) {
    // A host that hands back the same cursor twice would otherwise loop forever.
    if (seen.has(path)) {
      return err({ code: 'malformed-reply', message: 'The host returned the same page twice' });
    }
    seen.add(path);
    const page: Result<Page<z.output<S>>, HttpError> = await fetchPage(
      port,
      path,
      schema,
      nextLink,
      options,
    );
    if (!page.ok) return page;
    bodies.push(page.value.body);
    path = page.value.nextPath;
  }
  return ok(bodies);
}
