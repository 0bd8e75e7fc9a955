import { describe, expect, it } from '@jest/globals';
import type { FlagKind } from '../history/flag-kinds';
import { err, ok, type Result } from '../ports';
import { heldReplies, settled } from '../testing/controller-ports';
import type { ThreadRead, ThreadSoFar } from './comment-thread';
import { actionFor } from './kinds';
import { createSignalsSection } from './section';
import type { CustomerReading, Signal } from './types';

type Comment = { id: string; text: string };
type Page = { comments: Comment[]; nextPath: string | undefined };
type Account = { currency: string };

const signal = (kind: Signal['kind'], extra: Partial<Signal> = {}): Signal => ({
  kind,
  start: 0,
  end: 4,
  excerpt: 'word',
  confidence: 0.9,
  ruleRef: 'test',
  action: actionFor(kind),
  frame: 'test',
  ...extra,
});
const promise = signal('promise', {
  amount: { minor: 5000, currency: 'USD' },
  date: '2026-12-01',
});
const said: Record<string, Signal[]> = { quiet: [], promise: [promise] };
const read = (comment: Comment) => {
  const reading: CustomerReading = { locale: 'en', signals: said[comment.text] ?? [] };
  return { commentId: comment.id, reading };
};
const page = (texts: string[], nextPath?: string): ThreadSoFar<Comment> => ({
  readings: texts.map((text, at) => read({ id: String(at), text })),
  nextPath,
  read,
});

function section() {
  const first = heldReplies<[], Result<ThreadSoFar<Comment>, string>>();
  const older = heldReplies<[ThreadSoFar<Comment>, string], Result<Page, string>>();
  const record = heldReplies<
    [ThreadRead<ThreadSoFar<Comment>>],
    Result<ReadonlySet<FlagKind>, string> | undefined
  >();
  const account = heldReplies<[], Result<Account | undefined, string>>();
  const controller = createSignalsSection<ThreadSoFar<Comment>, Comment, string, Account>({
    first: first.call,
    older: older.call,
    record: record.call,
    account: account.call,
  });
  return { first, older, record, account, controller };
}

describe('signals section: the thread and its side reads', () => {
  it('records each read of the thread and shows the flags the log says are set', async () => {
    const { first, record, controller } = section();
    controller.reload();
    await first.calls[0]?.answer(ok(page(['quiet'])));
    expect(record.calls).toHaveLength(1);
    expect(controller.getSnapshot().alreadySet.size).toBe(0);
    await record.calls[0]?.answer(ok(new Set<FlagKind>(['cease'])));
    expect([...controller.getSnapshot().alreadySet]).toEqual(['cease']);
  });

  it('drops a record answered for a read since replaced, and keeps the flags on a failure', async () => {
    const { first, older, record, controller } = section();
    controller.reload();
    await first.calls[0]?.answer(ok(page(['quiet'], '/older')));
    void controller.loadOlder();
    await older.calls[0]?.answer(
      ok({ comments: [{ id: '9', text: 'quiet' }], nextPath: undefined }),
    );
    expect(record.calls).toHaveLength(2);
    await record.calls[0]?.answer(ok(new Set<FlagKind>(['cease'])));
    expect(controller.getSnapshot().alreadySet.size).toBe(0);
    await record.calls[1]?.answer(err('offline'));
    expect(controller.getSnapshot().alreadySet.size).toBe(0);
  });

  it('reads the account once the words hold a promise, once, and forgets it on Retry', async () => {
    const { first, older, account, controller } = section();
    controller.reload();
    await first.calls[0]?.answer(ok(page(['quiet'], '/older')));
    expect(account.calls).toHaveLength(0);
    void controller.loadOlder();
    await older.calls[0]?.answer(
      ok({ comments: [{ id: '9', text: 'promise' }], nextPath: '/older-still' }),
    );
    expect(account.calls).toHaveLength(1);
    await account.calls[0]?.answer(ok({ currency: 'USD' }));
    expect(controller.getSnapshot().account).toEqual({ currency: 'USD' });
    void controller.loadOlder();
    await older.calls[1]?.answer(ok({ comments: [], nextPath: undefined }));
    expect(account.calls).toHaveLength(1);
    expect(controller.getSnapshot().account).toEqual({ currency: 'USD' });

    controller.reload();
    expect(controller.getSnapshot()).toMatchObject({ state: { status: 'loading' } });
    expect(controller.getSnapshot().account).toBeUndefined();
  });

  it('drops every reply once the section is disposed of', async () => {
    const { first, record, account, controller } = section();
    controller.reload();
    await first.calls[0]?.answer(ok(page(['promise'])));
    controller.dispose();
    await record.calls[0]?.answer(ok(new Set<FlagKind>(['cease'])));
    await account.calls[0]?.answer(ok({ currency: 'USD' }));
    await settled();
    expect(controller.getSnapshot().alreadySet.size).toBe(0);
    expect(controller.getSnapshot().account).toBeUndefined();
  });
});
