/**
 * The signals' learned second opinion: its weights are checked at load, it only ever adds to the
 * safety kinds, what it adds quotes a sentence and names its reasons, and training is repeatable.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readCustomerMessage, signalKinds, type Signal } from '..';
import { shippedSignalModel } from './install';
import weights from './weights.json';
import { decodeSignalModel, encodeSignalModel, modelHeads, type SignalModel } from './model';
import { safetySignalKinds, signalJudgeFor } from './opinion';
import { anchoredIn } from './anchors';
import { loadSignalModel } from './load';
import { installSignalJudge, signalJudge } from './slot';
import { trainSignalModel, type TrainingExample } from './train';

afterEach(() => installSignalJudge(undefined));

const buckets = 256;
/** A model whose every head scores `score` whatever it reads, with the given thresholds. */
function fixedModel(score: number, add: number, drop: number): SignalModel {
  const logit = Math.log(score / (1 - score));
  return {
    buckets,
    bias: modelHeads.map(() => logit),
    weights: new Float64Array(modelHeads.length * buckets),
    thresholds: Object.fromEntries(
      modelHeads.map((head) => [head, { add, drop }]),
    ) as SignalModel['thresholds'],
  };
}

const safetyMessages = [
  'Stop contacting me. I do not owe this, it was my ex who opened the card.',
  "I've filed for bankruptcy and I'm in a breathing space. My husband died last month.",
  "I can't go on any more, I just want it all to end.",
  'Dejen de llamarme. No reconozco esta deuda. Mi padre falleció en marzo.',
  'Estoy en concurso de acreedores y tengo depresión.',
];

function safetyOf(signals: readonly Signal[]): string[] {
  return signals
    .filter((signal) => safetySignalKinds.includes(signal.kind) || signal.selfHarm === true)
    .map((signal) => `${signal.kind}:${signal.selfHarm === true ? 'self-harm' : ''}`)
    .sort();
}

describe('signal model weights', () => {
  it('parse with the schema at load, every head with its thresholds', () => {
    const model = shippedSignalModel();
    expect(model.weights).toHaveLength(model.buckets * modelHeads.length);
    for (const head of modelHeads) expect(model.thresholds[head].add).toBeGreaterThan(0);
  });

  it('refuse a damaged file', () => {
    const stored = encodeSignalModel(shippedSignalModel());
    expect(() => decodeSignalModel({ ...stored, version: 2 })).toThrow();
    expect(() => decodeSignalModel({ ...stored, weights: stored.weights.slice(0, 400) })).toThrow();
    expect(() => decodeSignalModel({ ...stored, heads: stored.heads.slice(1) })).toThrow();
    expect(() => decodeSignalModel({ ...stored, weights: 'not base64!' })).toThrow();
  });

  it('stay the same through encoding, to int8 precision', () => {
    const model = decodeSignalModel(weights);
    const again = decodeSignalModel(encodeSignalModel(model));
    expect(Array.from(again.weights)).toEqual(Array.from(model.weights));
  });
});

