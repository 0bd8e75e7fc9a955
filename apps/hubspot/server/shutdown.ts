/**
 * Graceful shutdown for the started service: on SIGTERM (what orchestrators send) or SIGINT the
 * backend stops accepting connections, fails readiness, finishes the requests in flight, then closes
 * the store's pool, and the process exits 0. A drain that outlasts `timeoutMs` exits 1 instead, so
 * a stuck request cannot hold a deploy (set it below the orchestrator's own grace period).
 */
import type { Logger } from '../../../shared/ports';
import type { TactfulBackend } from './server';

/** Default drain limit: under Kubernetes' default 30 s grace period. */
export const defaultShutdownTimeoutMs = 25_000;

/** What stopping needs: the backend, where to log, and how to end the process. */
export interface ShutdownOptions {
  logger: Logger;
  timeoutMs?: number;
  exit?: (code: number) => void;
}

/** Closes `backend` on the first SIGTERM or SIGINT; later signals are noted and ignored. */
export function closeOnSignals(backend: TactfulBackend, options: ShutdownOptions): void {
  const { logger } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const timeoutMs = options.timeoutMs ?? defaultShutdownTimeoutMs;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('shutdown.signal-ignored', { signal });
      return;
    }
    stopping = true;
    logger.info('shutdown.started', { signal, timeoutMs });
    const timer = setTimeout(() => {
      logger.error('shutdown.timed-out', { timeoutMs });
      exit(1);
    }, timeoutMs);
    timer.unref();
    backend.close().then(
      () => {
        clearTimeout(timer);
        logger.info('shutdown.done', {});
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(timer);
        logger.error('shutdown.failed', { error: error instanceof Error ? error.name : 'unknown' });
        exit(1);
      },
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(signal));
}
