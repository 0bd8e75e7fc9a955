import { describe, expect, it } from '@jest/globals';
import { heldReplies, manualTimers, settled } from '../testing/controller-ports';
import { testFinding, testToneResult } from '../testing/factories';
import type { Result } from '../ports';
import { createDraftController } from './draft-controller';
import type { ToneResult } from './types';
import { toneRecheckDelayMs } from './view';

type Options = { locale: string };
const en: Options = { locale: 'en' };
const harsh = "you haven't paid";
const rewrite = testFinding({
  excerpt: harsh,
  start: 0,
  end: harsh.length,
  suggestion: 'can we talk',
});
const flagged = testToneResult('review', [rewrite]);

function draftBox() {
  const clock = manualTimers();
  const backend = heldReplies<[string, Options], Result<ToneResult, string>>();
  const draft = createDraftController(en, { check: backend.call, timers: clock.timers });
  const asked = () => backend.calls.map(({ args }) => args[0]);
  const answer = (at: number, reply: Result<ToneResult, string>) =>
    backend.calls[at]?.answer(reply) ?? Promise.reject(new Error(`no call ${at}`));
  return { clock, draft, asked, answer, backend };
}

describe('draft controller: when a draft is sent', () => {
  it.each([
    {
      name: 'typing that has not paused sends nothing',
      typed: ['Hi', 'Hi M'],
      pause: 100,
      sent: [],
    },
    { name: 'a pause sends the draft as it is', typed: ['Hi', 'Hi M'], pause: 150, sent: ['Hi M'] },
    { name: 'a blank draft is never sent', typed: ['  '], pause: 1000, sent: [] },
  ])('$name', ({ typed, pause, sent }) => {
    const { clock, draft, asked } = draftBox();
    for (const text of typed) draft.type(text);
    clock.pass(pause);
    expect(asked()).toEqual(sent);
    expect(draft.getSnapshot().text).toBe(typed.at(-1));
  });

  it('a template is sent at once, without waiting for a pause', () => {
    const { draft, asked } = draftBox();
    draft.replace('Hello Maria');
    expect(asked()).toEqual(['Hello Maria']);
  });

  it('one request at a time: the newest draft goes when the reply comes, and only its verdict shows', async () => {
    const { clock, draft, asked, answer } = draftBox();
    draft.type('first');
    clock.pass(toneRecheckDelayMs);
    draft.type('second');
    clock.pass(toneRecheckDelayMs);
    expect(asked()).toEqual(['first']);
    await answer(0, { ok: true, value: flagged });
    expect(asked()).toEqual(['first', 'second']);
    // The reply is about an older draft: the findings stay, the verdict waits.
    expect(draft.getSnapshot()).toMatchObject({
      checkedText: 'first',
      check: { status: 'checking' },
    });
    await answer(1, { ok: true, value: testToneResult('ok', []) });
    expect(draft.getSnapshot()).toMatchObject({
      checkedText: 'second',
      check: { status: 'ready' },
    });
  });
});

describe('draft controller: what the draft box holds', () => {
  it('a failed check says why; Retry asks again and a good reply replaces the failure', async () => {
    const { draft, asked, answer } = draftBox();
    draft.replace('Hi Maria');
    await answer(0, { ok: false, error: 'timeout' });
    expect(draft.getSnapshot().check).toEqual({ status: 'failed', error: 'timeout' });
    draft.retry();
    expect(asked()).toEqual(['Hi Maria', 'Hi Maria']);
    await answer(1, { ok: true, value: flagged });
    expect(draft.getSnapshot()).toMatchObject({ result: flagged, check: { status: 'ready' } });
  });

  it('Apply rewrites the text that was checked and sends the rewrite at once', async () => {
    const { draft, asked, answer } = draftBox();
    draft.replace(`${harsh} today`);
    await answer(0, { ok: true, value: flagged });
    draft.rewrite(rewrite);
    expect(draft.getSnapshot().text).toBe('can we talk today');
    expect(asked()).toEqual([`${harsh} today`, 'can we talk today']);
  });

  it('a blank draft shows a blank check, whatever was checked before', async () => {
    const { draft, answer } = draftBox();
    draft.replace(harsh);
    await answer(0, { ok: true, value: flagged });
    draft.type('');
    expect(draft.getSnapshot()).toMatchObject({ checkedText: '', check: { status: 'ready' } });
    expect(draft.getSnapshot().result.findings).toEqual([]);
  });

  it('new options check the draft again with them; the same options ask nothing', async () => {
    const { draft, answer, backend } = draftBox();
    draft.replace('Hola');
    await answer(0, { ok: true, value: flagged });
    draft.setOptions(en);
    const es = { locale: 'es' };
    draft.setOptions(es);
    expect(backend.calls.map(({ args }) => args)).toEqual([
      ['Hola', en],
      ['Hola', es],
    ]);
    expect(draft.getSnapshot().check).toEqual({ status: 'checking' });
  });

  it('a closed panel sends nothing still waiting for a pause', () => {
    const { clock, draft, asked } = draftBox();
    draft.type('Hi');
    draft.stop();
    clock.pass(1000);
    expect(asked()).toEqual([]);
  });

  it('tells subscribers of each change, and not after they leave', async () => {
    const { draft, answer } = draftBox();
    let heard = 0;
    const leave = draft.subscribe(() => (heard += 1));
    draft.type('Hi');
    draft.replace('Hi Maria');
    await answer(0, { ok: true, value: flagged });
    expect(heard).toBe(3);
    leave();
    draft.type('');
    await settled();
    expect(heard).toBe(3);
  });
});
