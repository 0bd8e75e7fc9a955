// What one reply's tone checks add up to when it is sent: checks counted, the first check's verdict
// and categories, block findings caught before send, and no text kept anywhere.
import { describe, expect, it } from '@jest/globals';
import type { Finding, ToneResult } from '../tone/types';
import { emptyToneSendTally, tallyCheck, tallySuggestions, toneSendOf } from './tone-send-tally';

const finding = (category: Finding['category'], severity: Finding['severity'], ruleId: string) => ({
  category,
  severity,
  ruleId,
  start: 0,
  end: 4,
  excerpt: 'secret customer words',
  reason: 'why',
});
const result = (verdict: ToneResult['verdict'], findings: Finding[]): ToneResult => ({
  verdict,
  score: 50,
  locale: 'en',
  findings,
});
const scope = { agent: '7', sendId: 's1', date: '2026-11-23' } as const;

describe('toneSendOf', () => {
  it('counts a threat fixed before send as caught, with the first check’s verdict and categories', () => {
    let tally = tallyCheck(
      emptyToneSendTally,
      result('block', [finding('threat', 'block', 'sue')]),
    );
    tally = tallySuggestions(tally, 1);
    tally = tallyCheck(tally, result('ok', []));
    const send = toneSendOf(tally, result('ok', []), scope);
    expect(send).toMatchObject({
      checks: 3,
      firstVerdict: 'block',
      finalVerdict: 'ok',
      blocksCaught: 1,
      sentOverWarning: false,
      suggestionsApplied: 1,
      categories: { threat: 1 },
    });
    expect(JSON.stringify(send)).not.toContain('secret');
  });

  it('counts a reply sent still flagged as over a warning, nothing caught', () => {
    const flagged = result('block', [finding('threat', 'block', 'sue')]);
    const send = toneSendOf(tallyCheck(emptyToneSendTally, flagged), flagged, scope);
    expect(send).toMatchObject({ blocksCaught: 0, sentOverWarning: true, checks: 2 });
  });

  it('a reply saved without any earlier check still counts its save check', () => {
    const send = toneSendOf(
      emptyToneSendTally,
      result('review', [finding('jargon', 'review', 'j')]),
      scope,
    );
    expect(send).toMatchObject({ checks: 1, firstVerdict: 'review', categories: { jargon: 1 } });
  });
});
