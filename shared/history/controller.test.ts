import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import { createHistoryController } from './controller';

/** An opening is a customer's pages so far; what shows is its entries and where the next starts. */
interface Shown {
  entries: string[];
  next: string | undefined;
  flag?: string;
}

function panel() {
  const opens = heldReplies<[], Result<Shown | null, string>>();
  const controller = createHistoryController(opens.call, (opened) => opened ?? undefined);
  const pages = heldReplies<[string], Result<Shown, string>>();
  const loadMore = () =>
    controller.loadMore(
      (now) => (now.next === undefined ? undefined : pages.call(now.next)),
      (now, page) => ({ ...now, entries: [...now.entries, ...page.entries], next: page.next }),
    );
  const writes = heldReplies<[], Result<string, string>>();
  const setFlag = () =>
    controller.run(writes.call, (now, saved) => (saved.ok ? { ...now, flag: saved.value } : now));
  const snapshot = () => controller.getSnapshot();
  return { controller, opens, pages, loadMore, writes, setFlag, snapshot };
}

const first: Shown = { entries: ['a'], next: 'p2' };

describe('the history controller', () => {
  it('loads, then shows the opening; a failed opening shows why', async () => {
    const { controller, opens, snapshot } = panel();
    controller.reload();
    expect(snapshot().state).toEqual({ status: 'loading' });
    await opens.calls[0]?.answer(err('timeout'));
    expect(snapshot()).toMatchObject({ state: { status: 'failed' }, history: undefined });
    controller.reload();
    await opens.calls[1]?.answer(ok(first));
    expect(snapshot().history).toEqual(first);
  });

  it('shows nothing for an opening without a customer', async () => {
    const { controller, opens, snapshot } = panel();
    controller.reload();
    await opens.calls[0]?.answer(ok(null));
    expect(snapshot()).toMatchObject({ state: { status: 'ready' }, history: undefined });
  });

  it('adds the next page, one read at a time, and reads nothing after the last', async () => {
    const { controller, opens, pages, loadMore, snapshot } = panel();
    controller.reload();
    await opens.calls[0]?.answer(ok(first));
    void loadMore();
    void loadMore();
    expect(pages.calls.map((read) => read.args)).toEqual([['p2']]);
    expect(snapshot().more).toEqual({ status: 'loading' });
    await pages.calls[0]?.answer(ok({ entries: ['b'], next: undefined }));
    expect(snapshot().history).toEqual({ entries: ['a', 'b'], next: undefined });
    expect(snapshot().more).toEqual({ status: 'idle' });
    await loadMore();
    expect(pages.calls).toHaveLength(1);
  });

  it('keeps a failed page beside the button and what shows as it was', async () => {
    const { controller, opens, pages, loadMore, snapshot } = panel();
    controller.reload();
    await opens.calls[0]?.answer(ok(first));
    void loadMore();
    await pages.calls[0]?.answer(err('rate-limited'));
    expect(snapshot().more).toEqual({ status: 'failed', error: 'rate-limited' });
    expect(snapshot().history).toEqual(first);
  });

  it('shows a saved write, and leaves what shows alone when it is refused', async () => {
    const { controller, opens, writes, setFlag, snapshot } = panel();
    controller.reload();
    await opens.calls[0]?.answer(ok(first));
    const refused = setFlag();
    await writes.calls[0]?.answer(err('conflict'));
    expect(await refused).toEqual(err('conflict'));
    expect(snapshot().history).toEqual(first);
    void setFlag();
    await writes.calls[1]?.answer(ok('do-not-call'));
    expect(snapshot().history).toEqual({ ...first, flag: 'do-not-call' });
  });

  it('writes nothing before anything shows', async () => {
    const { setFlag, writes } = panel();
    expect(await setFlag()).toBeUndefined();
    expect(writes.calls).toHaveLength(0);
  });

  it('starts over on Retry: nothing loaded or saved for the last opening shows with the next', async () => {
    const { controller, opens, pages, loadMore, writes, setFlag, snapshot } = panel();
    controller.reload();
    await opens.calls[0]?.answer(ok(first));
    void loadMore();
    void setFlag();
    controller.reload();
    expect(snapshot()).toMatchObject({ state: { status: 'loading' }, more: { status: 'idle' } });
    const again: Shown = { entries: ['z'], next: undefined };
    await opens.calls[1]?.answer(ok(again));
    await pages.calls[0]?.answer(ok({ entries: ['b'], next: undefined }));
    await writes.calls[0]?.answer(ok('do-not-call'));
    expect(snapshot().history).toEqual(again);
  });

  it('drops the opening once the panel has gone', async () => {
    const { controller, opens, snapshot } = panel();
    controller.reload();
    controller.dispose();
    await opens.calls[0]?.answer(ok(first));
    expect(snapshot().state).toEqual({ status: 'loading' });
  });
});
