/**
 * The backend's configuration from environment variables, checked before anything starts: in
 * production a missing or malformed encryption key is an error, never a silent fallback.
 */
import type { Result } from '../../../shared/ports';
import { err, ok } from '../../../shared/ports';
import type { ServerOptions } from './server';
import { defaultShutdownTimeoutMs } from './shutdown';
import { parseEncryptionKey } from './tokenCipher';

/** True for an address only this machine can reach (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** Settings for `createServer` plus where to listen. */
export interface StartConfig {
  server: ServerOptions;
  port: number;
  host: string;
  /** How long SIGTERM may drain in-flight requests before the process exits anyway. */
  shutdownTimeoutMs: number;
}

/**
 * Reads HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, TACTFUL_ENCRYPTION_KEY (and
 * TACTFUL_PREVIOUS_ENCRYPTION_KEYS), DATABASE_URL, TACTFUL_PUBLIC_URL and friends.
 */
export function readStartConfig(
  env: Record<string, string | undefined>,
): Result<StartConfig, string[]> {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const clientId = env.HUBSPOT_CLIENT_ID?.trim();
  const clientSecret = env.HUBSPOT_CLIENT_SECRET?.trim();
  if (!clientId) problems.push('HUBSPOT_CLIENT_ID is required (the app’s OAuth client id).');
  if (!clientSecret)
    problems.push('HUBSPOT_CLIENT_SECRET is required (verifies HubSpot’s request signatures).');
  let encryptionKey: Buffer | undefined;
  if (env.TACTFUL_ENCRYPTION_KEY) {
    encryptionKey = parseEncryptionKey(env.TACTFUL_ENCRYPTION_KEY);
    if (!encryptionKey)
      problems.push('TACTFUL_ENCRYPTION_KEY must be 32 bytes as 64 hex digits or base64.');
  } else if (production) {
    problems.push(
      'TACTFUL_ENCRYPTION_KEY is required in production (generate: openssl rand -hex 32).',
    );
  }
  // Keys being rotated out, still needed to open tokens sealed with them (comma-separated).
  const previousEncryptionKeys: Buffer[] = [];
  for (const text of (env.TACTFUL_PREVIOUS_ENCRYPTION_KEYS ?? '').split(',')) {
    if (text.trim() === '') continue;
    const previous = parseEncryptionKey(text);
    if (previous) previousEncryptionKeys.push(previous);
    else
      problems.push(
        'TACTFUL_PREVIOUS_ENCRYPTION_KEYS must be comma-separated 32-byte keys (64 hex digits or base64).',
      );
  }
  if (previousEncryptionKeys.length > 0 && !encryptionKey)
    problems.push(
      'TACTFUL_PREVIOUS_ENCRYPTION_KEYS needs TACTFUL_ENCRYPTION_KEY (the current key).',
    );
  const port = Number(env.PORT ?? '3978');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push('PORT must be a port number.');
  const host = env.HOST?.trim() || '127.0.0.1';
  const portalRequestsPerMinute = Number(env.TACTFUL_PORTAL_REQUESTS_PER_MINUTE ?? '300');
  if (!Number.isInteger(portalRequestsPerMinute) || portalRequestsPerMinute < 1)
    problems.push(
      'TACTFUL_PORTAL_REQUESTS_PER_MINUTE must be a whole number of requests, at least 1.',
    );
  const shutdownTimeoutMs = Number(env.TACTFUL_SHUTDOWN_TIMEOUT_MS ?? defaultShutdownTimeoutMs);
  if (!Number.isInteger(shutdownTimeoutMs) || shutdownTimeoutMs < 1)
    problems.push('TACTFUL_SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds.');
  const configuredUrl = env.TACTFUL_PUBLIC_URL?.trim();
  if (configuredUrl && !/^https?:\/\/[^/]+$/.test(configuredUrl)) {
    problems.push(
      'TACTFUL_PUBLIC_URL must be an origin such as https://tactful.example.com (no path).',
    );
  }
  if (production && !configuredUrl)
    problems.push('TACTFUL_PUBLIC_URL is required in production (signed URLs use it).');
  else if (!configuredUrl && !isLoopbackHost(host))
    // Otherwise the OAuth redirect and the URL signatures are checked against would come from
    // the request's Host header, which any client can set.
    problems.push(
      `TACTFUL_PUBLIC_URL is required when HOST (${host}) is not a loopback address: the OAuth redirect and signed URLs must not come from the request's Host header.`,
    );
  // On loopback without a public URL, the address we listen on is the only origin there is.
  const publicBaseUrl =
    configuredUrl ||
    (isLoopbackHost(host) && port > 0
      ? `http://${host.includes(':') ? `[${host}]` : host}:${port}`
      : undefined);
  if (problems.length > 0 || !clientId || !clientSecret) return err(problems);
  return ok({
    port,
    host,
    shutdownTimeoutMs,
    server: {
      clientId,
      clientSecret,
      portalRequestsPerMinute,
      ...(encryptionKey ? { encryptionKey } : {}),
      ...(previousEncryptionKeys.length > 0 ? { previousEncryptionKeys } : {}),
      ...(env.DATABASE_URL
        ? { databaseUrl: env.DATABASE_URL }
        : { sqlitePath: env.TACTFUL_SQLITE_PATH ?? 'tactful.sqlite' }),
      ...(publicBaseUrl ? { publicBaseUrl } : {}),
      ...(env.HUBSPOT_APP_ID ? { appId: env.HUBSPOT_APP_ID } : {}),
      ...(env.TACTFUL_METRICS_TOKEN ? { metricsToken: env.TACTFUL_METRICS_TOKEN } : {}),
      ...(env.HUBSPOT_API_BASE_URL ? { hubspotBaseUrl: env.HUBSPOT_API_BASE_URL } : {}),
    },
  });
}
