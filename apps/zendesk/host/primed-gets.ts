/**
 * GETs the sidebar starts before its panels exist. Right after registration the host layer knows
 * which records the opening panels will read (the ticket's requester and their tickets), but the
 * panels' code is still loading; `prime(path)` sends the request then, and a panel that asks for the
 * same path later gets that reply instead of a second request (issue 16: the sidebar's requests went
 * out 1–2 s after the floor's). A primed reply is served to as many reads as the opening has readers
 * of it (a panel's Retry after that goes to the network), while it is fresh (`keepMs` after it
 * arrived) and until any write goes through the port (the records may have changed). A primed
 * failure is never shown: nobody asked for that request yet, so a reader handed one sends its own
 * request, and the panel sees, retries and reports what its own request got.
 */
import type { Clock, HttpPort, HttpResponse, Result } from '../../../shared/ports';

/** An HttpPort that can start a GET ahead of its readers. */
export interface PrimingHttpPort extends HttpPort {
  /** Sends `GET path` now (once); the next `readers` reads of the path get this reply. */
  prime(path: string, readers: number): void;
}

interface Primed {
  readonly reply: Promise<Result<HttpResponse>>;
  /** Reads still to be served this reply. */
  readers: number;
  /** When a successful reply arrived (ms since the epoch); undefined while in flight. */
  arrivedAt?: number;
}

/** How long a primed success is served: the opening panels read it within the first seconds. */
export const primedReplyKeepMs = 30_000;

/** `port`, with GETs that can be primed. Only plain GETs (no headers) are served a primed reply. */
export function primeableGets(
  port: HttpPort,
  clock: Clock,
  keepMs = primedReplyKeepMs,
): PrimingHttpPort {
  const primed = new Map<string, Primed>();
  const isFresh = (entry: Primed) =>
    entry.arrivedAt === undefined || clock.now().getTime() - entry.arrivedAt <= keepMs;
  return {
    prime(path, readers) {
      if (primed.has(path) || readers < 1) return;
      const reply = port.request({ method: 'GET', path });
      const entry: Primed = { reply, readers };
      primed.set(path, entry);
      void reply.then((result) => {
        if (primed.get(path) !== entry) return;
        if (result.ok) entry.arrivedAt = clock.now().getTime();
        else primed.delete(path);
      });
    },
    request(request) {
      if (request.method !== 'GET') {
        primed.clear();
        return port.request(request);
      }
      const plain = request.headers === undefined || Object.keys(request.headers).length === 0;
      const entry = plain ? primed.get(request.path) : undefined;
      if (entry === undefined) return port.request(request);
      const fresh = isFresh(entry);
      entry.readers -= 1;
      if (entry.readers === 0 || !fresh) primed.delete(request.path);
      if (!fresh) return port.request(request);
      return entry.reply.then((result) => (result.ok ? result : port.request(request)));
    },
  };
}
