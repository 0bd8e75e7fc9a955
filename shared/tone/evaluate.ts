/**
 * Scores tone check against a labelled corpus: precision and recall per verdict and the four
 * targets of issue 3. Pure: the caller loads the corpus and passes the checker in.
 */
import type { ToneResult, Verdict } from './types';

/** One labelled message of the evaluation corpus. */
export interface LabelledMessage {
  id: string;
  text: string;
  expected: Verdict;
  locale?: string;
}

/** Precision and recall for one verdict class, with the counts behind them. */
export interface ClassScore {
  precision: number;
  recall: number;
  expected: number;
  predicted: number;
  correct: number;
}

/** The targets of issue 3, each with its measured value and whether it is met. */
export interface ToneTargets {
  /** Block-worthy messages that came back `ok`: must be 0. */
  blockWorthyOk: { value: number; met: boolean };
  /** Share of block-worthy messages that came back `block`: at least 0.95. */
  blockRecall: { value: number; met: boolean };
  /** Share of review-worthy messages that came back `review` or `block`: at least 0.9. */
  reviewCaught: { value: number; met: boolean };
  /** Share of good messages with any `review` or `block` finding: at most 0.03. */
  goodFalseAlarms: { value: number; met: boolean };
}

/** Everything an evaluation run measured, plus the messages it got wrong. */
export interface ToneEvaluation {
  total: number;
  perClass: Record<Verdict, ClassScore>;
  targets: ToneTargets;
  misses: Array<{ id: string; expected: Verdict; verdict: Verdict; text: string }>;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

/** Checks every message with `check` and measures the result against its label. */
export function evaluateCorpus(
  messages: readonly LabelledMessage[],
  check: (message: LabelledMessage) => ToneResult,
): ToneEvaluation {
  const verdicts: Verdict[] = ['ok', 'review', 'block'];
  const counts = Object.fromEntries(
    verdicts.map((verdict) => [verdict, { expected: 0, predicted: 0, correct: 0 }]),
  ) as Record<Verdict, { expected: number; predicted: number; correct: number }>;
  let blockWorthyOk = 0;
  let blockAsBlock = 0;
  let reviewCaught = 0;
  let goodFlagged = 0;
  const misses: ToneEvaluation['misses'] = [];
  for (const message of messages) {
    const result = check(message);
    counts[message.expected].expected += 1;
    counts[result.verdict].predicted += 1;
    if (result.verdict === message.expected) counts[result.verdict].correct += 1;
    else
      misses.push({
        id: message.id,
        expected: message.expected,
        verdict: result.verdict,
        text: message.text,
      });
    if (message.expected === 'block') {
      if (result.verdict === 'ok') blockWorthyOk += 1;
      if (result.verdict === 'block') blockAsBlock += 1;
    }
    if (message.expected === 'review' && result.verdict !== 'ok') reviewCaught += 1;
    if (
      message.expected === 'ok' &&
      result.findings.some((finding) => finding.severity !== 'info')
    ) {
      goodFlagged += 1;
    }
  }
  const perClass = Object.fromEntries(
    verdicts.map((verdict) => {
      const { expected, predicted, correct } = counts[verdict];
      return [
        verdict,
        {
          precision: ratio(correct, predicted),
          recall: ratio(correct, expected),
          expected,
          predicted,
          correct,
        },
      ];
    }),
  ) as Record<Verdict, ClassScore>;
  const blockRecall = ratio(blockAsBlock, counts.block.expected);
  const reviewShare = ratio(reviewCaught, counts.review.expected);
  const falseAlarms = counts.ok.expected === 0 ? 0 : goodFlagged / counts.ok.expected;
  return {
    total: messages.length,
    perClass,
    targets: {
      blockWorthyOk: { value: blockWorthyOk, met: blockWorthyOk === 0 },
      blockRecall: { value: blockRecall, met: blockRecall >= 0.95 },
      reviewCaught: { value: reviewShare, met: reviewShare >= 0.9 },
      goodFalseAlarms: { value: falseAlarms, met: falseAlarms <= 0.03 },
    },
    misses,
  };
}
