// Platform facts the HubSpot outcomes page relies on, each with its public source, checked against
// what we ship and what the mock HubSpot does.
// - App home page (platform 2025.2): a component `{"type": "page", "config": {"entrypoint",
//   "location": "home"}}` under src/app/pages, its React entry calling `hubspot.extend<'home'>`.
//   developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/create-an-app-home-page
// - Charts: `BarChart` and `LineChart` from @hubspot/ui-extensions take `data` rows, `axes.x/y`
//   (`field`, `fieldType` category|linear|datetime) and `axes.options.stacking`/`groupFieldByColor`.
//   developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/ui-components/standard-components/charts/bar-chart
//   (and the SDK's own types, node_modules/@hubspot/ui-extensions/dist/shared.synced/types/components/chart.synced.d.ts)
// - CRM search returns at most 10,000 results for one query; asking past that is a 400
//   (docs.aws.amazon.com/glue/latest/dg/hubspot-connector-limitations.md, quoting
//   developers.hubspot.com/docs/api/crm/search#limitations). Page size at most 200: unverified.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BarChart, LineChart } from '@hubspot/ui-extensions';
import { createHubSpotHandlers } from '../../mocks/hubspot/handlers';
import { createHubSpotWorld } from '../../mocks/hubspot/world';
import { server } from '../../mocks/node';
import { searchLimits } from '../../apps/hubspot/server/hubspot/outcomeTasks';

const root = path.resolve(__dirname, '..', '..');

describe('HubSpot app home page (platform 2025.2)', () => {
  it('is declared as a page at the home location, with an entry that extends home', () => {
    const meta: unknown = JSON.parse(
      readFileSync(
        path.join(root, 'manifests', 'hubspot', 'src', 'app', 'pages', 'outcomes-hsmeta.json'),
        'utf8',
      ),
    );
    expect(meta).toMatchObject({
      type: 'page',
      config: { entrypoint: '/app/pages/TactfulOutcomes.tsx', location: 'home' },
    });
    const entry = readFileSync(
      path.join(root, 'apps', 'hubspot', 'card', 'outcomes', 'TactfulOutcomes.tsx'),
      'utf8',
    );
    expect(entry).toContain("hubspot.extend<'home'>");
  });

  it('has BarChart and LineChart in the SDK', () => {
    expect(BarChart).toBeDefined();
    expect(LineChart).toBeDefined();
  });
});

describe('CRM search limits, in our reader and the mock', () => {
  it('reads pages of at most 200 and stops at the 10,000th result', async () => {
    expect(searchLimits).toEqual({ pageSize: 200, maxResults: 10_000 });
    const world = createHubSpotWorld();
    server.use(...createHubSpotHandlers(world));
    world.accessTokens.set('token', {
      hubId: world.portalId,
      expiresAt: world.now() + 60_000,
      scopes: [...world.grantedScopes],
    });
    const search = (body: Record<string, unknown>) =>
      fetch('https://api.hubapi.com/crm/v3/objects/tasks/search', {
        method: 'POST',
        headers: { authorization: 'Bearer token', 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await search({ limit: 200 })).status).toBe(200);
    expect((await search({ limit: 201 })).status).toBe(400);
    expect((await search({ limit: 200, after: '9900' })).status).toBe(400);
  });
});
