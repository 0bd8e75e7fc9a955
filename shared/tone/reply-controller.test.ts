import { describe, expect, it } from '@jest/globals';
import { heldReplies, manualTimers, settled } from '../testing/controller-ports';
import { testFinding, testToneResult } from '../testing/factories';
import { ok, type Result } from '../ports';
import { createReplyController, warmUpAfterOpenMs, type HostDraft } from './reply-controller';
import type { ToneResult } from './types';
import { toneRecheckDelayMs } from './view';

const harsh = "you haven't paid";
const threat = testFinding({ severity: 'block', category: 'threat', start: 0, end: 4 });
const rewrite = testFinding({ excerpt: harsh, start: 0, end: harsh.length, suggestion: 'hello' });
const reply = (html: string): HostDraft => ({ html, type: 'publicReply' });

/** A sidebar whose editor holds `html`, checked as `checks` says (the last answer repeats). */
function sidebar(html: string, checks: ToneResult[] = [testToneResult('ok', [])]) {
  const clock = manualTimers();
  const editor = { html, warmed: 0, written: [] as string[] };
  let checked = 0;
  const tones = createReplyController<HostDraft, string>({
    read: () => Promise.resolve(ok(reply(editor.html))),
    check: () =>
      Promise.resolve(checks[Math.min(checked++, checks.length - 1)] ?? testToneResult('ok', [])),
    write: (next) => {
      editor.written.push(next);
      editor.html = next;
      return Promise.resolve(ok(undefined));
    },
    timers: clock.timers,
    warmUp: () => (editor.warmed += 1),
  });
  return { clock, editor, tones, state: () => tones.getSnapshot().state };
}

describe('reply controller: following the draft', () => {
  it('reads and checks the draft on open, then compiles the rules a while later, once', async () => {
    const { clock, editor, tones, state } = sidebar('Hi');
    expect(state()).toEqual({ status: 'loading' });
    await tones.refresh();
    expect(state()).toMatchObject({ status: 'ready', value: { draft: reply('Hi') } });
    clock.pass(warmUpAfterOpenMs);
    await tones.refresh();
    clock.pass(warmUpAfterOpenMs);
    expect(editor.warmed).toBe(1);
  });

  it('checks again once typing pauses, and the last save’s words go at the first key', async () => {
    const { clock, editor, tones, state } = sidebar('Hi', [testToneResult('block', [threat])]);
    await tones.refresh();
    tones.save(testToneResult('block', [threat]), 'publicReply', 'block', false);
    editor.html = 'Hi Maria';
    tones.changed();
    expect(tones.getSnapshot().saveOutcome).toBeUndefined();
    clock.pass(toneRecheckDelayMs - 1);
    await settled();
    expect(state()).toMatchObject({ value: { draft: reply('Hi') } });
    clock.pass(1);
    await settled();
    expect(state()).toMatchObject({ value: { draft: reply('Hi Maria') } });
  });

  it('an answer overtaken by a newer check is dropped', async () => {
    const clock = manualTimers();
    const reads = heldReplies<[], Result<HostDraft, string>>();
    const tones = createReplyController<HostDraft, string>({
      read: reads.call,
      check: (html) => Promise.resolve(testToneResult(html === 'new' ? 'ok' : 'block', [])),
      write: () => Promise.resolve(ok(undefined)),
      timers: clock.timers,
    });
    void tones.refresh();
    void tones.refresh();
    await reads.calls[1]?.answer(ok(reply('new')));
    await reads.calls[0]?.answer(ok(reply('old')));
    expect(tones.getSnapshot().state).toMatchObject({ value: { draft: reply('new') } });
    void tones.refresh();
    tones.stop();
    await reads.calls[2]?.answer(ok(reply('after close')));
    expect(tones.getSnapshot().state).toMatchObject({ value: { draft: reply('new') } });
  });

  it('a failed read shows why; Retry shows loading and reads again', async () => {
    const clock = manualTimers();
    const reads = heldReplies<[], Result<HostDraft, string>>();
    const tones = createReplyController<HostDraft, string>({
      read: reads.call,
      check: () => Promise.resolve(testToneResult('ok', [])),
      write: () => Promise.resolve(ok(undefined)),
      timers: clock.timers,
    });
    void tones.refresh();
    await reads.calls[0]?.answer({ ok: false, error: 'host-timeout' });
    expect(tones.getSnapshot().state).toEqual({ status: 'error', error: 'host-timeout' });
    void tones.retry();
    expect(tones.getSnapshot().state).toEqual({ status: 'loading' });
    await reads.calls[1]?.answer(ok(reply('Hi')));
    expect(tones.getSnapshot().state).toMatchObject({ status: 'ready' });
  });
});

describe('reply controller: Apply and save', () => {
  it.each([
    { name: 'the checked draft is rewritten', typedSince: false, written: [`hello today`] },
    { name: 'a draft typed since is checked again, not rewritten', typedSince: true, written: [] },
  ])('$name', async ({ typedSince, written }) => {
    const { editor, tones } = sidebar(`${harsh} today`, [testToneResult('review', [rewrite])]);
    await tones.refresh();
    if (typedSince) editor.html = `${harsh} today!`;
    await tones.rewrite(rewrite);
    expect(editor.written).toEqual(written);
    expect(tones.getSnapshot().state).toMatchObject({ value: { draft: reply(editor.html) } });
  });

  it.each([
    { name: 'a stopped reply is not counted', onSave: 'block', counted: false, outcome: 'stopped' },
    { name: 'a warned reply is counted', onSave: 'warn', counted: true, outcome: 'warned' },
  ] as const)('$name', async ({ onSave, counted, outcome }) => {
    const { tones } = sidebar(harsh, [testToneResult('block', [threat])]);
    await tones.refresh();
    const answer = tones.save(testToneResult('block', [threat]), 'publicReply', onSave, true);
    expect(answer.decision.kind).toBe(outcome);
    expect(answer.counted !== undefined).toBe(counted);
    expect(tones.getSnapshot().saveOutcome?.kind).toBe(outcome);
  });

  it('the tally handed over on a counted save holds what the checks saw, then starts over', async () => {
    const { tones } = sidebar(`${harsh} today`, [testToneResult('review', [rewrite])]);
    await tones.refresh();
    await tones.rewrite(rewrite);
    const sent = testToneResult('ok', []);
    const first = tones.save(sent, 'publicReply', 'warn', true).counted;
    const second = tones.save(sent, 'publicReply', 'warn', true).counted;
    expect(first).not.toEqual(second);
    expect(tones.save(sent, 'internalNote', 'warn', true).counted).toBeUndefined();
  });
});
