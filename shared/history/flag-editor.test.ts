import { describe, expect, it } from '@jest/globals';
import { err, ok } from '../ports';
import { heldReplies, settled } from '../testing/controller-ports';
import { flagFormCases } from '../testing/flag-form-cases';
import { blankFlagForm, type FlagChange } from './flag-form';
import { createFlagEditor, type FlagEditRequest, type FlagOrigin } from './flag-editor';

/** A flag form writing through replies the test releases. */
function editor() {
  const writes = heldReplies<
    [FlagChange, FlagOrigin<FlagEditRequest>],
    ReturnType<typeof ok<null>> | ReturnType<typeof err<string>>
  >();
  const form = createFlagEditor<FlagEditRequest, string>({ write: writes.call });
  return { form, writes, snapshot: form.getSnapshot };
}

describe('the flag editor over the shared flag form cases', () => {
  it.each(flagFormCases)('$name', async (c) => {
    const { form, writes, snapshot } = editor();
    const isOn = () => c.chosenIsOn === true;
    if (c.kind) form.choose(c.kind);
    form.typeReason(c.reason);
    form.raisedBy('agent');
    form.press(isOn);
    if (c.problems.length > 0) {
      expect(writes.calls).toHaveLength(0);
      expect(snapshot().form.tried).toBe(true);
      return;
    }
    expect(writes.calls.map((call) => call.args)).toEqual([
      [{ kind: c.kind, on: !c.chosenIsOn, reason: c.reason.trim() }, { raisedBy: 'agent' }],
    ]);
    expect(snapshot().save).toEqual({ status: 'saving' });
    await writes.calls[0]?.answer(ok(null));
    // Saved, and the form starts over so the next change never inherits this reason.
    expect(snapshot()).toEqual({
      form: blankFlagForm,
      save: { status: 'saved', on: !c.chosenIsOn },
    });
  });
});

describe('the flag editor', () => {
  it('keeps what the agent typed when the write fails, and says why', async () => {
    const { form, writes, snapshot } = editor();
    form.choose('dispute');
    form.typeReason('Disputes the charge');
    form.press(() => false);
    await writes.calls[0]?.answer(err('conflict'));
    expect(snapshot().save).toEqual({ status: 'failed', error: 'conflict' });
    expect(snapshot().form.reason).toBe('Disputes the charge');
  });

  it('sends one change while a save is under way, however often Set is pressed', () => {
    const { form, writes } = editor();
    form.choose('cease');
    form.typeReason('Asked by letter');
    form.press(() => false);
    form.press(() => false);
    expect(writes.calls).toHaveLength(1);
  });

  it('a set flag’s own Clear clears it with the reason typed', () => {
    const { form, writes } = editor();
    form.typeReason('Resolved');
    form.press(() => true, { clearing: 'dispute' });
    expect(writes.calls[0]?.args[0]).toEqual({ kind: 'dispute', on: false, reason: 'Resolved' });
  });

  it('sets a flag the agent chose in another panel at once, leaving their form as it was', async () => {
    const { form, writes, snapshot } = editor();
    form.typeReason('half typed');
    const request = { flag: 'do-not-call' as const, reason: 'Stop calling', setNow: true };
    expect(form.request(request, () => false)).toBe('set');
    expect(writes.calls[0]?.args).toEqual([
      { kind: 'do-not-call', on: true, reason: 'Stop calling' },
      { request },
    ]);
    await writes.calls[0]?.answer(ok(null));
    expect(snapshot().form.reason).toBe('half typed');
  });

  it('fills the form for review when the flag is on already or the agent only asked to review', async () => {
    const { form, writes, snapshot } = editor();
    const request = { flag: 'do-not-call' as const, reason: 'Stop calling', setNow: true };
    expect(form.request(request, () => true)).toBe('review');
    expect(form.request({ flag: 'cease', reason: 'Cease letter' }, () => false)).toBe('review');
    await settled();
    expect(writes.calls).toHaveLength(0);
    expect(snapshot().form).toEqual({ kind: 'cease', reason: 'Cease letter', tried: false });
  });

  it('tells its subscribers of each change until they leave', () => {
    const { form } = editor();
    let heard = 0;
    const leave = form.subscribe(() => {
      heard += 1;
    });
    form.choose('dispute');
    leave();
    form.typeReason('gone');
    expect(heard).toBe(1);
  });
});
