import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { historyCaseNow } from '../testing/history-view-cases';
import { historyView } from './view';
import { guardWords, summaryWords } from './view-words';

const t = createTranslator('en');
const format = (at: string, zone: string) => `${at}@${zone}`;

describe('guardWords', () => {
  it('words each shown guard once for both hosts: label, state, why, and until when', () => {
    const view = historyView(
      {
        now: historyCaseNow,
        timeZone: 'America/Chicago',
        events: [],
        flags: [{ kind: 'do-not-call', since: '2026-11-01', source: 'agent' }],
      },
      'America/Chicago',
    );
    const [call, email] = guardWords(t, view.guards, format);
    expect(call).toMatchObject({
      channel: 'call',
      label: 'Call',
      stateLabel: 'Not now',
      emphasis: 'bad',
      next: 'Not until a flag is cleared.',
    });
    expect(call?.reasons).toEqual(['The customer asked not to be called.']);
    expect(email).toMatchObject({ stateLabel: 'Allowed now', emphasis: 'good', next: '' });
    expect(email?.reasons).toEqual([]);
  });
});

describe('summaryWords', () => {
  it('names every summary row in the order both hosts show it, with its value in words', () => {
    const view = historyView(
      { now: historyCaseNow, timeZone: 'America/Chicago', events: [], flags: [] },
      'UTC',
    );
    const words = summaryWords(t, view.summary, 'UTC', format);
    expect(words.map((row) => row.code)).toEqual(view.summary.map((row) => row.code));
    expect(words[0]).toEqual({
      code: 'lastInbound',
      label: t('history.summary.lastInbound'),
      text: t('history.summary.none'),
    });
    expect(words.find((row) => row.code === 'stage')?.text).toBe(t('history.summary.unknown'));
  });
});
