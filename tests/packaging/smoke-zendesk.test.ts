// `npm run smoke:zendesk` without a sandbox's credentials (as in CI): it says clearly that it was
// skipped, sends nothing and exits 0, so CI never needs a Zendesk account.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('npm run smoke:zendesk without credentials', () => {
  it('prints SKIPPED with the variables it needs and exits 0', () => {
    const env = { ...process.env };
    for (const name of ['ZENDESK_SUBDOMAIN', 'ZENDESK_EMAIL', 'ZENDESK_API_TOKEN'])
      delete env[name];
    const run = spawnSync('npx', ['tsx', 'scripts/smoke-zendesk.ts'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^SKIPPED: smoke:zendesk needs a Zendesk sandbox: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN/m,
    );
  }, 60_000);
});