describe('the model never removes a safety signal', () => {
  const rulesOnly = (text: string): Signal[] => {
    installSignalJudge(undefined);
    return readCustomerMessage(text).signals;
  };

  it('keeps every safety signal even when it would drop everything it can', () => {
    for (const text of safetyMessages) {
      const rules = rulesOnly(text);
      installSignalJudge(signalJudgeFor(fixedModel(0.01, 2, 1)));
      const withModel = readCustomerMessage(text).signals;
      expect(safetyOf(withModel)).toEqual(safetyOf(rules));
      // Everything else it may drop: here it drops it all.
      expect(withModel.every((signal) => safetySignalKinds.includes(signal.kind))).toBe(true);
    }
  });

  it('for any text, with the shipped model, keeps the rules’ safety signals', () => {
    const model = shippedSignalModel();
    const words = fc.constantFrom(
      ...safetyMessages.flatMap((text) => text.split(' ')),
      'please',
      'call',
      'me',
      'not',
      'no',
      'never',
      'paid',
      '.',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (chosen) => {
        const text = chosen.join(' ');
        const rules = rulesOnly(text);
        installSignalJudge(signalJudgeFor(model));
        const withModel = readCustomerMessage(text).signals;
        for (const kind of new Set(safetyOf(rules))) {
          expect(safetyOf(withModel)).toContain(kind);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('what the model adds', () => {
  it('adds nothing below its thresholds', () => {
    const text = 'Hello there. This account is not mine at all.';
    installSignalJudge(undefined);
    const rules = readCustomerMessage(text, { locale: 'en' }).signals;
    installSignalJudge(signalJudgeFor(fixedModel(0.2, 0.5, 0)));
    expect(readCustomerMessage(text, { locale: 'en' }).signals).toEqual(rules);
  });

  it('adds a kind the rules missed, with frame "model", a sentence span and an explanation', () => {
    const model = fixedModel(0.6, 0.5, 0);
    installSignalJudge(signalJudgeFor(model));
    const text = 'Hello there. This account is not mine at all.';
    const { signals } = readCustomerMessage(text, { locale: 'en' });
    const added = signals.filter((signal) => signal.frame === 'model');
    // Every kind the rules missed, but a death (added too) is told by family: no third party
    // without words of representation (read.ts, settledAroundDeaths).
    expect(added.map((signal) => signal.kind).sort()).toEqual(
      signalKinds
        .filter((kind) => !signals.some((s) => s.kind === kind && s.frame !== 'model'))
        .filter((kind) => kind !== 'third-party')
        .sort(),
    );
    for (const signal of added) {
      // A sentence's words, without its full stop.
      expect(['Hello there', 'This account is not mine at all']).toContain(signal.excerpt);
      expect(text.slice(signal.start, signal.end)).toBe(signal.excerpt);
      expect(signal.confidence).toBeCloseTo(0.6, 2);
    }
    // Self-harm wording is marked on the vulnerability signal, with its own action.
    const vulnerability = signals.find((signal) => signal.kind === 'vulnerability');
    expect(vulnerability?.selfHarm).toBe(true);
    expect(vulnerability?.action).toBe('signals.action.self-harm');
  });
});

describe('anchors: the model adds a kind more readily where the customer used its words', () => {
  it('takes each kind’s anchors from its frames; people words anchor only a third party', () => {
    expect(anchoredIn('dispute', new Set(['dispute']))).toBe(true);
    expect(anchoredIn('cease', new Set(['stop']))).toBe(true);
    expect(anchoredIn('deceased', new Set(['death']))).toBe(true);
    expect(anchoredIn('deceased', new Set(['kin']))).toBe(false);
    expect(anchoredIn('third-party', new Set(['kin']))).toBe(true);
    expect(anchoredIn('dispute', new Set(['hardship']))).toBe(false);
  });

  it('adds at the anchored threshold only from a sentence holding an anchor', () => {
    const model = fixedModel(0.8, 2, 0);
    const anchoredOnly = {
      ...model,
      thresholds: Object.fromEntries(
        modelHeads.map((head) => [head, { add: 2, drop: 0, anchored: 0.5 }]),
      ) as SignalModel['thresholds'],
    };
    installSignalJudge(signalJudgeFor(anchoredOnly));
    // No cue at all: only self-harm, which has no anchors (a missed hint is harm).
    const plain = readCustomerMessage('Hello there, hope you are well.', { locale: 'en' });
    expect(plain.signals.map((signal) => signal.kind)).toEqual(['vulnerability']);
    // "debt" is one of a dispute's cues: the model may add a dispute there, quoting that sentence.
    const { signals } = readCustomerMessage('Hello there. Who sold you this debt?', {
      locale: 'en',
    });
    expect(signals.find((signal) => signal.kind === 'dispute')).toMatchObject({
      frame: 'model',
      excerpt: 'Who sold you this debt',
    });
    expect(signals.some((signal) => signal.kind === 'bankruptcy')).toBe(false);
  });
});

describe('the shipped model', () => {
  it('loads in its own chunk, once', async () => {
    expect(signalJudge()).toBeUndefined();
    const first = loadSignalModel();
    expect(loadSignalModel()).toBe(first);
    await first;
    expect(signalJudge()).toBeDefined();
  });

  it('adds what the rules miss, quoting the sentence and saying why', () => {
    const text = 'Paid £60 yesterday through the app, reference ending 4410.';
    expect(readCustomerMessage(text, { locale: 'en' }).signals).toEqual([]);
    installSignalJudge(signalJudgeFor(shippedSignalModel()));
    const [signal] = readCustomerMessage(text, { locale: 'en' }).signals;
    expect(signal).toMatchObject({
      kind: 'payment-claimed',
      frame: 'model',
      excerpt: 'Paid £60 yesterday through the app, reference ending 4410',
    });
    expect(signal?.explanation?.length).toBeGreaterThan(0);
  });

  it('keeps indirect self-harm wording flagged with the self-harm prompt', () => {
    installSignalJudge(signalJudgeFor(shippedSignalModel()));
    for (const [text, locale] of [
      ["Some nights I think everyone would be better off if I just wasn't here.", 'en'],
      ['I feel like giving up on life.', 'en'],
      ['A veces pienso que no vale la pena seguir aquí.', 'es'],
    ] as const) {
      const signal = readCustomerMessage(text, { locale }).signals.find(
        (entry) => entry.selfHarm === true,
      );
      expect(signal).toMatchObject({ kind: 'vulnerability', action: 'signals.action.self-harm' });
    }
  });
});

describe('training', () => {
  const examples: TrainingExample[] = Array.from({ length: 30 }, (_, index) => ({
    units: [
      [index % buckets, (index * 7) % buckets],
      [(index * 3) % buckets, 5],
      [index % buckets, (index * 7) % buckets, (index * 3) % buckets, 5],
    ],
    labels: new Set(index % 3 === 0 ? (['dispute', 'self-harm'] as const) : (['anger'] as const)),
  }));

  it('is deterministic: the same examples and seed give the same weights', () => {
    const one = trainSignalModel(examples, { buckets, epochs: 3, seed: 7 });
    const two = trainSignalModel(examples, { buckets, epochs: 3, seed: 7 });
    expect(Array.from(two.weights)).toEqual(Array.from(one.weights));
    expect(two.bias).toEqual(one.bias);
  });

  it('learns what it is shown', () => {
    const model = trainSignalModel(examples, { buckets, epochs: 5, seed: 7 });
    const dispute = modelHeads.indexOf('dispute');
    const anger = modelHeads.indexOf('anger');
    expect(model.bias[anger] ?? 0).toBeGreaterThan(model.bias[dispute] ?? 0);
  });
});
