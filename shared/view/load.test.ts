import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { createLoader } from './load';

/** A load whose replies the test hands out by hand, in any order. */
function manualLoad() {
  const replies: ((result: Result<string, string>) => void)[] = [];
  const load = () => new Promise<Result<string, string>>((resolve) => replies.push(resolve));
  return { load, reply: (run: number, result: Result<string, string>) => replies[run]?.(result) };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLoader', () => {
  it('shows loading, then the value or the failure; Retry shows loading again', async () => {
    const { load, reply } = manualLoad();
    const loader = createLoader(load);
    loader.reload();
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    reply(0, err('offline'));
    await flush();
    expect(loader.getSnapshot()).toEqual({ status: 'failed', error: 'offline' });
    loader.reload();
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    reply(1, ok('balance'));
    await flush();
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'balance' });
  });

  it('keeps what is shown during a refresh, and drops a reply to an older run', async () => {
    const { load, reply } = manualLoad();
    const loader = createLoader(load, { status: 'ready', value: 'old' });
    loader.refresh();
    loader.refresh();
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'old' });
    reply(1, ok('newest'));
    reply(0, ok('stale'));
    await flush();
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'newest' });
  });

  it('ignores a reply that arrives after the panel has gone', async () => {
    const { load, reply } = manualLoad();
    const loader = createLoader(load);
    let heard = 0;
    loader.subscribe(() => (heard += 1));
    loader.reload();
    loader.dispose();
    reply(0, ok('late'));
    await flush();
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    expect(heard).toBe(0);
  });
});
