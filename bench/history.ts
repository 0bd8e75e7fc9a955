/**
 * Contact-history benchmark: summary + contact guards (+ nudge) over 1k, 10k and 100k events.
 * Run standalone with `tsx bench/history.ts`; `benchHistory()` returns the figures in milliseconds.
 */
import { pathToFileURL } from 'node:url';
import {
  contactGuards,
  createHistorySummarizer,
  suggestNudge,
  summarizeHistory,
  type Flag,
} from '../shared/history';
import {
  historyNow as now,
  historyTimeZone as timeZone,
  syntheticTimeline as timeline,
} from '../shared/testing/factories';
import { medianTimeMs } from './median-time';

const flags: Flag[] = [{ kind: 'do-not-sms', since: '2026-01-01', source: 'bench' }];

/** Median of `runs` timings of `work`, in milliseconds. */
const time = (work: () => void, runs: number): number => medianTimeMs(work, runs);

/** Times summary + guards + nudge over the whole timeline, and the paged summarizer, per size. */
export async function benchHistory(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  for (const [label, size] of [
    ['1k', 1_000],
    ['10k', 10_000],
    ['100k', 100_000],
  ] as const) {
    const events = timeline(size);
    const runs = size >= 100_000 ? 5 : 15;
    figures[`summary+guards+nudge ${label} events (ms)`] = time(() => {
      const summary = summarizeHistory(events, { now, timeZone, dueDate: '2026-10-01' });
      contactGuards(now, { timeZone, events, flags });
      suggestNudge({ now, timeZone, events, flags, summary, dueDate: '2026-10-01' });
    }, runs);
    figures[`paged summary+guards ${label} events, 100 a page (ms)`] = time(() => {
      const summarizer = createHistorySummarizer({ now, timeZone, dueDate: '2026-10-01' });
      for (let i = 0; i < events.length; i += 100) summarizer.add(events.slice(i, i + 100));
      const summary = summarizer.summary();
      const recent = summarizer.guardEvents();
      contactGuards(now, { timeZone, events: recent, flags });
      suggestNudge({ now, timeZone, events: recent, flags, summary, dueDate: '2026-10-01' });
    }, runs);
  }
  return figures;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchHistory();
  for (const [name, ms] of Object.entries(figures)) console.log(`${name.padEnd(40)} ${ms}`);
}
