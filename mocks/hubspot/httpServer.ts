/**
 * The mock HubSpot API as a real HTTP server on loopback, built from the same msw handlers the tests
 * use. The playground and the load test point the backend's `hubspotBaseUrl` at it, so requests cross
 * a real socket without patching Node's HTTP modules.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createHubSpotHandlers, hubspotApiBase } from './handlers';
import type { HubSpotWorld } from './world';
import { readBody, type LoopbackServer } from '../loopback';

/** A running mock HubSpot; its `url` is the base URL to pass as the backend's `hubspotBaseUrl`. */
export type MockHubSpotServer = LoopbackServer;

/** Starts the mock HubSpot API for `world` on 127.0.0.1 (a free port unless one is given). */
export async function startMockHubSpotServer(
  world: HubSpotWorld,
  port = 0,
): Promise<MockHubSpotServer> {
  const handlers = createHubSpotHandlers(world, hubspotApiBase);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) headers.set(name, value.join(', '));
      }
      const method = incoming.method ?? 'GET';
      const body =
        method === 'GET' || method === 'HEAD'
          ? undefined
          : (await readBody(incoming)).toString('utf8');
      const request = new Request(`${hubspotApiBase}${incoming.url ?? '/'}`, {
        method,
        headers,
        ...(body ? { body } : {}),
      });
      const response = await getResponse(handlers, request);
      if (!response) {
        outgoing.writeHead(404, { 'content-type': 'application/json' });
        outgoing.end(
          JSON.stringify({
            status: 'error',
            category: 'OBJECT_NOT_FOUND',
            message: 'no mock for this route',
          }),
        );
        return;
      }
      outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })().catch(() => {
      outgoing.writeHead(500);
      outgoing.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
