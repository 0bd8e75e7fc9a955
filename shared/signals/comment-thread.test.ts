import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import { createCommentThread, type ThreadSoFar } from './comment-thread';
import type { CustomerReading } from './types';

type Comment = { id: string; text: string };
type Page = { comments: Comment[]; nextPath: string | undefined };
const quiet: CustomerReading = { locale: 'en', signals: [] };
const read = (comment: Comment) => ({ commentId: comment.id, reading: quiet });
const comment = (id: string): Comment => ({ id, text: `comment ${id}` });
const firstPage = (ids: string[], nextPath?: string): ThreadSoFar<Comment> => ({
  readings: ids.map((id) => read(comment(id))),
  nextPath,
  read,
});

function section() {
  const first = heldReplies<[], Result<ThreadSoFar<Comment>, string>>();
  const older = heldReplies<[ThreadSoFar<Comment>, string], Result<Page, string>>();
  const thread = createCommentThread<ThreadSoFar<Comment>, Comment, string>({
    first: first.call,
    older: older.call,
  });
  const ids = () => {
    const { state } = thread.getSnapshot();
    return state.status === 'ready' ? state.value.readings.map((r) => r.commentId) : state.status;
  };
  return { first, older, thread, ids };
}

describe('comment thread: the newest page, then older ones on request', () => {
  it.each([
    {
      name: 'an older page adds the comments not yet read, in order, and says where the next is',
      page: { comments: [comment('2'), comment('3')], nextPath: undefined },
      after: ['1', '2', '3'],
      hasOlder: false,
    },
    {
      name: 'a comment read already (a page that shifted) is not read twice',
      page: { comments: [comment('1'), comment('2')], nextPath: '/page/3' },
      after: ['1', '2'],
      hasOlder: true,
    },
  ])('$name', async ({ page, after, hasOlder }) => {
    const { first, older, thread, ids } = section();
    void thread.load();
    await first.calls[0]?.answer(ok(firstPage(['1'], '/page/2')));
    expect(thread.getSnapshot().hasOlder).toBe(true);
    void thread.loadOlder();
    expect(thread.getSnapshot().older).toEqual({ status: 'loading' });
    expect(older.calls[0]?.args[1]).toBe('/page/2');
    await older.calls[0]?.answer(ok(page));
    expect(ids()).toEqual(after);
    expect(thread.getSnapshot()).toMatchObject({ older: { status: 'idle' }, hasOlder });
  });

  it('a failed older page says why and keeps what was read; a failed first read offers Retry', async () => {
    const { first, older, thread, ids } = section();
    void thread.load();
    await first.calls[0]?.answer(ok(firstPage(['1'], '/page/2')));
    void thread.loadOlder();
    await older.calls[0]?.answer(err('rate-limited'));
    expect(thread.getSnapshot().older).toEqual({ status: 'error', error: 'rate-limited' });
    expect(ids()).toEqual(['1']);
    void thread.load();
    expect(ids()).toBe('loading');
    await first.calls[1]?.answer(err('timeout'));
    expect(thread.getSnapshot().state).toEqual({ status: 'error', error: 'timeout' });
  });

  it('a page for a read since replaced (Retry, or the section closed) is dropped', async () => {
    const { first, older, thread, ids } = section();
    void thread.load();
    await first.calls[0]?.answer(ok(firstPage(['1'], '/page/2')));
    void thread.loadOlder();
    void thread.load();
    await first.calls[1]?.answer(ok(firstPage(['9'])));
    await older.calls[0]?.answer(ok({ comments: [comment('2')], nextPath: undefined }));
    expect(ids()).toEqual(['9']);
    void thread.load();
    thread.stop();
    await first.calls[2]?.answer(ok(firstPage(['7'])));
    expect(ids()).toBe('loading');
  });

  it('there is nothing older to ask for when the first page was the last', async () => {
    const { first, older, thread } = section();
    void thread.load();
    await first.calls[0]?.answer(ok(firstPage([])));
    await thread.loadOlder();
    expect(older.calls).toEqual([]);
    expect(thread.getSnapshot().state).toMatchObject({ value: { hasMessage: false } });
  });
});
