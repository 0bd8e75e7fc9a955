/**
 * `npm run smoke:hubspot`: the last mile against a real HubSpot developer test account, for a
 * maintainer before publishing (docs/RELEASE.md). CI never runs it: with CI=true, or without every
 * variable below, it prints "SKIPPED: …" and exits 0.
 *
 *   HUBSPOT_ACCOUNT_ID, HUBSPOT_PERSONAL_ACCESS_KEY  the test account and a CLI personal access key
 *       for it; `hs project upload --use-env` reads them (HubSpot/hubspot-local-dev-lib
 *       constants/environments.ts; https://developers.hubspot.com/changelog/cli-environment-variables)
 *   HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET         the app's OAuth credentials (as the backend has them)
 *   TACTFUL_SMOKE_BACKEND_URL                        the deployed backend HubSpot can reach (https)
 *   HUBSPOT_SMOKE_ACCESS_TOKEN                       an access token for the test account with
 *       crm.objects.contacts.write (a private app's), to create and delete the smoke contact
 *   HUBSPOT_CLI (optional)                           the `hs` command (default: `hs` on PATH)
 *   TACTFUL_SMOKE_WAIT_SECONDS (optional)            how long to wait for the install and the
 *       webhook (default 300)
 *
 * Steps: (1) build the project for the backend URL and `hs project upload` it; (2) check the
 * backend's install link asks for exactly the configured scopes, then wait while a person installs
 * the app through it in a browser signed in to the test account; (3) one signed card request for a
 * contact it creates; (4) one webhook delivery: it deletes that contact and waits until HubSpot's
 * contact.deletion has reached the backend (the idempotency key of a promise written for the
 * contact is erased: a repeat of the write stops being answered as a replay).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  apiErrorReplySchema,
  backendPaths,
  contactCollectionsSchema,
  promiseWriteReplySchema,
} from '../apps/hubspot/contract';
import { optionalScopes, requiredScopes } from '../apps/hubspot/scopes';
import { signRequestV3 } from '../apps/hubspot/server/signature';
import { buildHubspot } from './build-hubspot';

/** The credentials a smoke run needs, each set and non-empty. */
export const smokeCredentialNames = [
  'HUBSPOT_ACCOUNT_ID',
  'HUBSPOT_PERSONAL_ACCESS_KEY',
  'HUBSPOT_CLIENT_ID',
  'HUBSPOT_CLIENT_SECRET',
  'TACTFUL_SMOKE_BACKEND_URL',
  'HUBSPOT_SMOKE_ACCESS_TOKEN',
] as const;

const smokeEnv = z.object({
  HUBSPOT_ACCOUNT_ID: z.string().regex(/^\d+$/),
  HUBSPOT_PERSONAL_ACCESS_KEY: z.string().min(1),
  HUBSPOT_CLIENT_ID: z.string().min(1),
  HUBSPOT_CLIENT_SECRET: z.string().min(1),
  TACTFUL_SMOKE_BACKEND_URL: z.url().refine((url) => url.startsWith('https://'), 'must be https'),
  HUBSPOT_SMOKE_ACCESS_TOKEN: z.string().min(1),
  HUBSPOT_CLI: z.string().min(1).default('hs'),
  TACTFUL_SMOKE_WAIT_SECONDS: z.coerce.number().int().positive().default(300),
});
type SmokeEnv = z.infer<typeof smokeEnv>;

const hubspotApi = 'https://api.hubapi.com';

/** Why the smoke run cannot run here, or undefined when it can. */
export function smokeSkipReason(env: NodeJS.ProcessEnv): string | undefined {
  if (env['CI'] === 'true')
    return 'smoke:hubspot never runs in CI (it needs a real HubSpot account)';
  const missing = smokeCredentialNames.filter((name) => !env[name]);
  if (missing.length > 0)
    return `smoke:hubspot needs ${missing.join(', ')} (see scripts/smoke-hubspot.ts and README)`;
  return undefined;
}

class SmokeFailure extends Error {}

