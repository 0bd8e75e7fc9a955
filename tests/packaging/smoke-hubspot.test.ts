// `npm run smoke:hubspot` needs a real HubSpot developer test account; without its credentials, or
// in CI, it says plainly that it skipped and succeeds, so no pipeline ever depends on an account.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { smokeCredentialNames, smokeSkipReason } from '../../scripts/smoke-hubspot';

const repoRoot = path.resolve(__dirname, '..', '..');
/** Every credential the script needs, set (it checks only that each is there). */
const credentials = Object.fromEntries(smokeCredentialNames.map((name) => [name, `${name}-value`]));

describe('npm run smoke:hubspot', () => {
  it('prints SKIPPED with what is missing and exits 0 without credentials', () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !(name in credentials) && name !== 'CI' && !name.startsWith('HUBSPOT_'),
      ),
    );
    const run = spawnSync('npx', ['tsx', 'scripts/smoke-hubspot.ts'], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^SKIPPED: smoke:hubspot needs HUBSPOT_ACCOUNT_ID, /m);
  });

  it('skips in CI even with every credential set, and runs only with all of them', () => {
    expect(smokeSkipReason({ ...credentials, CI: 'true' })).toMatch(/never runs in CI/);
    expect(smokeSkipReason({ ...credentials, HUBSPOT_SMOKE_ACCESS_TOKEN: '' })).toMatch(
      /needs HUBSPOT_SMOKE_ACCESS_TOKEN/,
    );
    expect(smokeSkipReason(credentials)).toBeUndefined();
  });
});
