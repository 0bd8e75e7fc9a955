/**
 * Zendesk's cursor pagination (`page[size]`, `meta.has_more`, `links.next`), as a protocol fact:
 * used by the sidebar's adapter and by the command-line audit alike.
 */
import * as z from 'zod/mini';

/** The part of every cursor-paginated Zendesk reply that says where the next page is. */
export const zendeskCursorFields = {
  meta: z.optional(z.looseObject({ has_more: z.boolean() })),
  links: z.optional(z.looseObject({ next: z.optional(z.nullable(z.string())) })),
};

/** Largest page Zendesk allows for cursor pagination. */
export const zendeskPageSize = 100;

/** The first page's path with cursor pagination switched on at the largest page size. */
export function withZendeskCursor(path: string): string {
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}page[size]=${zendeskPageSize}`;
}

/**
 * The link to the next page as Zendesk wrote it (`links.next`, an absolute URL), or `undefined` on
 * the last page. fetchPage turns it into a path only if it stays on the listing (nextPagePath).
 */
export function zendeskNextPath(body: {
  meta?: { has_more: boolean } | undefined;
  links?: { next?: string | null | undefined } | undefined;
}): string | undefined {
  const next = body.links?.next;
  if (!body.meta?.has_more || !next) return undefined;
  return next;
}
