/**
 * Our backend's guard event route (`POST /api/guard-events`) for the card's tests, which talk to a
 * backend played by msw: the card posts a guard's "not now" whenever the history panel shows one, so
 * every test rendering that panel is answered as the backend answers (400 for a body it refuses),
 * and a post still in flight when a test ends is not reported as unhandled. A test that checks the
 * events puts its own handler first.
 */
import { http, HttpResponse } from 'msw';
import { backendBaseUrl } from '../../apps/hubspot/card/host/backend-url';
import { guardEventWriteRequestSchema, outcomePaths } from '../../apps/hubspot/contract';

/**
 * Answers the guard event route at the tests' backends (any `*.tactful.test`) and at the card's
 * default one: recorded, never replayed. Never at a real backend a test started on localhost.
 */
export function guardEventHandlers() {
  return [`https://*.tactful.test`, backendBaseUrl].map((baseUrl) =>
    http.post(`${baseUrl}${outcomePaths.guardEvents}`, async ({ request }) => {
      const body = guardEventWriteRequestSchema.safeParse(await request.json());
      if (!body.success) {
        return HttpResponse.json(
          { error: { code: 'bad-request', message: 'Invalid guard event.' } },
          { status: 400 },
        );
      }
      return HttpResponse.json({ recorded: true, replayed: false });
    }),
  );
}
