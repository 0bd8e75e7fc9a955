import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { chooserNoticeWords } from './view-words';

const t = createTranslator('en');

describe('chooserNoticeWords', () => {
  it('announces the plan’s problem as an alert, the rest as statuses, titled as the host asks', () => {
    const view = {
      planProblem: 'The policy allows no plan.',
      nothingFits: true,
      longer: [{ frequency: 'weekly' as const, text: 'Weekly needs 30 payments.' }],
    };
    expect(chooserNoticeWords(t, view, { 'nothing-fits': 'plans.nothingFits.title' })).toEqual([
      {
        key: 'problem',
        code: 'plan-problem',
        role: 'alert',
        title: undefined,
        text: 'The policy allows no plan.',
      },
      {
        key: 'nothing-fits',
        code: 'nothing-fits',
        role: 'status',
        title: t('plans.nothingFits.title'),
        text: t('plans.nothingFits.body'),
      },
      {
        key: 'needs-longer-plan-weekly',
        code: 'needs-longer-plan',
        role: 'status',
        title: undefined,
        text: 'Weekly needs 30 payments.',
      },
    ]);
  });

  it('says nothing when a plan fits and nothing is wrong', () => {
    expect(
      chooserNoticeWords(t, { planProblem: undefined, nothingFits: false, longer: [] }, {}),
    ).toEqual([]);
  });
});
