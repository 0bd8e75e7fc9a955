// What one window posted to the other over ZAF's postMessage protocol, read the same way on both
// ends (the host page and the SDK stand-in): ZAF posts JSON text, and anything else is ignored.
import type { z } from 'zod';

/** `data` (an object, or JSON text) read by `schema`; undefined for what is not such a message. */
export function readPostedMessage<T>(data: unknown, schema: z.ZodType<T>): T | undefined {
  let raw = data;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
