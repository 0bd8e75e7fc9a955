/** Who sees which "Settings need attention" notice, and the first-run steps in words. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { attentionShown, firstRunStepWords } from './attention-view';

const clean = { problems: [], warnings: [], checklistDone: true };

describe('attentionShown', () => {
  it('shows nothing before the role is known, nor to anyone while all is well', () => {
    expect(attentionShown(undefined, { ...clean, problems: ['x'] })).toBe('nothing');
    expect(attentionShown(true, clean)).toBe('nothing');
    expect(attentionShown(false, clean)).toBe('nothing');
  });

  it('gives an agent one line for a problem, never for a warning or the checklist', () => {
    expect(attentionShown(false, { ...clean, problems: ['x'] })).toBe('agent-notice');
    expect(attentionShown(false, { ...clean, warnings: ['w'], checklistDone: false })).toBe(
      'nothing',
    );
  });

  it('shows an admin the full notice for a problem, a warning or an unfinished checklist', () => {
    expect(attentionShown(true, { ...clean, problems: ['x'] })).toBe('admin');
    expect(attentionShown(true, { ...clean, warnings: ['w'] })).toBe('admin');
    expect(attentionShown(true, { ...clean, checklistDone: false })).toBe('admin');
  });
});

describe('firstRunStepWords', () => {
  it('lists fields, policy, test draft in order, done ones marked good and the rest muted', () => {
    const t = createTranslator('en');
    const steps = firstRunStepWords(t, {
      fieldsMapped: true,
      policySet: false,
      testDraftChecked: false,
    });
    expect(steps.map((step) => [step.step, step.emphasis])).toEqual([
      ['fieldsMapped', 'good'],
      ['policySet', 'muted'],
      ['testDraftChecked', 'muted'],
    ]);
    expect(steps[0]?.state).toBe(t('settingsAttention.checklist.done'));
    expect(steps[1]?.state).toBe(t('settingsAttention.checklist.todo'));
  });
});
