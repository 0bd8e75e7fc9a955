// `npm run smoke:zendesk`: the last mile against a real Zendesk sandbox, run by a maintainer before
// a release (docs/RELEASE.md), never by CI. With credentials it:
//   1. builds dist/zendesk if needed and runs `zcli apps:validate` on it (Zendesk's validator);
//   2. uploads it as a private app and installs it (`zcli apps:create`, from a temporary copy whose
//      zcli.apps.config.json gives every setting its manifest default, so nothing prompts);
//   3. reads one ticket (ZENDESK_SMOKE_TICKET_ID, or the account's first);
//   4. writes a tactful_plan_record record by external id and deletes it (the install created the
//      object from requirements.json);
//   5. finds the missed-promise automation the install created, with our conditions and actions;
//   6. uninstalls and deletes the app again (ZENDESK_SMOKE_KEEP_APP=1 keeps it).
// Without credentials it prints "SKIPPED: ..." and exits 0.
//
// Environment (the same variables zcli reads, github.com/zendesk/zcli packages/zcli-core/src/lib/env.ts):
//   ZENDESK_SUBDOMAIN   the sandbox, e.g. acme-sandbox for acme-sandbox.zendesk.com
//   ZENDESK_EMAIL       an admin's email
//   ZENDESK_API_TOKEN   an API token (Admin Center > Apps and integrations > Zendesk API)
//   ZENDESK_SMOKE_TICKET_ID  optional: the ticket to read
//   ZENDESK_SMOKE_KEEP_APP   optional: 1 to leave the uploaded app installed
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { zendeskDist } from '../webpack.config';

/** What the smoke run needs from the environment. */
export const smokeCredentials = [
  'ZENDESK_SUBDOMAIN',
  'ZENDESK_EMAIL',
  'ZENDESK_API_TOKEN',
] as const;

const objectKey = 'tactful_plan_record';
const automationKey = 'tactful_reopen_missed_promise';

interface Account {
  subdomain: string;
  authorization: string;
}

class SmokeFailure extends Error {}

