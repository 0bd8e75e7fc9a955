import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import type { PromiseFormProblem } from './promise-offer';
import { createPromiseRecorder, promiseRecordingView } from './promise-recording';

function recorder() {
  const writes = heldReplies<[string], Result<string, string>>();
  const promise = createPromiseRecorder(writes.call);
  const view = () => promiseRecordingView(promise.getSnapshot().recording);
  return { writes, promise, view };
}

const pastDay: PromiseFormProblem[] = [{ field: 'dueDate', error: 'past' }];

describe('promise recorder: from the Record button to the promise recorded', () => {
  it.each([
    {
      name: 'a promise written is saved',
      reply: ok('recorded'),
      saved: 'recorded',
      failed: undefined,
    },
    {
      name: 'a write that fails says why',
      reply: err('conflict'),
      saved: undefined,
      failed: 'conflict',
    },
  ])('$name', async ({ reply, saved, failed }) => {
    const { writes, promise, view } = recorder();
    expect(view().closed).toBe(true);
    void promise.submit(ok('50 USD on 1 Dec'));
    expect(view()).toMatchObject({ closed: false, saving: true });
    await writes.calls[0]?.answer(reply);
    expect(view()).toMatchObject({ saving: false, saved, failed });
  });

  it('a confirmation with problems keeps the form open, each field with its own, and writes nothing', async () => {
    const { writes, promise, view } = recorder();
    promise.open();
    expect(view()).toMatchObject({ closed: false, problems: {} });
    await promise.submit(err(pastDay));
    expect(view().problems).toEqual({ dueDate: 'signals.promise.problem.pastDate' });
    expect(writes.calls).toEqual([]);
    promise.cancel();
    expect(view().closed).toBe(true);
  });

  it('one write at a time: a second click while saving writes nothing', () => {
    const { writes, promise } = recorder();
    void promise.submit(ok('first'));
    void promise.submit(ok('second'));
    expect(writes.calls.map(({ args }) => args[0])).toEqual(['first']);
  });

  it('after a failure the agent can try again', async () => {
    const { writes, promise, view } = recorder();
    void promise.submit(ok('promise'));
    await writes.calls[0]?.answer(err('timeout'));
    void promise.submit(ok('promise'));
    await writes.calls[1]?.answer(ok('recorded'));
    expect(view().saved).toBe('recorded');
  });
});
