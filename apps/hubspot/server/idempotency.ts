/**
 * Idempotent writes: the first request with a key does the work and stores its result; a retry with
 * the same key gets that result (never a second note or task); a retry arriving while the first is
 * still running waits for it. A multi-step write saves its progress, so a retry after a failure
 * resumes where the first attempt stopped instead of repeating steps.
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Logger, Result } from '../../../shared/ports';
import { err, ok } from '../../../shared/ports';
import { backendError, type BackendError } from './errors';
import type { Store } from './store/store';

/** How long a key (and its stored result) is kept. */
export const idempotencyKeyLifetimeMs = 24 * 60 * 60 * 1000;

/** A claim still unfinished after this long belongs to an instance that died; a retry takes over. */
export const abandonedClaimMs = 60 * 1000;

/** Hash of what a write asks for, so one key cannot be reused for a different write. */
export function requestHash(endpoint: string, body: unknown): string {
  return createHash('sha256')
    .update(endpoint)
    .update('\n')
    .update(JSON.stringify(body))
    .digest('hex');
}

/** What the runner needs from the server. */
export interface IdempotencyDeps {
  store: Store;
  logger: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** One idempotent write. */
export interface IdempotentWrite<P, R> {
  portalId: number;
  contactId: string;
  key: string;
  requestHash: string;
  /** Epoch ms by which a waiting retry gives up with `write-in-progress`. */
  deadline: number;
  progress: { schema: z.ZodType<P>; initial: P };
  reply: z.ZodType<R>;
  /** Does the work; calls `save` after each step HubSpot confirmed. */
  perform(progress: P, save: (progress: P) => Promise<void>): Promise<Result<R, BackendError>>;
}

/** Runs the write once per key; returns its (first) result and whether this was a replay. */
export async function runIdempotentWrite<P, R>(
  deps: IdempotencyDeps,
  write: IdempotentWrite<P, R>,
): Promise<Result<{ reply: R; replayed: boolean }, BackendError>> {
  for (;;) {
    const now = deps.now();
    const claim = await deps.store.claimIdempotencyKey({
      portalId: write.portalId,
      key: write.key,
      requestHash: write.requestHash,
      contactId: write.contactId,
      now,
      expiresAt: now + idempotencyKeyLifetimeMs,
      staleAfterMs: abandonedClaimMs,
    });
    switch (claim.state) {
      case 'mismatch':
        return err(
          backendError(
            'idempotency-key-reused',
            'This idempotency key was used for a different write.',
          ),
        );
      case 'completed': {
        const stored = write.reply.safeParse(JSON.parse(claim.reply));
        if (!stored.success) throw new Error('Stored idempotent reply does not match its schema');
        deps.logger.info('write.replayed', { portalId: write.portalId });
        return ok({ reply: stored.data, replayed: true });
      }
      case 'in-progress':
        if (deps.now() + 250 >= write.deadline) {
          return err(
            backendError(
              'write-in-progress',
              'This write is still being saved; try again in a moment.',
              2,
            ),
          );
        }
        await deps.sleep(250);
        continue;
      case 'claimed': {
        const resumed =
          claim.progress === undefined
            ? undefined
            : write.progress.schema.safeParse(JSON.parse(claim.progress));
        const start = resumed?.success ? resumed.data : write.progress.initial;
        if (resumed?.success) deps.logger.info('write.resumed', { portalId: write.portalId });
        const save = (progress: P) =>
          deps.store.saveIdempotencyProgress(write.portalId, write.key, JSON.stringify(progress));
        let result: Result<R, BackendError>;
        try {
          result = await write.perform(start, save);
        } catch (error) {
          await deps.store.releaseIdempotencyKey(write.portalId, write.key);
          throw error;
        }
        if (!result.ok) {
          await deps.store.releaseIdempotencyKey(write.portalId, write.key);
          return result;
        }
        await deps.store.completeIdempotencyKey(
          write.portalId,
          write.key,
          JSON.stringify(result.value),
        );
        return ok({ reply: result.value, replayed: false });
      }
    }
  }
}
