import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTranslator } from '../i18n';
import {
  flagButtonKey,
  flagRequestAction,
  flagOptionWords,
  blankFlagForm,
  flagChange,
  flagFormStep,
  flagProblemText,
  flagReasonMaxLength,
  shownFlagProblems,
  type FlagForm,
  type FlagFormEvent,
  raiserOf,
} from './flag-form';
import { flagKinds, type FlagKind } from './flag-kinds';
import { flagFormCases } from '../testing/flag-form-cases';

const off = () => false;
const fill = (kind: FlagKind | undefined, reason: string): FlagForm => ({
  ...blankFlagForm,
  kind,
  reason,
});

describe('flagChange', () => {
  it('switches the chosen flag with the reason trimmed', () => {
    expect(flagChange(fill('dispute', '  Disputes the charge '), off)).toEqual({
      ok: true,
      value: { kind: 'dispute', on: true, reason: 'Disputes the charge' },
    });
    expect(flagChange(fill('dispute', 'Answered'), () => true)).toEqual({
      ok: true,
      value: { kind: 'dispute', on: false, reason: 'Answered' },
    });
  });

  it('needs a flag and a reason for every change, set or clear, and names both when missing', () => {
    expect(flagChange(blankFlagForm, off)).toEqual({
      ok: false,
      error: [
        { field: 'flag', code: 'choose-flag' },
        { field: 'reason', code: 'reason-required' },
      ],
    });
    expect(flagChange(fill(undefined, '   '), () => true, 'do-not-call')).toEqual({
      ok: false,
      error: [{ field: 'reason', code: 'reason-required' }],
    });
  });

  it('refuses a reason longer than the log keeps', () => {
    const long = fill('cease', 'x'.repeat(flagReasonMaxLength + 1));
    expect(flagChange(long, off)).toEqual({
      ok: false,
      error: [{ field: 'reason', code: 'reason-too-long' }],
    });
    expect(flagChange(fill('cease', 'x'.repeat(flagReasonMaxLength)), off).ok).toBe(true);
  });
});

describe('flagFormStep', () => {
  it('shows no problem before the first press, then what is missing', () => {
    expect(shownFlagProblems(blankFlagForm)).toEqual([]);
    const pressed = flagFormStep(blankFlagForm, { type: 'tried' });
    expect(shownFlagProblems(pressed).map((problem) => problem.code)).toEqual([
      'choose-flag',
      'reason-required',
    ]);
    // A flag's own Clear needs no choice in the form, only a reason.
    const clearing = flagFormStep(blankFlagForm, { type: 'tried', clearing: 'dispute' });
    expect(shownFlagProblems(clearing).map((problem) => problem.code)).toEqual(['reason-required']);
  });

  it('words a field’s problem in the agent’s language, with the limit where it matters', () => {
    const en = createTranslator('en');
    const long = flagFormStep(fill('cease', 'x'.repeat(flagReasonMaxLength + 1)), {
      type: 'tried',
    });
    expect(flagProblemText(long, 'reason', en)).toBe(
      en('history.flags.reasonTooLong', { max: flagReasonMaxLength }),
    );
    expect(flagProblemText(long, 'flag', en)).toBeUndefined();
    expect(
      flagProblemText(
        flagFormStep(blankFlagForm, { type: 'tried' }),
        'flag',
        createTranslator('es'),
      ),
    ).toBe(createTranslator('es')('history.flags.choose'));
  });

  it('a review fills the form afresh for the agent to press Set', () => {
    const tried = flagFormStep(fill('cease', 'old'), { type: 'tried' });
    expect(flagFormStep(tried, { type: 'review', kind: 'do-not-call', reason: 'Asked' })).toEqual({
      kind: 'do-not-call',
      reason: 'Asked',
      tried: false,
    });
  });

  const events: fc.Arbitrary<FlagFormEvent> = fc.oneof(
    fc.constantFrom(...flagKinds).map((kind) => ({ type: 'choose' as const, kind })),
    fc.string().map((reason) => ({ type: 'reason' as const, reason })),
    fc.constant({ type: 'tried' as const }),
  );

  it('starts over once saved, whatever came before: no reason carries to the next change', () => {
    fc.assert(
      fc.property(fc.array(events), (steps) => {
        const filled = steps.reduce(flagFormStep, blankFlagForm);
        expect(flagFormStep(filled, { type: 'saved' })).toEqual(blankFlagForm);
      }),
    );
  });
});

