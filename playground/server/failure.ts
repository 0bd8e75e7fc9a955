/**
 * The playground's failure switch: makes a host API misbehave the ways real ones do (rate limits
 * with Retry-After, server errors, slow replies, malformed JSON) so anyone can watch the apps cope.
 */
import { z } from 'zod';

/** How the simulated host API should misbehave; `none` lets every request through. */
export const hostFailures = ['none', 'rate-limited', 'server-error', 'slow', 'malformed'] as const;

/** One failure mode. */
export type HostFailure = (typeof hostFailures)[number];

/** Parses a failure mode from untrusted input (the page's switch). */
export const hostFailureSchema = z.enum(hostFailures);

/** What each mode is called on the page's switch. */
export const hostFailureLabels: Record<HostFailure, string> = {
  none: 'Working normally',
  'rate-limited': '429 Too Many Requests (Retry-After: 2)',
  'server-error': '500 Internal Server Error',
  slow: 'Slow replies (4 seconds)',
  malformed: 'Malformed JSON',
};

/** How long a `slow` reply waits before the real answer. */
export const slowReplyMs = 4_000;

/**
 * Runs `respond` under `failure`: a canned error reply for 429/500, the real reply late for
 * `slow`, the real status with a truncated JSON body for `malformed`, or the real reply.
 */
export async function withFailure(
  failure: HostFailure,
  respond: () => Promise<Response>,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<Response> {
  switch (failure) {
    case 'rate-limited':
      return Response.json(
        { error: 'TooManyRequests', description: 'Rate limit exceeded (simulated)' },
        { status: 429, headers: { 'retry-after': '2' } },
      );
    case 'server-error':
      return Response.json(
        { error: 'InternalServerError', description: 'Something broke (simulated)' },
        { status: 500 },
      );
    case 'slow':
      await sleep(slowReplyMs);
      return respond();
    case 'malformed': {
      const real = await respond();
      const text = await real.text();
      // Cut the body in half: still announced as JSON, no longer parseable.
      const broken = text.length > 2 ? text.slice(0, Math.floor(text.length / 2)) : '{"';
      return new Response(broken, {
        status: real.status,
        headers: { 'content-type': 'application/json' },
      });
    }
    case 'none':
      return respond();
  }
}
