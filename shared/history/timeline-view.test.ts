import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { firstTimelinePage, showMore, timelinePageSize, timelineSections } from './timeline-view';

const now = '2026-11-25T15:00:00.000Z';
const instant = fc
  .integer({ min: Date.parse('2024-01-01'), max: Date.parse('2028-12-31') })
  .map((ms) => new Date(ms).toISOString());

describe('timelineSections', () => {
  it('keeps every entry once: what shows plus what is hidden is the whole timeline', () => {
    fc.assert(
      fc.property(
        fc.array(instant, { maxLength: 200 }),
        fc.nat(80),
        fc.nat(80),
        (ats, upcomingShown, historyShown) => {
          const events = ats.map((at, index) => ({ id: String(index), at }));
          const { upcoming, history } = timelineSections(events, now, {
            upcoming: upcomingShown,
            history: historyShown,
          });
          expect(upcoming.entries.length).toBeLessThanOrEqual(upcomingShown);
          expect(history.entries.length).toBeLessThanOrEqual(historyShown);
          const total =
            upcoming.entries.length + upcoming.hidden + history.entries.length + history.hidden;
          expect(total).toBe(events.length);
          const ms = (e: { at: string }) => Date.parse(e.at);
          expect(upcoming.entries.every((e) => ms(e) > Date.parse(now))).toBe(true);
          expect(history.entries.every((e) => ms(e) <= Date.parse(now))).toBe(true);
          // Soonest first to come, newest first in history.
          upcoming.entries.forEach(
            (e, i, all) => i === 0 || expect(ms(all[i - 1]!)).toBeLessThanOrEqual(ms(e)),
          );
          history.entries.forEach(
            (e, i, all) => i === 0 || expect(ms(all[i - 1]!)).toBeGreaterThanOrEqual(ms(e)),
          );
        },
      ),
    );
  });

  it(`shows ${timelinePageSize} of each section at first`, () => {
    const past = Array.from({ length: 60 }, (_, i) => ({
      at: new Date(Date.parse(now) - (i + 1) * 3_600_000).toISOString(),
    }));
    const { upcoming, history } = timelineSections(past, now);
    expect(history.entries).toHaveLength(timelinePageSize);
    expect(history.hidden).toBe(60 - timelinePageSize);
    expect(upcoming).toEqual({ entries: [], hidden: 0 });
  });
});

describe('showMore', () => {
  it('shows a page more of the section asked for, the other unchanged', () => {
    const next = showMore(firstTimelinePage, 'upcoming', 40);
    expect(next.shown).toEqual({ upcoming: 2 * timelinePageSize, history: timelinePageSize });
    expect(next.readNextPage).toBe(false);
  });

  it('reads the next page of history only once every loaded entry is on screen', () => {
    expect(showMore(firstTimelinePage, 'history', 3).readNextPage).toBe(false);
    expect(showMore(firstTimelinePage, 'history', 0).readNextPage).toBe(true);
    expect(showMore(firstTimelinePage, 'upcoming', 0).readNextPage).toBe(false);
  });
});