async function zendesk(account: Account, method: string, apiPath: string, body?: unknown) {
  const response = await fetch(`https://${account.subdomain}.zendesk.com${apiPath}`, {
    method,
    headers: {
      authorization: account.authorization,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new SmokeFailure(
      `${method} ${apiPath} answered ${response.status}: ${text.slice(0, 300)}`,
    );
  }
  return text === '' ? undefined : JSON.parse(text);
}

function zcli(args: string[], cwd: string): void {
  const run = spawnSync('npx', ['zcli', ...args], { cwd, stdio: 'inherit', env: process.env });
  if (run.status !== 0) throw new SmokeFailure(`zcli ${args.join(' ')} exited ${run.status}`);
}

const step = (text: string) => console.log(`smoke:zendesk: ${text}`);

const manifestSchema = z.looseObject({
  parameters: z.array(
    z.looseObject({
      name: z.string(),
      default: z.union([z.string(), z.number(), z.boolean()]).optional(),
    }),
  ),
});
const automationRequirement = z.looseObject({
  title: z.string(),
  conditions: z.looseObject({ all: z.array(z.unknown()), any: z.array(z.unknown()) }),
  actions: z.array(z.unknown()),
});
const requirementsSchema = z.looseObject({
  automations: z.record(z.string(), automationRequirement),
});

async function smoke(account: Account): Promise<void> {
  if (!existsSync(path.join(zendeskDist, 'manifest.json'))) {
    step('building dist/zendesk');
    const { buildZendesk } = await import('./build-zendesk');
    await buildZendesk();
  }

  step('1/6 zcli apps:validate');
  zcli(['apps:validate', zendeskDist], process.cwd());

  step('2/6 upload and install as a private app (zcli apps:create)');
  const work = mkdtempSync(path.join(tmpdir(), 'tactful-smoke-'));
  let appId: number | undefined;
  try {
    const app = path.join(work, 'app');
    cpSync(zendeskDist, app, { recursive: true });
    const manifest = manifestSchema.parse(
      JSON.parse(readFileSync(path.join(app, 'manifest.json'), 'utf8')),
    );
    const parameters = Object.fromEntries(
      manifest.parameters.map((parameter) => [parameter.name, String(parameter.default ?? '')]),
    );
    writeFileSync(path.join(app, 'zcli.apps.config.json'), JSON.stringify({ parameters }));
    zcli(['apps:create', app], work);
    const config = z
      .looseObject({ app_id: z.union([z.number(), z.string()]) })
      .parse(JSON.parse(readFileSync(path.join(app, 'zcli.apps.config.json'), 'utf8')));
    appId = Number(config.app_id);
    step(`   app ${appId} installed`);

    step('3/6 read one ticket');
    const wanted = process.env['ZENDESK_SMOKE_TICKET_ID'];
    const ticketId =
      wanted ??
      String(
        z
          .object({ tickets: z.array(z.looseObject({ id: z.number() })).min(1) })
          .parse(await zendesk(account, 'GET', '/api/v2/tickets.json?page[size]=1')).tickets[0]?.id,
      );
    const ticket = z
      .object({ ticket: z.looseObject({ id: z.number(), requester_id: z.number() }) })
      .parse(await zendesk(account, 'GET', `/api/v2/tickets/${ticketId}.json`));
    step(`   ticket ${ticket.ticket.id} read`);

    step(`4/6 write and delete a ${objectKey} record`);
    const externalId = `smoke-${Date.now()}`;
    const written = z.object({ custom_object_record: z.looseObject({ id: z.string() }) }).parse(
      await zendesk(
        account,
        'PATCH',
        `/api/v2/custom_objects/${objectKey}/records.json?external_id=${externalId}`,
        {
          custom_object_record: {
            name: externalId,
            external_id: externalId,
            custom_object_fields: {
              record_type: 'payment',
              customer_id: String(ticket.ticket.requester_id),
              amount: '1.00',
              currency: 'USD',
              due_date: new Date().toISOString().slice(0, 10),
            },
          },
        },
      ),
    );
    await zendesk(
      account,
      'DELETE',
      `/api/v2/custom_objects/${objectKey}/records/${written.custom_object_record.id}.json`,
    );
    step(`   record ${written.custom_object_record.id} written and deleted`);

    step('5/6 find the missed-promise automation the install created');
    const requirements = requirementsSchema.parse(
      JSON.parse(readFileSync(path.join(app, 'requirements.json'), 'utf8')),
    );
    const declared = requirements.automations[automationKey];
    if (declared === undefined) throw new SmokeFailure(`requirements.json has no ${automationKey}`);
    const found = z
      .object({
        automations: z.array(
          z.looseObject({
            id: z.number(),
            title: z.string(),
            conditions: z.unknown(),
            actions: z.unknown(),
          }),
        ),
      })
      .parse(
        await zendesk(
          account,
          'GET',
          `/api/v2/automations/search.json?query=${encodeURIComponent(declared.title)}`,
        ),
      )
      .automations.find((automation) => automation.title === declared.title);
    if (found === undefined) throw new SmokeFailure(`no automation titled "${declared.title}"`);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(found.actions, declared.actions)) {
      throw new SmokeFailure(
        `automation ${found.id} has other actions: ${JSON.stringify(found.actions)}`,
      );
    }
    step(
      `   automation ${found.id} found; conditions as Zendesk stored them: ${JSON.stringify(found.conditions)}`,
    );
  } finally {
    if (appId !== undefined && process.env['ZENDESK_SMOKE_KEEP_APP'] !== '1') {
      step(`6/6 delete app ${appId} (whether its required resources go with it is unverified)`);
      await zendesk(account, 'DELETE', `/api/v2/apps/${appId}.json`).catch((error: unknown) =>
        console.error(`smoke:zendesk: could not delete app ${appId}: ${String(error)}`),
      );
    }
    rmSync(work, { recursive: true, force: true });
  }
}

/** Runs the smoke test, or says why it was skipped; resolves with the exit code. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const missing = smokeCredentials.filter((name) => !env[name]);
  if (missing.length > 0) {
    console.log(
      `SKIPPED: smoke:zendesk needs a Zendesk sandbox: set ${smokeCredentials.join(', ')} ` +
        `(missing: ${missing.join(', ')}). Nothing was sent. See docs/RELEASE.md.`,
    );
    return 0;
  }
  const account: Account = {
    subdomain: env['ZENDESK_SUBDOMAIN'] ?? '',
    authorization: `Basic ${Buffer.from(`${env['ZENDESK_EMAIL']}/token:${env['ZENDESK_API_TOKEN']}`).toString('base64')}`,
  };
  try {
    await smoke(account);
    step('passed');
    return 0;
  } catch (error) {
    console.error(
      `smoke:zendesk: FAILED: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
