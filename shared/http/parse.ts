/** Turns an HTTP reply into typed data with a zod schema; a reply that does not fit is an expected failure. */
// zod/mini's functional parse: it takes any zod schema, classic or mini, and adds nothing to a bundle.
import * as z from 'zod/mini';
import { err, ok, type HttpError, type HttpResponse, type Result } from '../ports';

/** The reply body parsed by `schema`, or a `malformed-reply` error naming the first problem's path. */
export function parseReply<S extends z.core.$ZodType>(
  schema: S,
  response: HttpResponse,
): Result<z.output<S>, HttpError> {
  const parsed = z.safeParse(schema, response.body);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return err({
    code: 'malformed-reply',
    status: response.status,
    message: `The reply did not have the expected shape${where}: ${issue?.message ?? 'unknown problem'}`,
  });
}
