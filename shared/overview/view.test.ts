import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createTranslator } from '../i18n';
import { calendarDateBetween } from '../testing/calendar-arbitraries';
import { dueViewCases } from '../testing/view-cases';
import { customerView, dueStatus, dueTag, dueText } from './view';

const day = calendarDateBetween('2000-01-01', '2099-12-31');

describe('the customer overview view model', () => {
  it('says where a due date stands from today: today, in n days or n days past due', () => {
    expect(dueStatus('2026-11-25', '2026-11-25')).toEqual({ kind: 'today' });
    expect(dueStatus('2026-11-28', '2026-11-25')).toEqual({ kind: 'upcoming', days: 3 });
    expect(dueStatus('2026-11-24', '2026-11-25')).toEqual({ kind: 'past-due', days: 1 });
    expect(dueStatus('2026-02-30', '2026-11-25')).toBeUndefined();
  });

  it('counts the same days from either side, whatever the dates', () => {
    fc.assert(
      fc.property(day, day, (due, today) => {
        const there = dueStatus(due, today);
        const back = dueStatus(today, due);
        if (there?.kind === 'today') expect(back).toEqual({ kind: 'today' });
        else if (there?.kind === 'upcoming')
          expect(back).toEqual({ kind: 'past-due', days: there.days });
        else expect(back).toEqual({ kind: 'upcoming', days: there?.days });
      }),
    );
  });

  it('uses the customer’s calendar day: not yet past due early in their morning', () => {
    const customer = {
      name: 'Ana',
      timeZone: 'America/Los_Angeles',
      balance: { amount: { minor: 125000n, currency: 'USD' }, dueDate: '2026-11-25' },
    };
    // 03:00 UTC on the 26th is still the 25th in Los Angeles.
    const view = customerView(customer, 'en-US', new Date('2026-11-26T03:00:00Z'));
    expect(view.balance?.due).toEqual({ kind: 'today' });
    expect(dueText(createTranslator('es'), { kind: 'past-due', days: 2 })).toBe('2 días de atraso');
  });
});

describe('dueTag: the shared due-status cases', () => {
  const t = createTranslator('en');
  it.each(dueViewCases)('$name', (c) => {
    const expected = { today: 'caution', upcoming: 'info', 'past-due': 'bad' }[c.due.kind];
    expect(dueTag(t, c.due)).toEqual({ text: dueText(t, c.due), emphasis: expected });
  });
});
