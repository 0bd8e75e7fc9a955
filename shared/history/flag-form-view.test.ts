import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { flagFormCases } from '../testing/flag-form-cases';
import { blankFlagForm, flagFormStep, type FlagForm } from './flag-form';
import { flagFormProblems, flagPress, flagRequestStep } from './flag-form-view';

const t = createTranslator('en');
const never = () => false;
const typed = (kind: FlagForm['kind'], reason: string): FlagForm => ({
  ...blankFlagForm,
  kind,
  reason,
});

describe('flag form presses and requests', () => {
  it.each(flagFormCases)('a press with $name', (c) => {
    const form = typed(c.kind, c.reason);
    const { event, change } = flagPress(form, never);
    const tried = flagFormStep(form, event);
    const problems = flagFormProblems(tried, t);
    expect([problems.flag, problems.reason].filter((text) => text !== undefined)).toHaveLength(
      c.problems.length,
    );
    expect(change).toEqual(
      c.problems.length === 0 && c.kind
        ? { kind: c.kind, on: true, reason: c.reason.trim() }
        : undefined,
    );
  });

  it('says nothing is wrong before the first press', () => {
    expect(flagFormProblems(blankFlagForm, t)).toEqual({ flag: undefined, reason: undefined });
  });

  it('clears a set flag with its own Clear, whatever flag the picker shows', () => {
    const form = typed('dispute', 'Paid in full');
    const press = flagPress(form, never, 'do-not-call');
    expect(press.change).toEqual({ kind: 'do-not-call', on: false, reason: 'Paid in full' });
    expect(press.event).toEqual({ type: 'tried', clearing: 'do-not-call' });
  });

  it('switches the chosen flag off when the customer has it (one Set/Clear button)', () => {
    expect(flagPress(typed('dispute', 'Resolved'), () => true).change).toMatchObject({ on: false });
  });

  it('sets a requested flag at once only when asked to and not already set', () => {
    const request = { flag: 'vulnerable', reason: 'Mentions a bereavement', setNow: true } as const;
    expect(flagRequestStep(request, never)).toEqual({
      set: { kind: 'vulnerable', on: true, reason: 'Mentions a bereavement' },
    });
    expect(flagRequestStep(request, () => true)).toEqual({
      review: { type: 'review', kind: 'vulnerable', reason: 'Mentions a bereavement' },
    });
    expect(flagRequestStep({ ...request, setNow: false }, never)).toHaveProperty('review');
  });
});
