import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import { createMoreLoader } from './more-loader';

/** A Load more over reads the test answers, and the pages it applied. */
function loader() {
  const more = createMoreLoader<string>();
  const reads = heldReplies<[], Result<number, string>>();
  const applied: number[] = [];
  const press = () => more.load(reads.call, (page) => applied.push(page));
  return { more, reads, applied, press, state: () => more.getSnapshot().more };
}

describe('Load more', () => {
  it('reads one page at a time, however often it is pressed, and adds it', async () => {
    const { reads, applied, press, state } = loader();
    void press();
    void press();
    expect(state()).toEqual({ status: 'loading' });
    expect(reads.calls).toHaveLength(1);
    await reads.calls[0]?.answer(ok(2));
    expect(applied).toEqual([2]);
    expect(state()).toEqual({ status: 'idle' });
  });

  it('keeps why a page failed, adds nothing, and reads again on the next press', async () => {
    const { reads, applied, press, state } = loader();
    void press();
    await reads.calls[0]?.answer(err('timeout'));
    expect(state()).toEqual({ status: 'failed', error: 'timeout' });
    expect(applied).toEqual([]);
    void press();
    expect(reads.calls).toHaveLength(2);
  });

  it('drops a page that comes after the panel started over', async () => {
    const { more, reads, applied, press, state } = loader();
    void press();
    more.reset();
    expect(state()).toEqual({ status: 'idle' });
    await reads.calls[0]?.answer(ok(2));
    expect(applied).toEqual([]);
    expect(state()).toEqual({ status: 'idle' });
  });
});
