import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money';
import { customerView } from '../overview/view';
import { capacityFromForm } from '../plans/view';
import { defaultSettings, toToneOptions } from '../settings';
import { checkTone } from '../tone';
import { decideSave, rewriteDraft, toneView } from '../tone/view';
import { readCustomerMessage } from '../signals';
import { installShippedSignalModel } from '../signals/model/install';
import { testFinding, testToneResult } from './factories';
import { signalsView } from '../signals/view';
import {
  capacityCases,
  dueCaseNow,
  dueViewCases,
  signalsViewCases,
  toneViewCases,
} from './view-cases';

const check = (draft: string) =>
  checkTone(draft, { locale: 'en', ...toToneOptions(defaultSettings.tone) });

describe('tone view model', () => {
  it.each(toneViewCases)('$name', (c) => {
    const view = toneView(check(c.draft));
    expect(view.verdictLabel).toBe(c.verdictLabel);
    expect(view.problems.map((finding) => finding.excerpt)).toEqual(c.problems);
    expect(view.good.map((finding) => finding.excerpt)).toEqual(c.good);
    expect(view.canApplyAll).toBe(c.applyAll);
    expect(view.problems.map((finding) => finding.suggestion !== undefined)).toEqual(c.apply);
    const [first] = view.applicable;
    const target = c.applyAll ? 'all' : first;
    expect(target && rewriteDraft(c.draft, check(c.draft), target).text).toBe(c.afterApply);
  });

  const finding = testFinding;
  const result = testToneResult;

  it('a good sign is any info finding, whatever its category; problems come in reading order', () => {
    const view = toneView(
      result('review', [
        finding({ excerpt: 'later', start: 20, end: 25, suggestion: 'soon' }),
        finding({ excerpt: 'fine words', category: 'jargon', severity: 'info', start: 5, end: 9 }),
        finding({ excerpt: 'first', start: 0, end: 4 }),
      ]),
    );
    expect(view.good.map((f) => f.excerpt)).toEqual(['fine words']);
    expect(view.problems.map((f) => f.excerpt)).toEqual(['first', 'later']);
    // One applicable suggestion: its own Apply is enough.
    expect(view.applicable.map((f) => f.excerpt)).toEqual(['later']);
    expect(view.canApplyAll).toBe(false);
  });

  it('decides ticket.save: pass, stop or warn a public reply, never stop an internal note', () => {
    const threat = finding({ category: 'threat', severity: 'block', excerpt: 'we will sue' });
    const blocked = result('block', [finding({ start: 30, end: 31 }), threat]);
    expect(decideSave(result('review', [finding({})]), 'publicReply', 'block')).toEqual({
      kind: 'pass',
    });
    expect(decideSave(blocked, 'publicReply', 'block')).toEqual({
      kind: 'stopped',
      findings: [threat],
    });
    expect(decideSave(blocked, 'publicReply', 'warn')).toEqual({
      kind: 'warned',
      findings: [threat],
    });
    expect(decideSave(blocked, 'internalNote', 'block')).toEqual({
      kind: 'note-checked',
      findings: [threat],
    });
  });
});

describe('capacity form rules', () => {
  it.each(capacityCases)('$name', (c) => {
    const capacity = capacityFromForm(c.form, 'en-US', 'USD');
    if (c.problem === undefined) expect(capacity.ok).toBe(true);
    else expect(capacity).toEqual({ ok: false, error: [c.problem] });
  });

  it('reports every unusable field at once, blank and negative included', () => {
    expect(
      capacityFromForm(
        { mode: 'income-and-expenditure', income: '', outgoings: '-5' },
        'en-US',
        'USD',
      ),
    ).toEqual({
      ok: false,
      error: [
        { field: 'income', error: 'required' },
        { field: 'outgoings', error: 'negative' },
      ],
    });
  });
});

describe('the shared due-status cases, on the overview view model', () => {
  it.each(dueViewCases)('$name', (c) => {
    const view = customerView(
      {
        name: 'Maria',
        timeZone: c.timeZone,
        balance: { amount: money(125000, 'USD'), dueDate: c.dueDate },
      },
      'en-US',
      new Date(dueCaseNow),
    );
    expect(view.balance?.due).toEqual(c.due);
  });
});

describe('the shared signals cases, on the signals view model', () => {
  it.each(signalsViewCases)('$name', (c) => {
    // The hosts load the learned model with the section; so does this.
    installShippedSignalModel();
    const reading = readCustomerMessage(c.text, { locale: c.locale, timeZone: 'America/Chicago' });
    const view = signalsView([{ commentId: '1', reading }]);
    expect(view.items.map((item) => item.label)).toEqual(c.labels);
    expect(view.items[0]?.suggestedFlags ?? []).toEqual(c.firstFlags);
    expect(view.signposting !== undefined).toBe(c.signposting);
  });
});
