/**
 * The answers Fastify and Node's HTTP server would otherwise write themselves, in our error shape:
 * a URL Fastify cannot decode or whose parameter is too long (`frameworkErrors`), a request line or
 * headers Node cannot read (`clientErrorHandler`: 400, 408, 431), and a known path asked with a
 * method it does not take (405 with Allow). Fastify's own bodies echo the URL (`'/api/contacts/…
 * ?userEmail=…' is exceeding the max param length`), which can carry personal data; ours never do.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import type { Logger } from '../../../../shared/ports';
import { backendError, errorReply } from '../errors';

/** Words for a refusal by its status, never naming what was sent. */
export function refusalMessage(status: number): string {
  switch (status) {
    case 405:
      return 'This endpoint does not take that method.';
    case 408:
      return 'The request took too long to arrive.';
    case 413:
      return 'The request body is too large.';
    case 414:
      return 'The request URL is too long.';
    case 415:
      return 'Send the request body as JSON (application/json).';
    case 431:
      return 'The request headers are too large.';
    default:
      return 'The request could not be read.';
  }
}

/** A refusal's body: the `bad-request` code with the words for its status. */
export const refusalBody = (status: number) =>
  errorReply(backendError('bad-request', refusalMessage(status)));

// What Fastify hands `frameworkErrors`: its own error with a status and an FST_ code.
const frameworkError = z
  .object({ statusCode: z.number().int().min(400).max(499).optional(), code: z.string() })
  .loose();

type FrameworkErrors = NonNullable<FastifyServerOptions['frameworkErrors']>;

/** Fastify's `frameworkErrors` option: a bad URL (400) or an over-long parameter (414). */
export function answerFrameworkErrors(logger: Logger): FrameworkErrors {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const parsed = frameworkError.safeParse(error);
    const status = parsed.success ? (parsed.data.statusCode ?? 400) : 400;
    const code = parsed.success ? parsed.data.code : 'unknown';
    // The client's mistake: a warning with the code, never the URL.
    logger.warn('request.rejected', {
      method: request.method,
      status,
      ...(/^FST_[A-Z_]{1,60}$/.test(code) ? { reason: code } : {}),
    });
    void reply.code(status).header('cache-control', 'no-store').send(refusalBody(status));
  };
}

// Node's parser errors that mean the client sent too much or too slowly.
const statusByClientError: Record<string, number> = {
  ERR_HTTP_REQUEST_TIMEOUT: 408,
  HPE_HEADER_OVERFLOW: 431,
};
const clientError = z.object({ code: z.string() }).loose();

/**
 * Fastify's `clientErrorHandler` option: Node could not read the request (an over-long URL or
 * headers answer 431, a slow one 408, garbage 400). Written to the socket by hand, as Node does,
 * since there is no request to reply to.
 */
export function answerClientErrors(logger: Logger): (error: Error, socket: Socket) => void {
  return (error, socket) => {
    const parsed = clientError.safeParse(error);
    const code = parsed.success ? parsed.data.code : '';
    if (code === 'ECONNRESET' || socket.destroyed) return;
    const status = statusByClientError[code] ?? 400;
    logger.warn('request.unreadable', {
      status,
      ...(/^[A-Z_]{1,60}$/.test(code) ? { reason: code } : {}),
    });
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(refusalBody(status));
    // Ended, not destroyed: closing a socket with the client's unread bytes still arriving resets
    // the connection, and the client may lose the reply (Node 24 stops reading an over-long URL
    // sooner). The rest of the request is read and dropped until the client closes, 2 s at most.
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
    socket.resume();
    setTimeout(() => socket.destroy(), 2000).unref();
  };
}

/** A registered route's path as a pattern: `:name` stands for one non-empty segment. */
function pathPattern(url: string): RegExp {
  const segments = url.split('/').map((segment) => {
    if (segment === '*') return '.*';
    if (segment.startsWith(':')) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${segments.join('/')}/?$`);
}

/**
 * Remembers every route `app` registers (call before any route is added), so an unknown method on
 * a known path can be told from an unknown path: `allowedMethods(path)` lists the methods the path
 * takes, empty when no route has it.
 */
export function trackRoutes(app: FastifyInstance): (path: string) => string[] {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    routes.push({ pattern: pathPattern(route.url), methods: methods.map(String) });
  });
  return (path) => {
    const bare = path.split('?')[0] ?? '';
    const methods = new Set<string>();
    for (const route of routes)
      if (route.pattern.test(bare)) route.methods.forEach((method) => methods.add(method));
    return [...methods].sort();
  };
}
