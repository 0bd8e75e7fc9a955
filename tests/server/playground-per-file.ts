/**
 * The HubSpot playground (mock HubSpot, our backend, signed hubspot.fetch) for one test file or
 * describe block: started before its tests over real loopback sockets, which pass the suite's msw
 * interception, and closed after them.
 */
import { afterAll, beforeAll, beforeEach } from '@jest/globals';
import { http, passthrough } from 'msw';
import { silentLogger } from '../../apps/hubspot/server/logger';
import { startHubSpotPlayground, type HubSpotPlayground } from '../../mocks/hubspot/playground';
import { server } from '../../mocks/node';

/** Loopback traffic is real here: let it past msw (a test's `server.resetHandlers` drops it). */
export const loopback = () => http.all(/^http:\/\/127\.0\.0\.1:\d+\//, () => passthrough());

/** Starts the playground for the enclosing tests; `use` receives it once it is listening. */
export function hubspotPlaygroundForTests(use: (playground: HubSpotPlayground) => void): void {
  let started: HubSpotPlayground | undefined;
  beforeAll(async () => {
    server.use(loopback());
    started = await startHubSpotPlayground({ logger: silentLogger });
    use(started);
  });
  beforeEach(() => {
    server.use(loopback());
  });
  afterAll(async () => {
    await started?.close();
  });
}
