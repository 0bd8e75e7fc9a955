// The README's HubSpot backend section says exactly what the backend refuses and why it holds each
// scope: the scope table is checked against apps/hubspot/scopes.ts (the one list the install link
// and app-hsmeta.json are built from), and the replay rule against what the backend does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { scopeUses } from '../../apps/hubspot/scopes';
import { installedHarnessEachTest, type Harness } from './harness';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('\n## HubSpot backend'),
  readme.indexOf('\n## Performance'),
);
/** The rows of the scope table: `| \`scope\` | required/optional | why | calls |`. */
const scopeRows = [...section.matchAll(/^\| `([a-z.-]+)` +\| (required|optional) +\| (.+?) +\|/gm)];

describe("README: the backend's scopes", () => {
  it('lists every scope the install asks for, as required or optional, with why', () => {
    expect(scopeRows.map((row) => [row[1], row[2]])).toEqual(
      scopeUses.map((use) => [use.scope, use.kind]),
    );
    for (const row of scopeRows) expect((row[3] ?? '').length).toBeGreaterThan(20);
  });
});

describe('README: which replays are refused', () => {
  let h: Harness;
  installedHarnessEachTest((harness) => (h = harness));

  it('says signed reads may repeat and signed writes may not, as the backend does', async () => {
    const prose = section.replace(/\s+/g, ' ');
    expect(prose).toMatch(/A signed read \(`GET`\) may be sent again/);
    expect(prose).toMatch(/A signed write \(`POST`, `PUT`\) is refused \(401\) when sent again/);
    const read = await h.call('GET', '/api/settings');
    expect((await read.send()).status).toBe(200);
    const write = await h.call('PUT', '/api/settings', { body: { settings: {} } });
    expect((await write.send()).status).toBe(401);
  });
});
