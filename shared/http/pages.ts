/**
 * Cursor pagination over an HttpPort, page by page, so a host that pages in data can show the first
 * page before the rest arrives. Each page is retried within bounds and parsed with a schema.
 */
import type { z } from 'zod';
import { err, ok, type HttpError, type HttpPort, type Result } from '../ports';
import { parseReply } from './parse';
import { requestWithRetry, type RetryOptions } from './retry';

export interface Page<T> {
  body: T;
  /** The path of the next page, or `undefined` on the last page. */
  nextPath: string | undefined;
}

/** Reads where the next page is from a parsed body; host-specific (see zendeskNextPath). */
export type NextPath<T> = (body: T) => string | undefined;

/** Fetches one page at `path` and works out the next page's path. */
export async function fetchPage<S extends z.ZodType>(
  port: HttpPort,
  path: string,
  schema: S,
  nextPath: NextPath<z.output<S>>,
  retry: RetryOptions,
): Promise<Result<Page<z.output<S>>, HttpError>> {
  const response = await requestWithRetry(port, { method: 'GET', path }, retry);
  if (!response.ok) return response;
  const parsed = parseReply(schema, response.value);
  if (!parsed.ok) return parsed;
  return ok({ body: parsed.value, nextPath: nextPath(parsed.value) });
}

/**
 * Fetches pages from `firstPath` until the last one or `maxPages`, returning every body in order.
 * Stops at the first failure and returns it (pages already read are dropped: the caller retries).
 */
export async function fetchAllPages<S extends z.ZodType>(
  port: HttpPort,
  firstPath: string,
  schema: S,
  nextPath: NextPath<z.output<S>>,
  options: RetryOptions & { maxPages?: number },
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
      nextPath,
      options,
    );
    if (!page.ok) return page;
    bodies.push(page.value.body);
    path = page.value.nextPath;
  }
  return ok(bodies);
}
