import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import { createLoader } from './load';

/** A load whose replies the test hands out by hand, in any order. */
const manualLoad = () => heldReplies<[], Result<string, string>>();

describe('createLoader', () => {
  it('shows loading, then the value or the failure; Retry shows loading again', async () => {
    const { call: load, calls } = manualLoad();
    const loader = createLoader(load);
    loader.reload();
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    await calls[0]?.answer(err('offline'));
    expect(loader.getSnapshot()).toEqual({ status: 'failed', error: 'offline' });
    loader.reload();
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    await calls[1]?.answer(ok('balance'));
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'balance' });
  });

  it('keeps what is shown during a refresh, and drops a reply to an older run', async () => {
    const { call: load, calls } = manualLoad();
    const loader = createLoader(load, { status: 'ready', value: 'old' });
    loader.refresh();
    loader.refresh();
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'old' });
    await calls[1]?.answer(ok('newest'));
    await calls[0]?.answer(ok('stale'));
    expect(loader.getSnapshot()).toEqual({ status: 'ready', value: 'newest' });
  });

  it('ignores a reply that arrives after the panel has gone', async () => {
    const { call: load, calls } = manualLoad();
    const loader = createLoader(load);
    let heard = 0;
    loader.subscribe(() => (heard += 1));
    loader.reload();
    loader.dispose();
    await calls[0]?.answer(ok('late'));
    expect(loader.getSnapshot()).toEqual({ status: 'loading' });
    expect(heard).toBe(0);
  });
});
