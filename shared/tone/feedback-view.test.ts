import { describe, expect, it } from '@jest/globals';
import type { ToneFeedbackInput } from '../feedback/feedback';
import { toneFeedbackLimits } from '../feedback/limits';
import { err, ok, type Result } from '../ports';
import {
  feedbackControls,
  feedbackReducer,
  noFeedback,
  type FeedbackEvent,
  type FeedbackState,
} from './feedback-view';
import type { Finding, ToneResult } from './types';

const finding = (start: number): Finding => ({
  ruleId: 'blame',
  category: 'accusatory',
  severity: 'review',
  start,
  end: start + 4,
  excerpt: 'blame',
  reason: 'r',
});
const check = (): ToneResult => ({
  verdict: 'review',
  score: 60,
  locale: 'en',
  findings: [finding(0), finding(10)],
});

/** Feedback controls over a real reducer, with a write the test answers by hand. */
function harness(includeDraft = false) {
  let state: FeedbackState<string> = noFeedback;
  const sent: ToneFeedbackInput[] = [];
  const answers: ((written: Result<unknown, string>) => void)[] = [];
  const told: Result<unknown, string>[] = [];
  const dispatch = (event: FeedbackEvent<string>) => {
    state = feedbackReducer(state, event);
  };
  const controls = (result: ToneResult | undefined) =>
    feedbackControls(state, result && { result, draft: { format: 'text', input: 'draft' } }, {
      dispatch,
      write: (input) => {
        sent.push(input);
        return new Promise((resolve) => answers.push(resolve));
      },
      now: () => new Date('2026-11-27T10:00:00Z'),
      includeDraft,
      onAnswer: (written) => told.push(written),
    });
  /** Lets the write's answer reach the reducer. */
  const answer = async (written: Result<unknown, string>) => {
    answers.shift()?.(written);
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { controls, sent, told, answer };
}

describe('tone feedback: one click, one check', () => {
  it('sends the disputed finding with the note, then marks it reported and clears the note', async () => {
    const h = harness(true);
    const about = check();
    h.controls(about).setNote('It is a quote from the customer');
    h.controls(about).wrong(finding(10));
    expect(h.sent).toEqual([
      {
        kind: 'wrong-finding',
        result: about,
        draft: { format: 'text', input: 'draft' },
        disputed: finding(10),
        note: 'It is a quote from the customer',
        at: new Date('2026-11-27T10:00:00Z'),
        includeDraft: true,
      },
    ]);
    const sending = h.controls(about);
    expect(sending.sending).toBe(true);
    expect(sending.wrongButton(finding(0))).toEqual({
      label: 'tone.feedback.wrong',
      disabled: true,
    });

    await h.answer(ok(undefined));
    const after = h.controls(about);
    expect(after.status).toEqual({ status: 'sent' });
    expect(after.note).toBe('');
    expect(after.wrongButton(finding(10))).toEqual({
      label: 'tone.feedback.reported',
      disabled: true,
    });
    expect(after.wrongButton(finding(0))).toEqual({
      label: 'tone.feedback.wrong',
      disabled: false,
    });
    expect(h.told).toEqual([ok(undefined)]);
  });

  it('"missed" sends no disputed finding and reports none', async () => {
    const h = harness();
    const about = check();
    h.controls(about).missed();
    expect(h.sent[0]).toMatchObject({ kind: 'missed', includeDraft: false });
    expect(h.sent[0]).not.toHaveProperty('disputed');
    await h.answer(ok(undefined));
    expect(h.controls(about).wrongButton(finding(0)).label).toBe('tone.feedback.wrong');
  });

  it('keeps the note and says why when the write fails, and the agent can try again', async () => {
    const h = harness();
    const about = check();
    h.controls(about).setNote('please look');
    h.controls(about).missed();
    await h.answer(err('rate-limited'));
    const after = h.controls(about);
    expect(after.status).toEqual({ status: 'failed', error: 'rate-limited' });
    expect(after.note).toBe('please look');
    expect(after.sending).toBe(false);
    expect(h.told).toEqual([err('rate-limited')]);
  });

  it('starts afresh for a new check: no thank-you or reported mark lingers under a changed draft', async () => {
    const h = harness();
    const first = check();
    h.controls(first).wrong(finding(0));
    await h.answer(ok(undefined));
    const next = check();
    const shown = h.controls(next);
    expect(shown.status).toEqual({ status: 'idle' });
    expect(shown.wrongButton(finding(0))).toEqual({
      label: 'tone.feedback.wrong',
      disabled: false,
    });
  });

  it('an answer about an older check leaves the newer click alone', async () => {
    const h = harness();
    const first = check();
    const second = check();
    h.controls(first).missed();
    h.controls(second).wrong(finding(0));
    await h.answer(err('network')); // the first click's answer
    expect(h.controls(second).status).toEqual({ status: 'sending' });
    await h.answer(ok(undefined));
    expect(h.controls(second).wrongButton(finding(0)).label).toBe('tone.feedback.reported');
  });

  it('does nothing without a checked draft', () => {
    const h = harness();
    h.controls(undefined).missed();
    expect(h.sent).toEqual([]);
  });

  it('keeps the note within its limit', () => {
    const h = harness();
    h.controls(check()).setNote('x'.repeat(toneFeedbackLimits.note + 10));
    expect(h.controls(check()).note).toHaveLength(toneFeedbackLimits.note);
  });
});
