// `tactful corpus export`: agents' tone feedback as candidate corpus lines, read from a Zendesk
// account's custom object records (the mock Zendesk over msw, cursor pages and all) or from the
// JSON array the HubSpot endpoint returns, saved to a file. Bad input: a clear line, exit 2.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http } from 'msw';
import { main } from '../../apps/cli/main';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { recordToneFeedback } from '../../apps/zendesk/host/tone-feedback';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import {
  buildToneFeedback,
  toneFeedbackObjectKey,
  toneFeedbackRecordFields,
  type ToneFeedback,
} from '../../shared/feedback';
import { checkTone } from '../../shared/tone';
import { fakeIo } from './fake-io';

const credentials = {
  ZENDESK_SUBDOMAIN: 'acme',
  ZENDESK_EMAIL: 'admin@acme.test',
  ZENDESK_API_TOKEN: 'secret-token',
};

/** One agent's click on `text`, at minute `minute`. */
function feedback(
  text: string,
  options: { locale?: string; minute?: number; includeDraft?: boolean; note?: string } = {},
): ToneFeedback {
  const result = checkTone(text, { locale: options.locale ?? 'en' });
  const disputed = result.findings.find((finding) => finding.severity !== 'info');
  return buildToneFeedback({
    kind: disputed === undefined ? 'missed' : 'wrong-finding',
    result,
    draft: { format: 'text', input: text },
    ...(disputed === undefined ? {} : { disputed }),
    note: options.note ?? '',
    at: new Date(Date.UTC(2026, 10, 25, 15, options.minute ?? 0)),
    includeDraft: options.includeDraft ?? false,
  });
}

async function exportCorpus(args: string[], env: Record<string, string | undefined> = {}) {
  const fake = fakeIo('', env);
  const code = await main(['corpus', 'export', ...args], fake.io);
  const lines = fake
    .stdout()
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line));
  return { code, lines, stdout: fake.stdout(), stderr: fake.stderr() };
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tactful-corpus-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('tactful corpus export --zendesk', () => {
  it('prints one candidate line per record, across cursor pages, with the API token', async () => {
    const world = createZendeskWorld();
    const authorizations = new Set<string>();
    server.use(
      http.get('https://acme.zendesk.com/*', ({ request }) => {
        authorizations.add(request.headers.get('authorization') ?? '');
        return undefined;
      }),
      ...createZendeskHandlers(world),
    );
    // The sidebar's own writer puts the first record in, as an agent's click would.
    const port = createFetchHttpPort({ baseUrl: 'https://acme.zendesk.com' });
    const first = feedback("You haven't paid your bill.", {
      includeDraft: true,
      note: 'fine for us',
    });
    expect(await recordToneFeedback(port, { sleep: async () => undefined }, first)).toEqual({
      ok: true,
      value: undefined,
    });
    // And 129 more straight into the account, to need two pages.
    const records = world.customObjectRecords.get(toneFeedbackObjectKey) ?? [];
    for (let index = 1; index < 130; index += 1) {
      const more = feedback('Please pay today.', { minute: index });
      records.push({
        id: String(5000 + index),
        name: more.id,
        external_id: more.id,
        custom_object_key: toneFeedbackObjectKey,
        custom_object_fields: toneFeedbackRecordFields(more),
        created_at: more.at,
        updated_at: more.at,
      });
    }

    const { code, lines, stderr } = await exportCorpus(['--zendesk'], credentials);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines).toHaveLength(130);
    expect(lines[0]).toEqual({
      id: first.id,
      locale: 'en',
      text: "You haven't paid your bill.",
      expected: null,
      verdict: first.verdict,
      kind: 'wrong-finding',
      disputed: first.findings[first.disputed ?? -1],
      findings: first.findings,
      note: 'fine for us',
      at: first.at,
      source: 'zendesk:acme',
    });
    // Without the draft, a line has no text to label: it says what was found and where only.
    expect(lines[1]).not.toHaveProperty('text');
    expect(world.requests.filter((r) => r.startsWith('GET /api/v2/custom_objects'))).toHaveLength(
      2,
    );
    expect(authorizations).toEqual(
      new Set([`Basic ${btoa('admin@acme.test/token:secret-token')}`]),
    );
  });

  it('names a record it cannot read on stderr and exports the rest', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world));
    const good = feedback('Please pay today.');
    world.customObjectRecords.set(toneFeedbackObjectKey, [
      {
        id: '41',
        name: 'edited by hand',
        external_id: null,
        custom_object_key: toneFeedbackObjectKey,
        custom_object_fields: { kind: 'missed', findings: '[{oops' },
        created_at: '2026-11-25T15:00:00Z',
        updated_at: '2026-11-25T15:00:00Z',
      },
      {
        id: '42',
        name: good.id,
        external_id: good.id,
        custom_object_key: toneFeedbackObjectKey,
        custom_object_fields: toneFeedbackRecordFields(good),
        created_at: good.at,
        updated_at: good.at,
      },
    ]);

    const { code, lines, stderr } = await exportCorpus(['--zendesk'], credentials);

    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(stderr).toMatch(/^tactful corpus: skipped record 41: /);
  });

  it('names the missing environment variables', async () => {
    const { code, stdout, stderr } = await exportCorpus(['--zendesk'], { ZENDESK_SUBDOMAIN: 'x' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tactful corpus: missing ZENDESK_EMAIL, ZENDESK_API_TOKEN/);
  });
});

