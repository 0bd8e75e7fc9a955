/** What the loopback servers of the mocks and the multi-instance test (a mock host, a proxy) share. */
import type { IncomingMessage } from 'node:http';

/** A server running on 127.0.0.1. */
export interface LoopbackServer {
  /** Its base URL, `http://127.0.0.1:<port>`. */
  url: string;
  close(): Promise<void>;
}

/** The whole body of an incoming request or response, as bytes. */
export async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
