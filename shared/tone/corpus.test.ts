import { describe, expect, it } from '@jest/globals';
import { loadToneCorpus } from '../../tests/fixtures/tone/corpus';
import { checkTone } from './index';
import { evaluateCorpus } from './evaluate';

// The targets of issue 3 on the labelled corpus in tests/fixtures/tone/ (`npm run eval:tone`).
describe('tone check on the labelled corpus', () => {
  const corpus = loadToneCorpus();
  const result = evaluateCorpus(corpus, (message) =>
    checkTone(message.text, { locale: message.locale ?? 'auto' }),
  );

  it('has at least 300 messages in English and Spanish', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((message) => message.locale))).toEqual(new Set(['en', 'es']));
    expect(new Set(corpus.map((message) => message.id)).size).toBe(corpus.length);
  });

  it('lets no block-worthy message through as ok', () => {
    expect(
      result.misses.filter((miss) => miss.expected === 'block' && miss.verdict === 'ok'),
    ).toEqual([]);
  });

  it('blocks at least 95% of block-worthy messages', () => {
    expect(result.targets.blockRecall.value).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at least 90% of review-worthy messages', () => {
    expect(result.targets.reviewCaught.value).toBeGreaterThanOrEqual(0.9);
  });

  it('raises a review or block finding on at most 3% of good messages', () => {
    expect(result.targets.goodFalseAlarms.value).toBeLessThanOrEqual(0.03);
  });

  it('detects the language of each message from its words', () => {
    const wrong = corpus.filter((message) => checkTone(message.text).locale !== message.locale);
    expect(wrong.map((message) => message.id)).toEqual([]);
  });
});
