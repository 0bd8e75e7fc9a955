/**
 * How the backend answers. A result goes out as JSON that no cache keeps; an expected failure as
 * `{ error: { code, message } }` with the status its code maps to (errors.ts). Anything a client
 * can get wrong (a body Fastify cannot read, input the contract's schemas refuse, an unknown path)
 * is a 4xx of that shape, never a 500 or a stack trace.
 */
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
  FastifyServerOptions,
} from 'fastify';
import { z } from 'zod';
import type { Logger, Result } from '../../../../shared/ports';
import { backendError, errorReply, statusForError, type BackendError } from '../errors';
import { refusalBody, trackRoutes } from './frameworkErrors';

/** The route a request matched, as registered (`/api/contacts/:contactId/plans`), for logs. */
export const routeOf = (request: FastifyRequest): string => request.routeOptions.url ?? 'unknown';

/** Answers with an expected failure. */
export function fail(reply: FastifyReply, error: BackendError): FastifyReply {
  return reply
    .code(statusForError(error.code))
    .header('cache-control', 'no-store')
    .send(errorReply(error));
}

/** Answers with a result: its value, or its failure. */
export function send<T>(reply: FastifyReply, result: Result<T, BackendError>): FastifyReply {
  return result.ok
    ? reply.header('cache-control', 'no-store').send(result.value)
    : fail(reply, result.error);
}

/** A request refused before its handler ran, carrying the failure the client receives. */
export class RequestRefused extends Error {
  constructor(readonly refusal: BackendError) {
    super(refusal.message);
    this.name = 'RequestRefused';
  }
}

// Fastify does not export these two; they are what its `schemaErrorFormatter` option takes.
type SchemaErrorFormatter = NonNullable<FastifyServerOptions['schemaErrorFormatter']>;
type SchemaErrorDataVar = Parameters<SchemaErrorFormatter>[1];

/** What a route calls each part of its input in a refusal ("Invalid contact id: contactId."). */
export type InputLabels = Partial<Record<SchemaErrorDataVar, string>>;

/**
 * Turns the contract schemas' complaints into the refusal the card has always received: `Invalid
 * <what>: <up to three field paths>.`, the label standing in for a field when the whole input is
 * wrong (no body, a body that is not JSON). Field paths only, never the values sent.
 */
export function invalidInput(labels: InputLabels): SchemaErrorFormatter {
  return (errors: FastifySchemaValidationError[], dataVar: SchemaErrorDataVar) => {
    const what = labels[dataVar] ?? 'request';
    const fields = errors
      .map((error) => error.instancePath.slice(1).replaceAll('/', '.') || what)
      .slice(0, 3)
      .join(', ');
    return new RequestRefused(backendError('bad-request', `Invalid ${what}: ${fields}.`));
  };
}

// Fastify's own refusals (body too large, unsupported media type, unreadable body) carry a 4xx.
const fastifyClientError = z
  .object({ statusCode: z.number().int().min(400).max(499), code: z.string().optional() })
  .loose();

/**
 * Sets the error and not-found answers for every route of `app`: call before any route is added
 * (it tracks them, so a known path asked with another method answers 405, not 404).
 */
export function answerFailures(app: FastifyInstance, logger: Logger): void {
  const allowedMethods = trackRoutes(app);
  app.setErrorHandler((error: unknown, request, reply) => {
    if (error instanceof RequestRefused) return fail(reply, error.refusal);
    const refused = fastifyClientError.safeParse(error);
    if (refused.success) {
      const { statusCode, code } = refused.data;
      // The client's mistake, answered as such and logged as a warning.
      logger.warn('request.rejected', {
        method: request.method,
        route: routeOf(request),
        status: statusCode,
        ...(code !== undefined && /^FST_[A-Z_]{1,60}$/.test(code) ? { reason: code } : {}),
      });
      return reply
        .code(statusCode)
        .header('cache-control', 'no-store')
        .send(refusalBody(statusCode));
    }
    // A crash or a reply that breaks the contract: ours to fix, so only its name is logged.
    const name = error instanceof Error ? error.name : 'unknown';
    logger.error('request.crashed', { route: routeOf(request), error: name });
    return fail(reply, backendError('internal', 'Something went wrong on our side.'));
  });
  app.setNotFoundHandler((request, reply) => {
    const allowed = allowedMethods(request.url);
    if (allowed.length === 0) return fail(reply, backendError('not-found', 'No such endpoint.'));
    logger.warn('request.rejected', { method: request.method, status: 405 });
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .header('cache-control', 'no-store')
      .send(refusalBody(405));
  });
}

/** Logs every answered request: route (never the URL, which names contacts), status and time. */
export function logRequests(
  app: FastifyInstance,
  logger: Logger,
  portalOf: (request: FastifyRequest) => number | undefined,
): void {
  // A callback hook, not an async one: it runs on every request, and this way costs no promise.
  app.addHook('onResponse', (request, reply, done) => {
    const portalId = portalOf(request) ?? 0;
    logger.info('request', {
      method: request.method,
      route: routeOf(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ...(portalId > 0 ? { portalId } : {}),
    });
    done();
  });
}
