/**
 * HttpPort over `client.request`, the ZAF proxy. Thin and honest like the proxy itself: one request,
 * its status, headers, Retry-After and parsed JSON, or a typed error. Retries and pagination are
 * layered on top with shared/http (requestWithRetry, fetchAllPages).
 */
import * as z from 'zod/mini';
import {
  err,
  ok,
  type HttpError,
  type HttpErrorCode,
  type HttpPort,
  type HttpRequest,
  type HttpResponse,
  type Result,
} from '../../../shared/ports';
import { retryAfterSeconds } from '../../../shared/http/retry-after';
import { errorCodeForStatus } from '../../../shared/http/status';
import type { ZafClient, ZafRequestOptions } from './zaf-client';

const headerValue = z.union([z.string(), z.array(z.string()), z.number()]);
/** What the proxy resolves (2xx) or rejects (anything else) with under `httpCompleteResponse`. */
const proxyReplySchema = z.looseObject({
  status: z.int(),
  headers: z.optional(z.record(z.string(), headerValue)),
  responseText: z.optional(z.string()),
  responseJSON: z.optional(z.unknown()),
});
type ProxyReply = z.infer<typeof proxyReplySchema>;

export interface ZafHttpOptions {
  /** Give up on a reply after this long (the proxy itself never times out). */
  timeoutMs?: number;
  /** The clock an HTTP-date Retry-After is read against (ms since the epoch); Date.now by default. */
  now?: () => number;
}

const placeholder = /\{\{\s*setting\.[A-Za-z0-9_]+\s*\}\}/;

/** True when the request carries a `{{setting.x}}` placeholder that only the proxy may fill. */
function usesSecureSetting(request: HttpRequest, data: string | undefined): boolean {
  const headers = Object.values(request.headers ?? {});
  return [request.path, data ?? '', ...headers].some((text) => placeholder.test(text));
}

function lowerCaseHeaders(headers: ProxyReply['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return result;
}

/** The proxy reports a request that never got a reply as status 0; the rest is shared/http's. */
function codeFor(status: number): HttpErrorCode {
  return status === 0 ? 'network' : errorCodeForStatus(status);
}

/** The JSON body of a reply: parsed from the text when there is one, else the proxy's own parse. */
function parseBody(reply: ProxyReply): Result<unknown, HttpError> {
  const text = reply.responseText;
  if (text === undefined || text.trim() === '') return ok(reply.responseJSON);
  try {
    return ok(JSON.parse(text));
  } catch {
    return err({
      code: 'malformed-reply',
      status: reply.status,
      message: `Zendesk answered ${reply.status} with a body that is not JSON`,
    });
  }
}

/** A short reason from a Zendesk error body (`error`, `description`), for logs and support. */
function describe(body: unknown, status: number): string {
  const parsed = z
    .looseObject({ error: z.optional(z.unknown()), description: z.optional(z.string()) })
    .safeParse(body);
  const detail = parsed.success
    ? (parsed.data.description ??
      (typeof parsed.data.error === 'string' ? parsed.data.error : undefined))
    : undefined;
  return detail ? `Zendesk answered ${status}: ${detail}` : `Zendesk answered ${status}`;
}

function toResult(
  raw: unknown,
  settled: 'resolved' | 'rejected',
  nowMs: number,
): Result<HttpResponse> {
  const parsed = proxyReplySchema.safeParse(raw);
  if (!parsed.success) {
    if (settled === 'rejected') {
      // The proxy rejects with a reply object; anything else (an Error, a string) means no reply.
      const message = raw instanceof Error ? raw.message : 'The request did not reach Zendesk';
      return err({ code: 'network', message });
    }
    return err({ code: 'malformed-reply', message: 'The Zendesk proxy answered without a status' });
  }
  const reply = parsed.data;
  const headers = lowerCaseHeaders(reply.headers);
  const body = parseBody(reply);
  if (reply.status >= 200 && reply.status < 300) {
    if (!body.ok) return body;
    return ok({ status: reply.status, headers, body: body.value });
  }
  const error: HttpError = {
    code: codeFor(reply.status),
    status: reply.status,
    message: describe(body.ok ? body.value : undefined, reply.status),
  };
  const wait = retryAfterSeconds(headers['retry-after'], nowMs);
  if (wait !== undefined) error.retryAfterSeconds = wait;
  return err(error);
}

/** An HttpPort that sends each request once through the ZAF proxy (`client.request`). */
export function createZafHttpPort(client: ZafClient, options: ZafHttpOptions = {}): HttpPort {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  return {
    async request(request) {
      const data = request.body === undefined ? undefined : JSON.stringify(request.body);
      const proxyOptions: ZafRequestOptions = {
        url: request.path,
        type: request.method,
        httpCompleteResponse: true,
        autoRetry: false,
        cors: false,
      };
      if (request.headers) proxyOptions.headers = request.headers;
      if (data !== undefined) {
        proxyOptions.data = data;
        proxyOptions.contentType = 'application/json';
      }
      if (usesSecureSetting(request, data)) proxyOptions.secure = true;

      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<Result<HttpResponse>>((resolve) => {
        timer = setTimeout(
          () =>
            resolve(err({ code: 'timeout', message: `No answer from Zendesk in ${timeoutMs} ms` })),
          timeoutMs,
        );
      });
      const answered = client.request(proxyOptions).then(
        (reply) => toResult(reply, 'resolved', now()),
        (reply: unknown) => toResult(reply, 'rejected', now()),
      );
      try {
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
