// The learned models' weights come from our backend (issue 16: the card no longer bundles them):
// a signed read, the model's own parser accepts what it sends, the reply says its version and may
// be kept, and anything else is a clear 4xx.
import { describe, expect, it } from '@jest/globals';
import { modelPaths, modelWeightsReplySchema } from '../../apps/hubspot/contract';
import { modelWeightsMaxAgeSeconds } from '../../apps/hubspot/server/routes/models';
import { decodeSignalModel } from '../../shared/signals/model/model';
import { parseToneModel } from '../../shared/tone/model/stored';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

describe('GET /api/models/:model/weights', () => {
  it('sends each model’s weights, which its own parser accepts, with a version and long cache headers', async () => {
    const signals = await h.call('GET', modelPaths.weights('signals'));
    expect(signals.status).toBe(200);
    const signalsReply = modelWeightsReplySchema.parse(signals.body);
    expect(signalsReply.model).toBe('signals');
    expect(decodeSignalModel(signalsReply.weights).buckets).toBeGreaterThan(0);
    expect(signals.headers['cache-control']).toBe(`private, max-age=${modelWeightsMaxAgeSeconds}`);
    expect(modelWeightsMaxAgeSeconds).toBeGreaterThanOrEqual(24 * 60 * 60);
    expect(signals.headers['etag']).toBe(`"${signalsReply.version}"`);

    const tone = await h.call('GET', modelPaths.weights('tone'));
    expect(tone.status).toBe(200);
    const toneReply = modelWeightsReplySchema.parse(tone.body);
    expect(toneReply.model).toBe('tone');
    expect(parseToneModel(toneReply.weights).weights).toHaveLength(
      parseToneModel(toneReply.weights).buckets * 3,
    );
    expect(toneReply.version).not.toBe(signalsReply.version);
  });

  it('answers 304 with no body when the agent already has this version', async () => {
    const first = await h.call('GET', modelPaths.weights('tone'));
    const etag = String(first.headers['etag']);
    const again = await h.call('GET', modelPaths.weights('tone'), {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    const stale = await h.call('GET', modelPaths.weights('tone'), {
      headers: { 'if-none-match': '"0000000000000000"' },
    });
    expect(stale.status).toBe(200);
  });

  it('refuses an unsigned or tampered request like every card route', async () => {
    const attempts = [
      { tamper: 'no-signature' as const },
      { tamper: 'signature' as const },
      // Signed, but long ago: a captured request cannot be replayed for the weights.
      { timestampOffsetMs: -60 * 60 * 1000 },
    ];
    for (const attempt of attempts) {
      const reply = await h.call('GET', modelPaths.weights('signals'), attempt);
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it('answers a model it does not know with a 400 naming the model, not a stack trace', async () => {
    const reply = await h.call('GET', '/api/models/sentiment/weights');
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      error: { code: 'bad-request', message: expect.stringContaining('model name') },
    });
    expect((await h.call('POST', modelPaths.weights('tone'), { body: {} })).status).toBe(405);
  });
});