function step(name: string): void {
  console.log(`\n— ${name}`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A request to our backend signed as hubspot.fetch signs it, with the card's portalId and userId. */
async function signedCall(
  env: SmokeEnv,
  method: 'GET' | 'POST',
  pathWithQuery: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const base = env.TACTFUL_SMOKE_BACKEND_URL.replace(/\/+$/, '');
  const url = new URL(`${base}${pathWithQuery}`);
  url.searchParams.set('portalId', env.HUBSPOT_ACCOUNT_ID);
  url.searchParams.set('userId', '1');
  const text = body === undefined ? '' : JSON.stringify(body);
  const timestamp = String(Date.now());
  const reply = await fetch(url, {
    method,
    headers: {
      'x-hubspot-request-timestamp': timestamp,
      'x-hubspot-signature-v3': signRequestV3(
        { method, url: url.toString(), body: text, timestamp },
        env.HUBSPOT_CLIENT_SECRET,
      ),
      ...(text === '' ? {} : { 'content-type': 'application/json' }),
    },
    ...(text === '' ? {} : { body: text }),
    signal: AbortSignal.timeout(15_000),
  });
  const raw = await reply.text();
  return { status: reply.status, json: raw === '' ? undefined : JSON.parse(raw) };
}

/** A CRM API call to the test account with the smoke token. */
async function crm(env: SmokeEnv, method: string, apiPath: string, body?: unknown) {
  const reply = await fetch(`${hubspotApi}${apiPath}`, {
    method,
    headers: {
      authorization: `Bearer ${env.HUBSPOT_SMOKE_ACCESS_TOKEN}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(15_000),
  });
  if (!reply.ok) throw new SmokeFailure(`HubSpot answered ${reply.status} to ${method} ${apiPath}`);
  const raw = await reply.text();
  return raw === '' ? undefined : JSON.parse(raw);
}

function upload(env: SmokeEnv): void {
  step('1. build the project for the backend and `hs project upload` it to the test account');
  const outDir = mkdtempSync(path.join(tmpdir(), 'tactful-smoke-hubspot-'));
  buildHubspot({ outDir, backendUrl: env.TACTFUL_SMOKE_BACKEND_URL });
  const result = spawnSync(env.HUBSPOT_CLI, ['project', 'upload', '--use-env'], {
    cwd: outDir,
    stdio: 'inherit',
    env: process.env,
  });
  if (result.error)
    throw new SmokeFailure(`could not run ${env.HUBSPOT_CLI}: ${result.error.message}`);
  if (result.status !== 0) throw new SmokeFailure(`hs project upload exited ${result.status}`);
}

async function install(env: SmokeEnv, contactId: string): Promise<void> {
  step("2. the OAuth install through our backend's install link");
  const base = env.TACTFUL_SMOKE_BACKEND_URL.replace(/\/+$/, '');
  const link = await fetch(`${base}/oauth/install`, { redirect: 'manual' });
  const location = new URL(link.headers.get('location') ?? 'about:blank');
  const expected = {
    origin: 'https://app.hubspot.com',
    clientId: env.HUBSPOT_CLIENT_ID,
    scope: requiredScopes.join(' '),
    optionalScope: optionalScopes.join(' '),
    redirectUri: `${base}/oauth/callback`,
  };
  const actual = {
    origin: location.origin,
    clientId: location.searchParams.get('client_id'),
    scope: location.searchParams.get('scope'),
    optionalScope: location.searchParams.get('optional_scope') ?? '',
    redirectUri: location.searchParams.get('redirect_uri'),
  };
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new SmokeFailure(
      `the install link is not what the app declares: ${JSON.stringify(actual)}`,
    );
  console.log(
    `Open ${base}/oauth/install in a browser signed in to test account ${env.HUBSPOT_ACCOUNT_ID} ` +
      `and approve the install (waiting up to ${env.TACTFUL_SMOKE_WAIT_SECONDS} s)…`,
  );
  const until = Date.now() + env.TACTFUL_SMOKE_WAIT_SECONDS * 1000;
  while (Date.now() < until) {
    const reply = await signedCall(env, 'GET', backendPaths.collections(contactId));
    const refused = apiErrorReplySchema.safeParse(reply.json);
    if (!refused.success || refused.data.error.code !== 'not-installed') return;
    await sleep(5000);
  }
  throw new SmokeFailure('the app was not installed in time');
}

async function cardRequest(env: SmokeEnv, contactId: string): Promise<void> {
  step('3. one signed card request');
  const reply = await signedCall(env, 'GET', backendPaths.collections(contactId));
  if (reply.status !== 200 || !contactCollectionsSchema.safeParse(reply.json).success)
    throw new SmokeFailure(`collections answered ${reply.status}: ${JSON.stringify(reply.json)}`);
  console.log(`collections of contact ${contactId}: 200`);
}

async function webhookDelivery(env: SmokeEnv, contactId: string): Promise<void> {
  step('4. one webhook delivery: contact.deletion erases the contact’s keys');
  const promise = {
    idempotencyKey: `smoke-${randomBytes(8).toString('hex')}`,
    amount: { amount: '10.00', currency: 'USD' },
    due: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
    channel: 'email',
    summary: 'Smoke run: promised payment (test account only).',
  };
  const first = await signedCall(env, 'POST', backendPaths.promises(contactId), promise);
  if (first.status !== 200) throw new SmokeFailure(`the promise write answered ${first.status}`);
  await crm(env, 'DELETE', `/crm/v3/objects/contacts/${contactId}`);
  const until = Date.now() + env.TACTFUL_SMOKE_WAIT_SECONDS * 1000;
  while (Date.now() < until) {
    await sleep(5000);
    const again = await signedCall(env, 'POST', backendPaths.promises(contactId), promise);
    const replay = promiseWriteReplySchema.safeParse(again.json);
    if (!(replay.success && replay.data.replayed)) {
      console.log('the key is gone: HubSpot delivered contact.deletion to the backend');
      return;
    }
  }
  throw new SmokeFailure('no contact.deletion reached the backend in time');
}

async function main(): Promise<void> {
  const skip = smokeSkipReason(process.env);
  if (skip !== undefined) {
    console.log(`SKIPPED: ${skip}`);
    return;
  }
  const env = smokeEnv.parse(process.env);
  upload(env);
  const created = z.object({ id: z.string() }).parse(
    await crm(env, 'POST', '/crm/v3/objects/contacts', {
      properties: { email: `smoke-${Date.now()}@example.com`, firstname: 'Smoke' },
    }),
  );
  await install(env, created.id);
  await cardRequest(env, created.id);
  await webhookDelivery(env, created.id);
  console.log('\nsmoke:hubspot passed');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
