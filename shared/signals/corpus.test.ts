/**
 * The development corpus (tests/fixtures/signals/dev.jsonl, written and labelled with the engine,
 * hard negatives included) keeps the figures it has reached: a change to a lexicon or frame that
 * loses recall or precision on any kind fails here before it reaches the blind batches.
 */
import { describe, expect, it } from '@jest/globals';
import { loadSignalCorpus, scoreCorpus } from '../../tests/fixtures/signals/corpus';
import { signalKinds } from './kinds';

const corpus = loadSignalCorpus();

describe('the signals development corpus', () => {
  it('holds at least 400 messages in English and Spanish, every kind in both', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    for (const locale of ['en', 'es'] as const) {
      const labelled = new Set(
        corpus.filter((message) => message.locale === locale).flatMap((message) => message.kinds),
      );
      expect([...signalKinds].filter((kind) => !labelled.has(kind))).toEqual([]);
      expect(
        corpus.some((message) => message.locale === locale && message.kinds.length === 0),
      ).toBe(true);
    }
  });

  it.each(['en', 'es'] as const)(
    'reads %s with recall ≥ 85%% and precision ≥ 85%% on every kind',
    (locale) => {
      const score = scoreCorpus(corpus.filter((message) => message.locale === locale));
      const below = [...score.perKind]
        .filter(([, kind]) => kind.recall < 0.85 || kind.precision < 0.85)
        .map(
          ([name, kind]) =>
            `${name} recall ${kind.recall.toFixed(2)} precision ${kind.precision.toFixed(2)}`,
        );
      expect(below).toEqual([]);
    },
  );

  it.each(['en', 'es'] as const)(
    'flags every self-harm message in %s and nothing else',
    (locale) => {
      const { selfHarm, promiseDetails } = scoreCorpus(
        corpus.filter((message) => message.locale === locale),
      );
      expect(selfHarm.flagged).toBe(selfHarm.expected);
      expect(selfHarm.falseFlags).toBe(0);
      expect(promiseDetails.exact).toBe(promiseDetails.labelled);
    },
  );
});
