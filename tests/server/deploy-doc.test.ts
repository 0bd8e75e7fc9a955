// docs/DEPLOY.md lists every environment variable the backend reads, and its backup commands are
// the ones tests/server/backup-restore.test.ts runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const deploy = read('docs/DEPLOY.md');

describe('docs/DEPLOY.md', () => {
  it('lists every environment variable the backend reads', () => {
    const sources = ['apps/hubspot/server/config.ts', 'scripts/start-hubspot-backend.ts'].map(read);
    const names = new Set(
      sources.flatMap((text) => [...text.matchAll(/env\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1])),
    );
    expect(names.size).toBeGreaterThan(10);
    const table = deploy.slice(
      deploy.indexOf('## Environment variables'),
      deploy.indexOf('\n## ', deploy.indexOf('## Environment variables') + 5),
    );
    for (const name of names) expect(table).toContain(`\`${name}\``);
  });

  it('gives the backup and restore commands the backup test runs', () => {
    const test = read('tests/server/backup-restore.test.ts');
    for (const flag of [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      '--clean',
      '--if-exists',
    ]) {
      expect(deploy).toContain(flag);
      expect(test).toContain(flag);
    }
    expect(deploy).toContain('VACUUM INTO');
    expect(test).toContain('VACUUM INTO');
  });
});
