/** Who sees which "Settings need attention" notice. */
import { describe, expect, it } from '@jest/globals';
import { attentionShown } from './attention-view';

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
