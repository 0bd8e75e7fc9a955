// Zendesk's cursor pagination as every mocked list serves it: `page[size]` from 1 to 100,
// `page[after]` an opaque cursor, and a page with `meta` and `links` as the real API answers.
import { HttpResponse } from 'msw';

const cursorOf = (index: number) => btoa(`i:${index}`);
function indexOf(cursor: string | null): number | undefined {
  if (cursor === null) return 0;
  try {
    const match = /^i:(\d+)$/.exec(atob(cursor));
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

/**
 * One cursor page of `items` under `key`, as Zendesk returns it; 400 for a bad page size or cursor.
 */
export function cursorPage<T>(request: Request, key: string, items: T[]) {
  const url = new URL(request.url);
  const sizeText = url.searchParams.get('page[size]') ?? '100';
  const size = Number(sizeText);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    return HttpResponse.json(
      { error: 'InvalidPaginationParameter', description: 'page[size] must be between 1 and 100' },
      { status: 400 },
    );
  }
  const start = indexOf(url.searchParams.get('page[after]'));
  if (start === undefined) {
    return HttpResponse.json(
      { error: 'InvalidPaginationParameter', description: 'Invalid cursor' },
      { status: 400 },
    );
  }
  const page = items.slice(start, start + size);
  const end = start + page.length;
  const hasMore = end < items.length;
  const next = new URL(url);
  next.searchParams.set('page[after]', cursorOf(end));
  return HttpResponse.json({
    [key]: page,
    meta: {
      has_more: hasMore,
      after_cursor: page.length > 0 ? cursorOf(end) : null,
      before_cursor: page.length > 0 ? cursorOf(start) : null,
    },
    links: { next: hasMore ? next.toString() : null, prev: null },
  });
}
