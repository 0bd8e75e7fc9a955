/**
 * Serves msw handlers over real HTTP: a Node request becomes a fetch `Request` at the host's own
 * URL, msw's `getResponse` answers it with the same handlers the unit tests use, and the `Response`
 * goes back over the socket. No patching of Node's HTTP modules, no second copy of the mocks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';

/** Reads a request body to the end. */
export async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  }
  return Buffer.concat(chunks);
}

/** The fetch `Request` for a Node request, re-rooted at `origin` (e.g. `https://x.zendesk.com`). */
export async function toFetchRequest(
  incoming: IncomingMessage,
  origin: string,
  path: string = incoming.url ?? '/',
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (name === 'host' || name === 'connection' || name === 'content-length') continue;
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  return new Request(new URL(path, origin), {
    method,
    headers,
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

/** The handlers' answer to `request`, or a 404 in the host's error shape when none matches. */
export async function answerWithHandlers(
  handlers: readonly RequestHandler[],
  request: Request,
): Promise<Response> {
  const response = await getResponse([...handlers], request);
  return (
    response ??
    Response.json(
      { error: 'InvalidEndpoint', description: `No mock for ${request.method} ${request.url}` },
      { status: 404 },
    )
  );
}

/** Writes a fetch `Response` to a Node response. */
export async function sendResponse(outgoing: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'content-encoding' && name !== 'transfer-encoding') headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}
