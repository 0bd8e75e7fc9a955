// The tone model as the HubSpot card gets it (JSON from our backend, parsed here) must judge every
// draft as the bundled model does, and a damaged file must be refused, not half installed.
import { describe, expect, it } from '@jest/globals';
import { loadToneCorpus } from '../../../tests/fixtures/tone/corpus';
import { checkTone } from '../index';
import { toneModel } from '../meaning/slot';
import { installToneModel } from './install';
import { parseToneModel } from './stored';
import weights from './weights.json';

const asFetched = (): unknown => JSON.parse(JSON.stringify(weights));

describe('the tone model fetched as JSON', () => {
  it('gives every corpus message the same verdict and findings as the bundled model', () => {
    // Every fifth message, so both locales' corpora are read.
    const messages = loadToneCorpus().filter((_, index) => index % 5 === 0);
    const bundled = messages.map((message) => checkTone(message.text, { locale: message.locale }));
    installToneModel(asFetched());
    const fetched = messages.map((message) => checkTone(message.text, { locale: message.locale }));
    expect(fetched).toEqual(bundled);
  });

  it('refuses weights of the wrong length, a missing threshold or a weight out of int8, installing nothing', () => {
    const before = toneModel();
    const damaged = [
      { ...weights, weights: weights.weights.slice(1) },
      { ...weights, thresholds: { review: 0.7, block: 0.5 } },
      { ...weights, weights: [200, ...weights.weights.slice(1)] },
      { ...weights, version: 2 },
    ];
    for (const json of damaged) {
      expect(() => parseToneModel(json)).toThrow();
      expect(() => installToneModel(json)).toThrow();
      expect(toneModel()).toBe(before);
    }
  });
});