describe('tactful corpus export --file', () => {
  it('reads the array GET /api/tone-feedback returns, and keeps one language if asked', async () => {
    const english = feedback("You haven't paid your bill.", { includeDraft: true });
    const spanish = feedback('No ha pagado su factura.', { locale: 'es', minute: 1 });
    const file = join(folder, 'hubspot-feedback.json');
    await writeFile(file, JSON.stringify([english, spanish]));

    const all = await exportCorpus(['--file', file]);
    expect(all.code).toBe(0);
    expect(all.lines).toEqual([
      expect.objectContaining({
        id: english.id,
        text: "You haven't paid your bill.",
        expected: null,
        source: 'file:hubspot-feedback.json',
      }),
      expect.objectContaining({ id: spanish.id, locale: 'es', expected: null }),
    ]);

    const onlySpanish = await exportCorpus(['--file', file, '--locale', 'es']);
    expect(onlySpanish.lines).toEqual([expect.objectContaining({ id: spanish.id })]);
  });

  it.each([
    ['no source', [], /say where to read feedback from/],
    ['both sources', ['--zendesk', '--file', 'x.json'], /say where to read feedback from/],
    ['a file option without a path', ['--file'], /--file needs a value/],
    ['an unknown option', ['--everything'], /unknown option "--everything"/],
    ['a locale that is not a language code', ['--file', 'x.json', '--locale', 'EN_us'], /--locale/],
  ])('refuses %s with exit 2', async (_name, args, message) => {
    const { code, stdout, stderr } = await exportCorpus(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it.each([
    ['a file that is not there', null, /cannot read .*missing\.json/],
    ['a file that is not JSON', '{"feedback": [', /is not JSON/],
    ['an object instead of an array', '{"feedback": []}', /expected a JSON array of tone feedback/],
    [
      'an entry that is not tone feedback',
      JSON.stringify([{ id: 'tf-1234567890', kind: 'maybe' }]),
      /entry 0\.kind/,
    ],
  ])('refuses %s with a clear line and exit 2', async (name, content, message) => {
    const file = join(
      folder,
      content === null ? 'missing.json' : `${name.replace(/\W+/g, '-')}.json`,
    );
    if (content !== null) await writeFile(file, content);
    const { code, stdout, stderr } = await exportCorpus(['--file', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses an unknown corpus action', async () => {
    const fake = fakeIo();
    expect(await main(['corpus', 'import'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/cannot "import"/);
  });
});
