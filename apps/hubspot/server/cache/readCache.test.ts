import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { Result } from '../../../../shared/ports';
import { err, ok } from '../../../../shared/ports';
import { backendError, type BackendError } from '../errors';
import { createReadCache } from './readCache';

const ttlMs = 10_000;

function setup(sizing: { maxEntries?: number; maxChars?: number } = {}) {
  let now = 1_000_000;
  const cache = createReadCache<string>({
    ttlMs,
    maxEntries: sizing.maxEntries ?? 100,
    maxChars: sizing.maxChars ?? 1_000_000,
    now: () => now,
  });
  return {
    cache,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** A load that answers when told to, counting how often it was started. */
function deferredLoad() {
  let answer: (value: Result<string, BackendError>) => void = () => {};
  let started = 0;
  return {
    load: () => {
      started += 1;
      return new Promise<Result<string, BackendError>>((resolve) => {
        answer = resolve;
      });
    },
    answer: (value: Result<string, BackendError>) => answer(value),
    started: () => started,
  };
}

describe('read cache', () => {
  it('starts one load for identical reads in flight together, and answers all of them with it', async () => {
    const { cache } = setup();
    const hubspot = deferredLoad();
    const reads = Array.from({ length: 20 }, () => cache.read(7, '502', 'page', hubspot.load));
    hubspot.answer(ok('history'));
    expect(await Promise.all(reads)).toEqual(Array(20).fill(ok('history')));
    expect(hubspot.started()).toBe(1);
  });

  it('serves an answer until its TTL on the injected clock, then loads again', async () => {
    const { cache, advance } = setup();
    let loads = 0;
    const load = async () => ok(`answer ${(loads += 1)}`);
    expect(await cache.read(7, '502', 'page', load)).toEqual(ok('answer 1'));
    advance(ttlMs - 1);
    expect(await cache.read(7, '502', 'page', load)).toEqual(ok('answer 1'));
    advance(1);
    expect(await cache.read(7, '502', 'page', load)).toEqual(ok('answer 2'));
  });

  it('keeps no failure: the next read asks again', async () => {
    const { cache } = setup();
    const down = backendError('hubspot-unavailable', 'HubSpot is having trouble.', 5);
    expect(await cache.read(7, '502', 'page', async () => err(down))).toEqual(err(down));
    expect(await cache.read(7, '502', 'page', async () => ok('back'))).toEqual(ok('back'));
  });

  it('does not keep a load that was in flight when its contact was forgotten', async () => {
    const { cache } = setup();
    const before = deferredLoad();
    const early = cache.read(7, '502', 'page', before.load);
    cache.forgetContact(7, '502'); // our write finished while HubSpot was still answering
    const after = deferredLoad();
    const late = cache.read(7, '502', 'page', after.load);
    before.answer(ok('before the write'));
    after.answer(ok('after the write'));
    expect(await early).toEqual(ok('before the write'));
    expect(await late).toEqual(ok('after the write'));
    expect(await cache.read(7, '502', 'page', async () => ok('unused'))).toEqual(
      ok('after the write'),
    );
  });

  it('forgets one contact or one portal, not their neighbours (12 is not 123, 7 is not 70)', async () => {
    const { cache } = setup();
    for (const [portal, contact] of [
      [7, '12'],
      [7, '123'],
      [70, '12'],
    ] as const) {
      await cache.read(portal, contact, 'page', async () => ok(`${portal}/${contact}`));
    }
    cache.forgetContact(7, '12');
    const fresh = async () => ok('fresh');
    expect(await cache.read(7, '12', 'page', fresh)).toEqual(ok('fresh'));
    expect(await cache.read(7, '123', 'page', fresh)).toEqual(ok('7/123'));
    cache.forgetPortal(7);
    expect(await cache.read(7, '123', 'page', fresh)).toEqual(ok('fresh'));
    expect(await cache.read(70, '12', 'page', fresh)).toEqual(ok('70/12'));
  });

  it('keeps at most its bound, dropping the least recently used', async () => {
    const { cache } = setup({ maxEntries: 2 });
    const fresh = async () => ok('fresh');
    await cache.read(7, '1', 'page', async () => ok('one'));
    await cache.read(7, '2', 'page', async () => ok('two'));
    await cache.read(7, '1', 'page', fresh); // 1 is now the most recently used
    await cache.read(7, '3', 'page', async () => ok('three'));
    expect(await cache.read(7, '1', 'page', fresh)).toEqual(ok('one'));
    expect(await cache.read(7, '2', 'page', fresh)).toEqual(ok('fresh'));
  });

  it('bounds its size by the size it is told (a reply kept as bytes), dropping the least recently used', async () => {
    // Each reply is 10 bytes; as JSON a Buffer would count about 60 (every byte a number).
    const reply = (text: string) => ok({ bytes: Buffer.from(text.padEnd(10, '.')) });
    const cache = createReadCache<{ bytes: Buffer }>({
      ttlMs,
      maxEntries: 100,
      maxChars: 25,
      sizeOf: (value) => value.bytes.length,
      now: () => 1_000_000,
    });
    const fresh = async () => reply('fresh');
    const text = async (contactId: string) => {
      const answer = await cache.read(7, contactId, 'page', fresh);
      return answer.ok ? answer.value.bytes.toString() : 'failed';
    };
    await cache.read(7, '1', 'page', async () => reply('one'));
    await cache.read(7, '2', 'page', async () => reply('two'));
    expect(await text('1')).toBe('one.......'); // both fit; 1 is now the most recently used
    await cache.read(7, '3', 'page', async () => reply('three'));
    expect(await text('1')).toBe('one.......');
    expect(await text('3')).toBe('three.....');
    expect(await text('2')).toBe('fresh.....');
  });

  it('never serves an answer older than the TTL, nor one loaded before the last forget', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('read' as const), contact: fc.constantFrom('1', '2') }),
      fc.record({ kind: fc.constant('write' as const), contact: fc.constantFrom('1', '2') }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 2 * ttlMs }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        let now = 0;
        const cache = createReadCache<string>({
          ttlMs,
          maxEntries: 10,
          maxChars: 10_000,
          now: () => now,
        });
        // HubSpot's state per contact: a version our writes bump.
        const version = new Map<string, number>();
        for (const s of steps) {
          if (s.kind === 'wait') now += s.ms;
          else if (s.kind === 'write') {
            version.set(s.contact, (version.get(s.contact) ?? 0) + 1);
            cache.forgetContact(9, s.contact);
          } else {
            const answer = await cache.read(9, s.contact, 'page', async () =>
              ok(`${version.get(s.contact) ?? 0}@${now}`),
            );
            if (!answer.ok) throw new Error('the load never fails here');
            const [seen, loadedAt] = answer.value.split('@').map(Number);
            expect(seen).toBe(version.get(s.contact) ?? 0);
            expect(now - (loadedAt ?? -Infinity)).toBeLessThan(ttlMs);
          }
        }
      }),
    );
  });
});
