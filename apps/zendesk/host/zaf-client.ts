/**
 * The ZAF client surface Tactful uses, typed, and the one place that reaches the ZAF SDK (the global
 * `ZAFClient` defined by Zendesk's CDN script, see zaf-sdk.d.ts). Everything the host says comes back
 * as `unknown` and is parsed with zod before use: `zod/mini` here and in every adapter the first paint
 * needs, so the full zod API stays out of the sidebar's first load (issue 16). Helpers take any zod
 * schema, mini or classic.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../../shared/ports';

/** Options of `client.request` (the ZAF proxy) that Tactful sets. */
export interface ZafRequestOptions {
  url: string;
  type: string;
  headers?: Record<string, string>;
  contentType?: string;
  data?: string;
  /** Resolve with status, headers and text instead of the parsed body alone. */
  httpCompleteResponse: true;
  /** Let Zendesk's proxy fill `{{setting.name}}` placeholders with secure settings server-side. */
  secure?: boolean;
  /** Retries live in shared/http (bounded, visible in tests), so the proxy's own are switched off. */
  autoRetry: false;
  cors: false;
}

/** The minimal ZAF client surface (SDK `lib/client.js`): what the app and the fake client implement. */
export interface ZafClient {
  get(paths: string | string[]): Promise<unknown>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, handler: (data: unknown) => void): void;
  off(event: string, handler: (data: unknown) => void): void;
  request(options: ZafRequestOptions): Promise<unknown>;
  metadata(): Promise<unknown>;
  context(): Promise<unknown>;
}

/**
 * The real client from the SDK, or `false` when the page is not inside Zendesk (or the SDK's script
 * did not load, so there is no host to talk to).
 */
export function initZafClient(): ZafClient | false {
  const sdk = globalThis.ZAFClient;
  return sdk === undefined ? false : sdk.init();
}

/** ZAF locations Tactful knows; `ticket_sidebar` ships now, the others come with later panels. */
export const zafLocations = [
  'ticket_sidebar',
  'new_ticket_sidebar',
  'user_sidebar',
  'nav_bar',
] as const;
export type ZafLocation = (typeof zafLocations)[number];

const contextSchema = z.looseObject({
  location: z.string(),
  product: z.optional(z.string()),
  instanceGuid: z.optional(z.string()),
  ticketId: z.optional(z.int()),
  account: z.optional(z.looseObject({ subdomain: z.string() })),
});

/** Where the app is running, from `client.context()`. */
export type ZafContext = z.infer<typeof contextSchema>;

const settingValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const metadataSchema = z.looseObject({
  appId: z.optional(z.int()),
  installationId: z.optional(z.int()),
  version: z.optional(z.string()),
  // Secure settings never appear here: Zendesk only fills them in through the proxy.
  settings: z._default(z.record(z.string(), settingValue), {}),
});

/** The installation, from `client.metadata()`: settings as the admin saved them. */
export type ZafMetadata = z.infer<typeof metadataSchema>;

/** Why the host's own answers could not be used. */
export interface HostError {
  code: 'host';
  message: string;
}

/** A rejection as text; `String()` itself throws on objects without a prototype. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'unreadable error';
  }
}

function hostError(what: string, error: unknown): { ok: false; error: HostError } {
  const detail =
    error instanceof z.core.$ZodError
      ? (error.issues[0]?.message ?? 'unexpected shape')
      : describe(error);
  return err({ code: 'host', message: `Zendesk's ${what} was not what we expected: ${detail}` });
}

/** Waits for registration (`app.registered`) and returns the parsed metadata and context. */
export async function readRegistration(
  client: ZafClient,
): Promise<Result<{ metadata: ZafMetadata; context: ZafContext }, HostError>> {
  try {
    const [metadata, context] = await Promise.all([client.metadata(), client.context()]);
    const parsedMetadata = metadataSchema.safeParse(metadata);
    if (!parsedMetadata.success) return hostError('app metadata', parsedMetadata.error);
    const parsedContext = contextSchema.safeParse(context);
    if (!parsedContext.success) return hostError('app context', parsedContext.error);
    return ok({ metadata: parsedMetadata.data, context: parsedContext.data });
  } catch (error) {
    return hostError('registration', error);
  }
}

const getReplySchema = z.catchall(
  z.object({ errors: z.optional(z.record(z.string(), z.unknown())) }),
  z.unknown(),
);

/**
 * Reads several paths with one `client.get` and parses the answer with `schema` (keyed by path).
 * A path the host could not read (an entry in `errors`) is a `host` error naming that path.
 */
export async function getValues<S extends z.core.$ZodType>(
  client: ZafClient,
  paths: string[],
  schema: S,
): Promise<Result<z.output<S>, HostError>> {
  let reply: unknown;
  try {
    reply = await client.get(paths);
  } catch (error) {
    return hostError(`answer to get(${paths.join(', ')})`, error);
  }
  const envelope = getReplySchema.safeParse(reply);
  if (!envelope.success) return hostError('answer to get', envelope.error);
  const failed = Object.keys(envelope.data.errors ?? {});
  if (failed.length > 0) {
    return err({ code: 'host', message: `Zendesk could not read ${failed.join(', ')}` });
  }
  const parsed = z.safeParse(schema, envelope.data);
  if (!parsed.success) return hostError(`answer to get(${paths.join(', ')})`, parsed.error);
  return ok(parsed.data);
}

/**
 * Reads one path with `client.get` and parses its value with `schema`: the value itself, not the
 * answer keyed by path. A path the host could not read, or a value of another shape, is a `host` error.
 */
export async function getValue<S extends z.core.$ZodType>(
  client: ZafClient,
  path: string,
  schema: S,
): Promise<Result<z.output<S>, HostError>> {
  const reply = await getValues(client, [path], z.looseObject({ [path]: schema }));
  if (!reply.ok) return reply;
  return ok(reply.value[path] as z.output<S>);
}
