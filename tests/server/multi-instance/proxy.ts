/**
 * A small round-robin load balancer on loopback: each request goes to the next backend; one that
 * refuses the connection (down, or restarting) is skipped, which is safe because nothing was sent.
 * A backend that fails after the request was sent gives the client a 502, as a real balancer would.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, type LoopbackServer } from '../../../mocks/loopback';

/** A running proxy. */
export type RoundRobinProxy = LoopbackServer;

type Forwarded =
  | { kind: 'reply'; status: number; headers: IncomingMessage['headers']; body: Buffer }
  | { kind: 'refused' }
  | { kind: 'failed' };

function forward(port: number, incoming: IncomingMessage, body: Buffer): Promise<Forwarded> {
  return new Promise((resolve) => {
    let sent = false;
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, 'content-length': String(body.length) },
      },
      (response) => {
        readBody(response).then(
          (text) =>
            resolve({
              kind: 'reply',
              status: response.statusCode ?? 502,
              headers: response.headers,
              body: text,
            }),
          () => resolve({ kind: 'failed' }),
        );
      },
    );
    outgoing.on('socket', (socket) => {
      // A kept-alive socket is connected already; a new one counts once it connects.
      if (socket.connecting) socket.once('connect', () => (sent = true));
      else sent = true;
    });
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      resolve(!sent && error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'failed' }),
    );
    outgoing.end(body);
  });
}

/** Starts the proxy in front of the backends listening on `ports`. */
export async function startRoundRobinProxy(ports: readonly number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readBody(incoming);
      for (let tried = 0; tried < ports.length; tried += 1) {
        const port = ports[next % ports.length] ?? 0;
        next += 1;
        const result = await forward(port, incoming, body);
        if (result.kind === 'refused') continue;
        if (result.kind === 'failed') break;
        const headers = { ...result.headers };
        delete headers['transfer-encoding'];
        delete headers.connection;
        outgoing.writeHead(result.status, headers);
        outgoing.end(result.body);
        return;
      }
      outgoing.writeHead(502, { 'content-type': 'application/json' });
      outgoing.end(
        JSON.stringify({ error: { code: 'bad-gateway', message: 'No backend answered.' } }),
      );
    })().catch(() => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
