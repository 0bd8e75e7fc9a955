import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';
import { server } from '../../mocks/node';
import { createMacroHandlers, seedMacros, type SeedMacro } from '../../mocks/zendesk/macros';

const credentials = {
  ZENDESK_SUBDOMAIN: 'acme',
  ZENDESK_EMAIL: 'admin@acme.test',
  ZENDESK_API_TOKEN: 'secret-token',
};

interface Report {
  summary: Record<string, number>;
  macros: Array<{
    id: number;
    title: string;
    verdict: string;
    comments: Array<{ field: string; verdict: string; findings: Array<{ category: string }> }>;
  }>;
}

async function audit(env?: Record<string, string | undefined>, args: string[] = []) {
  const fake = fakeIo('', env ?? credentials);
  const code = await main(['audit', 'zendesk-macros', ...args], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

const manyMacros = (count: number): SeedMacro[] =>
  Array.from({ length: count }, (_, index) => ({
    ...seedMacros()[index % 2 === 0 ? 0 : 1]!,
    id: 1000 + index,
    title: `Macro ${index}`,
  }));

describe('tactful audit zendesk-macros', () => {
  it('checks every macro comment (text, channel array and HTML) and summarises', async () => {
    const { code, stdout, stderr } = await audit();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.macros.map((macro) => [macro.id, macro.verdict])).toEqual([
      [360001, 'ok'],
      [360002, 'block'],
      [360003, 'ok'],
      [360004, 'ok'],
      [360005, 'ok'],
    ]);
    const finalDemand = report.macros[1]!.comments[0]!;
    expect(finalDemand.findings.map((finding) => finding.category)).toEqual(
      expect.arrayContaining(['accusatory', 'pressure', 'threat']),
    );
    expect(report.macros[2]!.comments[0]!.field).toBe('comment_value_html');
    expect(report.summary).toEqual({ macros: 5, ok: 3, review: 0, block: 1, withoutComment: 1 });
  });

  it('sends API-token basic auth and follows cursor pagination over several pages', async () => {
    const seen: string[] = [];
    const macros = manyMacros(230);
    const [handler] = createMacroHandlers(macros);
    server.use(
      http.get('https://acme.zendesk.com/api/v2/macros.json', (info) => {
        seen.push(info.request.headers.get('authorization') ?? '');
        return undefined;
      }),
      handler!,
    );
    const { code, stdout } = await audit();
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.macros.map((macro) => macro.id)).toEqual(macros.map((macro) => macro.id));
    expect(seen).toHaveLength(3);
    expect(new Set(seen)).toEqual(new Set([`Basic ${btoa('admin@acme.test/token:secret-token')}`]));
  });

  it('waits out a 429 with Retry-After and carries on', async () => {
    let calls = 0;
    server.use(
      http.get('https://acme.zendesk.com/api/v2/macros.json', () => {
        calls += 1;
        if (calls === 1) {
          return HttpResponse.json(
            { error: 'TooManyRequests' },
            { status: 429, headers: { 'Retry-After': '1' } },
          );
        }
        return undefined;
      }),
    );
    const { code, stdout } = await audit();
    expect(code).toBe(0);
    expect(calls).toBe(2);
    expect((JSON.parse(stdout) as Report).macros).toHaveLength(5);
  });

  it('reports a malformed reply clearly, without a stack trace', async () => {
    server.use(
      http.get('https://acme.zendesk.com/api/v2/macros.json', () =>
        HttpResponse.json({ macros: [{ id: 'not-a-number', title: 'x', actions: [] }] }),
      ),
    );
    const { code, stdout, stderr } = await audit();
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^tactful audit: Zendesk returned something we did not understand: .*macros\.0\.id/,
    );
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('refuses a next-page link that leaves the account, without sending the token there', async () => {
    const offOrigin: string[] = [];
    server.use(
      http.get('https://acme.zendesk.com/api/v2/macros.json', () =>
        HttpResponse.json({
          macros: [],
          meta: { has_more: true },
          links: { next: 'https://acme.zendesk.com//evil.example/x' },
        }),
      ),
      http.all('https://evil.example/*', ({ request }) => {
        offOrigin.push(request.headers.get('authorization') ?? '');
        return HttpResponse.json({ macros: [], meta: { has_more: false } });
      }),
    );
    const { code, stdout, stderr } = await audit();
    expect(offOrigin).toEqual([]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tactful audit: .*next-page link .*was not followed/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('explains rejected credentials', async () => {
    server.use(
      http.get('https://acme.zendesk.com/api/v2/macros.json', () =>
        HttpResponse.json({ error: "Couldn't authenticate you" }, { status: 401 }),
      ),
    );
    const { code, stderr } = await audit();
    expect(code).toBe(1);
    expect(stderr).toMatch(/rejected the credentials/);
  });

  it('names the missing environment variables', async () => {
    const { code, stderr } = await audit({ ZENDESK_SUBDOMAIN: 'acme' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing ZENDESK_EMAIL, ZENDESK_API_TOKEN/);
  });

  it('takes --locale=es as --locale es', async () => {
    const [spaced, joined] = [
      await audit(credentials, ['--locale', 'es']),
      await audit(credentials, ['--locale=es']),
    ];
    expect(spaced.code).toBe(0);
    expect(joined).toEqual(spaced);
  });

  it('refuses an unknown audit target', async () => {
    const fake = fakeIo('', credentials);
    expect(await main(['audit', 'hubspot-sequences'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/cannot audit "hubspot-sequences"/);
  });
});
