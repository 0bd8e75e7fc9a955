/**
 * Our backend's model weight route (`GET /api/models/:model/weights`) for the card's tests, which
 * talk to a backend played by msw: the very replies the backend sends (its `shippedModel`), so a
 * card test sees the real weights, version and cache headers. The playground and the emulator in
 * playground.ts reach the real backend, which serves the route itself.
 */
import { http, HttpResponse } from 'msw';
import { modelNames, modelPaths } from '../../apps/hubspot/contract';
import { shippedModel } from '../../apps/hubspot/server/models/shippedModels';
import { modelWeightsMaxAgeSeconds } from '../../apps/hubspot/server/routes/models';

/** Where the card's tests put our backend (tests/hubspot-card/factories.ts). */
export const testCardBackendUrl = 'https://backend.tactful.test';

const isModelName = (name: unknown): name is (typeof modelNames)[number] =>
  modelNames.some((known) => known === name);

/** Answers the weights route at `baseUrl` as the backend does (400 for a model it does not know). */
export function modelWeightsHandlers(baseUrl: string = testCardBackendUrl) {
  const route = modelPaths.weights('signals').replace('signals', ':model');
  return [
    http.get(`${baseUrl}${route}`, ({ params }) => {
      const name = params['model'];
      if (!isModelName(name)) {
        return HttpResponse.json(
          { error: { code: 'bad-request', message: 'Invalid model name: model name.' } },
          { status: 400 },
        );
      }
      const model = shippedModel(name);
      return new HttpResponse(model.json, {
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': `private, max-age=${modelWeightsMaxAgeSeconds}`,
          etag: `"${model.version}"`,
        },
      });
    }),
  ];
}
