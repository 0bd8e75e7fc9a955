/** Accepting a plan: what tagging the ticket leads to, and how each outcome is announced. */
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { acceptAfterTagging, acceptNotice } from './accept-view';

const t = createTranslator('en');
const saved = { status: 'saved', optionId: 'o1' } as const;

describe('acceptAfterTagging', () => {
  it('is done once tagged (or with no ticket), a conflict keeps the option, an error is kept', () => {
    expect(acceptAfterTagging({ ok: true, value: undefined }, 'k', '2026-12-01', saved)).toBe(
      saved,
    );
    expect(acceptAfterTagging(undefined, 'k', '2026-12-01', saved)).toBe(saved);
    const conflict = { code: 'conflict', message: 'changed' } as const;
    expect(acceptAfterTagging({ ok: false, error: conflict }, 'k', '2026-12-01', saved)).toEqual({
      status: 'conflict',
      planKey: 'k',
      nextDue: '2026-12-01',
      optionId: 'o1',
    });
    const down = { code: 'network', message: 'down' } as const;
    expect(acceptAfterTagging({ ok: false, error: down }, 'k', '2026-12-01', saved)).toEqual({
      status: 'error',
      error: down,
    });
  });
});

describe('acceptNotice', () => {
  it('announces nothing while idle or saving', () => {
    expect(acceptNotice(t, { status: 'idle' }, 'en')).toBeUndefined();
    expect(acceptNotice(t, { status: 'saving' }, 'en')).toBeUndefined();
  });

  it('reports a save, interrupts for a conflict with Re-apply, and names an error', () => {
    expect(acceptNotice(t, saved, 'en')).toMatchObject({ emphasis: 'good', role: 'status' });
    expect(
      acceptNotice(t, { status: 'conflict', planKey: 'k', nextDue: '2026-12-01' }, 'en'),
    ).toMatchObject({
      emphasis: 'caution',
      role: 'alert',
      title: t('plans.conflictTitle'),
      reapply: true,
    });
    const error = acceptNotice(
      t,
      { status: 'error', error: { code: 'network', message: '' } },
      'en',
    );
    expect(error).toMatchObject({ emphasis: 'bad', role: 'alert', reapply: false });
    expect(error?.text).toContain(t('errors.network'));
    expect(acceptNotice(t, { status: 'following', due: '2026-12-01' }, 'en')?.text).toContain(
      '2026',
    );
  });
});
