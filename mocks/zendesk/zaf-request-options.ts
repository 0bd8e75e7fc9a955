/**
 * What the emulated ZAF proxy (`client.request`) accepts, shared by the host emulator (zaf-host.ts)
 * and the fake client (zaf-client.ts), so a request the app gets wrong fails in tests:
 * - only the options Tactful has reason to send (url, type, headers, contentType, data, dataType,
 *   httpCompleteResponse, secure, cors, autoRetry, timeout), each with its type; an unknown or
 *   misspelt option (`httpCompleteResonse`) is refused. Zendesk's proxy passes options to a
 *   jQuery-style request and would likely ignore an unknown one silently (unverified), which is
 *   exactly how a typo goes unnoticed: the emulator is stricter on purpose;
 * - `type` an HTTP method in capitals, `url` a path on the account (`/api/...`) or an https URL on
 *   the account's own host. Another host would have to be in the manifest's `domainWhitelist`, and
 *   ours declares none (the proxy's check of that list is unverified);
 * - a body (`data`) only with POST, PUT or PATCH, as text (the app sends JSON it serialised).
 */
import { z } from 'zod';

/** The options the emulated proxy understands. */
export const zafRequestOptionsSchema = z
  .object({
    url: z.string().min(1),
    type: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    headers: z.record(z.string(), z.string()).optional(),
    contentType: z.string().min(1).optional(),
    data: z.string().optional(),
    dataType: z.enum(['json', 'text']).optional(),
    httpCompleteResponse: z.boolean().optional(),
    secure: z.boolean().optional(),
    cors: z.boolean().optional(),
    autoRetry: z.boolean().optional(),
    timeout: z.number().int().positive().optional(),
  })
  .strict();

export type EmulatedRequestOptions = z.infer<typeof zafRequestOptionsSchema>;

/**
 * The options as the proxy would take them, or why it would not: `subdomain` is the account's, so
 * `https://<subdomain>.zendesk.com/...` is the account too.
 */
export function checkRequestOptions(
  options: unknown,
  subdomain: string,
): { ok: true; options: EmulatedRequestOptions } | { ok: false; reason: string } {
  const parsed = zafRequestOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `client.request options: ${issue?.message ?? 'invalid'}` };
  }
  const { url, type, data } = parsed.data;
  if (!url.startsWith('/api/')) {
    let host: string;
    try {
      const absolute = new URL(url);
      host = absolute.protocol === 'https:' ? absolute.host : '';
    } catch {
      host = '';
    }
    if (host !== `${subdomain}.zendesk.com`) {
      return { ok: false, reason: `client.request url ${url} is not on the account's host` };
    }
  }
  if (data !== undefined && !['POST', 'PUT', 'PATCH'].includes(type)) {
    return { ok: false, reason: `client.request sends a body with ${type}` };
  }
  return { ok: true, options: parsed.data };
}