describe('who raised the flag', () => {
  it('is the customer until the agent says otherwise, kept while they fill the form in', () => {
    expect(raiserOf(blankFlagForm)).toBe('customer');
    const court = flagFormStep(blankFlagForm, { type: 'raisedBy', raisedBy: 'court' });
    const chosen = flagFormStep(court, { type: 'choose', kind: 'bankruptcy' });
    expect(raiserOf(flagFormStep(chosen, { type: 'tried' }))).toBe('court');
  });

  it('is the customer again for a request (their own words) and once the change is saved', () => {
    const court = flagFormStep(blankFlagForm, { type: 'raisedBy', raisedBy: 'court' });
    const review = { type: 'review', kind: 'do-not-call', reason: 'Stop calling' } as const;
    expect(raiserOf(flagFormStep(court, review))).toBe('customer');
    expect(raiserOf(flagFormStep(court, { type: 'saved' }))).toBe('customer');
  });
});

describe('the shared flag form cases', () => {
  it.each(flagFormCases)('$name', (c) => {
    const isOn = (kind: FlagKind) => c.chosenIsOn === true && kind === c.kind;
    const change = flagChange(fill(c.kind, c.reason), isOn);
    expect(flagButtonKey(fill(c.kind, c.reason), isOn)).toBe(
      c.chosenIsOn ? 'history.flags.clear' : 'history.flags.set',
    );
    if (c.problems.length === 0) {
      expect(change).toEqual({
        ok: true,
        value: { kind: c.kind, on: !c.chosenIsOn, reason: c.reason.trim() },
      });
    } else {
      expect(change.ok ? [] : change.error.map((problem) => problem.code)).toEqual(c.problems);
    }
  });
});

describe('the flag picker and its button', () => {
  const t = createTranslator('en');
  const isOn = (kind: FlagKind) => kind === 'cease';

  it('names every flag with whether the customer has it', () => {
    const options = flagOptionWords(t, isOn);
    expect(options.map((option) => option.kind)).toEqual([...flagKinds]);
    expect(options[0]?.label).toBe('Cease communication (on)');
    expect(options[1]?.label).toMatch(/\(off\)$/);
  });

  it('clears a chosen flag that is set, and sets one that is not or when none is chosen', () => {
    expect(flagButtonKey({ ...blankFlagForm, kind: 'cease' }, isOn)).toBe('history.flags.clear');
    expect(flagButtonKey({ ...blankFlagForm, kind: 'dispute' }, isOn)).toBe('history.flags.set');
    expect(flagButtonKey(blankFlagForm, isOn)).toBe('history.flags.set');
  });
});

describe('a request from another panel (a signal’s Set flag)', () => {
  const isOn = (kind: FlagKind) => kind === 'cease';

  it('sets a flag the customer has not got when the agent clicked Set, and never clears one', () => {
    expect(flagRequestAction({ flag: 'dispute', setNow: true }, isOn)).toBe('set');
    expect(flagRequestAction({ flag: 'cease', setNow: true }, isOn)).toBe('review');
  });

  it('only fills the form for review when the agent did not ask to set it now', () => {
    expect(flagRequestAction({ flag: 'dispute' }, isOn)).toBe('review');
    expect(flagRequestAction({ flag: 'dispute', setNow: false }, isOn)).toBe('review');
  });
});
