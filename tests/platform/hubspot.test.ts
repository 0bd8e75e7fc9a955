// HubSpot developer platform 2025.2: each rule Tactful depends on, as an assertion on the project we
// upload (dist/hubspot, built here into a temporary folder) or on our sources. The public source of
// each rule is named beside it; the words are ours. Abbreviations:
//   AGENTS  = HubSpot/hubspot-project-components, 2025.2/defaultFiles/AGENTS.md
//   COMPS   = HubSpot/hubspot-project-components, 2025.2/components/…
//   FETCH   = https://developers.hubspot.com/docs/apps/developer-platform/add-features/ui-extensibility/fetching-data
//   HOOKS   = https://developers.hubspot.com/docs/apps/developer-platform/add-features/configure-webhooks
//   SCOPES  = https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defaultBackendTimeoutMs } from '../../apps/hubspot/card/host/backend-client';
import { requiredScopes } from '../../apps/hubspot/scopes';
import { installUrl } from '../../apps/hubspot/server/oauth';
import { buildHubspot, defaultBackendUrl } from '../../scripts/build-hubspot';

const repoRoot = path.resolve(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const component = z
  .object({
    uid: z.string().min(1),
    type: z.string().min(1),
    config: z.record(z.string(), z.unknown()),
  })
  .loose();
const record = z.record(z.string(), z.unknown());

let outDir: string;
let srcDir: string;
/** Every `*-hsmeta.json` in the upload: its path under srcDir and its parsed content. */
let components: Array<{ file: string; meta: z.infer<typeof component> }>;

const ofType = (type: string) => components.filter((c) => c.meta.type === type);
const only = (type: string) => {
  const found = ofType(type);
  expect(found).toHaveLength(1);
  const first = found[0];
  if (!first) throw new Error(`no ${type} component`);
  return first;
};
const appConfig = () =>
  z
    .object({
      distribution: z.string(),
      auth: z.object({
        type: z.string(),
        redirectUrls: z.array(z.string()),
        requiredScopes: z.array(z.string()),
        optionalScopes: z.array(z.string()),
        conditionallyRequiredScopes: z.array(z.string()),
      }),
      permittedUrls: z.object({
        fetch: z.array(z.string()),
        iframe: z.array(z.string()),
        img: z.array(z.string()),
      }),
    })
    .loose()
    .parse(only('app').meta.config);
const sourcesIn = (folder: string) =>
  filesUnder(path.join(srcDir, folder)).filter((file) => /\.(ts|tsx|js|jsx)$/.test(file));

beforeAll(() => {
  outDir = mkdtempSync(path.join(tmpdir(), 'tactful-platform-'));
  buildHubspot({ outDir, quiet: true, backendUrl: defaultBackendUrl });
  const project = z
    .object({ srcDir: z.string() })
    .loose()
    .parse(JSON.parse(readFileSync(path.join(outDir, 'hsproject.json'), 'utf8')));
  srcDir = path.join(outDir, project.srcDir);
  components = filesUnder(srcDir)
    .filter((file) => file.endsWith('-hsmeta.json'))
    .map((file) => ({
      file: path.relative(srcDir, file).split(path.sep).join('/'),
      meta: component.parse(JSON.parse(readFileSync(file, 'utf8'))),
    }));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('HubSpot 2025.2: the project', () => {
  it('hsproject.json names the project, its source folder and platform 2025.2', () => {
    // COMPS/../defaultFiles/hsproject.json and HUBSPOT_PROJECTS.md: name, srcDir, platformVersion.
    const project = z
      .strictObject({
        name: z.string().min(1),
        srcDir: z.string().min(1),
        platformVersion: z.literal('2025.2'),
      })
      .parse(JSON.parse(readFileSync(path.join(outDir, 'hsproject.json'), 'utf8')));
    expect(existsSync(path.join(outDir, project.srcDir))).toBe(true);
  });

  it('configures components only in *-hsmeta.json files with uids unique in the project', () => {
    // AGENTS: "Component configuration files must end with -hsmeta.json"; "The uid field … must be
    // unique with[in] the project".
    expect(components.length).toBeGreaterThanOrEqual(4);
    const uids = components.map((c) => c.meta.uid);
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('puts each component in its own folder, never nested deeper', () => {
    // AGENTS: app in `app`; card in `app/cards`; settings in `app/settings`; webhooks in
    // `app/webhooks`; "Components can not be in nested subdirectories". App pages in `app/pages`
    // (the source is named in hubspot-app-home.test.ts).
    const folderOf: Record<string, string> = {
      app: 'app',
      card: 'app/cards',
      page: 'app/pages',
      settings: 'app/settings',
      webhooks: 'app/webhooks',
    };
    for (const { file, meta } of components) {
      expect({ file, folder: path.posix.dirname(file) }).toEqual({
        file,
        folder: folderOf[meta.type],
      });
    }
  });

  it('ships no serverless functions, which marketplace apps cannot have', () => {
    // AGENTS: "app-function components are not available when config.distribution is set to marketplace".
    expect(ofType('app-function')).toEqual([]);
  });
});

describe('HubSpot 2025.2: the app component', () => {
  it('is the only app component, for the marketplace, with OAuth', () => {
    // AGENTS: "There can only be one app component"; marketplace distribution allows only oauth auth.
    const config = appConfig();
    expect(config.distribution).toBe('marketplace');
    expect(config.auth.type).toBe('oauth');
  });

  it('asks in its install link for exactly the required and optional scopes it configures', () => {
    // SCOPES: required scopes "must be present in the scope query parameter in your app's install
    // URL for successful installation"; conditionally required ones must be granted when present.
    const { auth } = appConfig();
    const link = new URL(installUrl('client', auth.redirectUrls[0] ?? '', 'state'));
    expect(link.searchParams.get('scope')?.split(' ')).toEqual(auth.requiredScopes);
    expect(link.searchParams.get('optional_scope')?.split(' ') ?? []).toEqual(auth.optionalScopes);
    expect(auth.conditionallyRequiredScopes).toEqual([]);
    // COMPS/app/oauth-marketplace/src/app/app-hsmeta.json lists `oauth` among required scopes.
    expect(auth.requiredScopes[0]).toBe('oauth');
  });

  it('lets UI extensions fetch only https URLs that are not localhost', () => {
    // FETCH: "fetch URLs must be valid HTTPS URLs and cannot be localhost"; AGENTS: fully qualified
    // domain names only.
    const { permittedUrls } = appConfig();
    expect(permittedUrls.fetch.length).toBeGreaterThan(0);
    for (const url of permittedUrls.fetch) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(parsed.hostname).toMatch(/\./);
      expect(parsed.hostname).not.toMatch(/^(localhost|127\.|0\.0\.0\.0)/);
    }
  });
});

describe('HubSpot 2025.2: the card and the settings page', () => {
  it('has a contact record card whose entrypoint is in the upload', () => {
    // COMPS/cards/src/app/cards/card-hsmeta.json: name, location, entrypoint under /app/cards,
    // objectTypes; AGENTS lists the CRM extension points crm.record.tab, crm.record.sidebar,
    // crm.preview, helpdesk.sidebar.
    for (const card of ofType('card')) {
      const config = z
        .object({
          name: z.string().min(1),
          location: z.enum([
            'crm.record.tab',
            'crm.record.sidebar',
            'crm.preview',
            'helpdesk.sidebar',
          ]),
          entrypoint: z.string().regex(/^\/app\/cards\/[^/]+\.(jsx|tsx)$/),
          objectTypes: z.array(z.string()).min(1),
        })
        .loose()
        .parse(card.meta.config);
      expect(existsSync(path.join(srcDir, config.entrypoint))).toBe(true);
      expect(config.objectTypes).toEqual(['contacts']);
    }
    expect(ofType('card').length).toBeGreaterThan(0);
  });

  it('has exactly one settings component, with an entrypoint in the upload', () => {
    // AGENTS: "There can only be one settings component"; COMPS/settings/…/settings-page-hsmeta.json.
    const settings = only('settings');
    const config = z
      .object({ entrypoint: z.string().regex(/^\/app\/settings\/[^/]+\.(jsx|tsx)$/) })
      .parse(settings.meta.config);
    expect(existsSync(path.join(srcDir, config.entrypoint))).toBe(true);
  });

  it('gives each UI extension its own package.json with react and @hubspot/ui-extensions', () => {
    // COMPS/cards/src/app/cards/package.json and COMPS/settings/…/package.json.
    for (const folder of ['app/cards', 'app/settings']) {
      const pkg = z
        .object({ dependencies: z.record(z.string(), z.string()) })
        .parse(JSON.parse(readFileSync(path.join(srcDir, folder, 'package.json'), 'utf8')));
      expect(Object.keys(pkg.dependencies)).toEqual(
        expect.arrayContaining(['react', '@hubspot/ui-extensions']),
      );
    }
  });

  it('calls no window and no global fetch from a UI extension, only hubspot.fetch', () => {
    // AGENTS: "The global window object is not available"; "Cannot use window.fetch, and instead
    // must use the hubspot.fetch function".
    for (const file of [...sourcesIn('app/cards'), ...sourcesIn('app/settings')]) {
      const text = readFileSync(file, 'utf8');
      const where = path.relative(srcDir, file);
      // (A local variable may be called `window`; the browser's global is known by its members.)
      const browserWindow =
        /\bwindow\.(fetch|location|document|open|localStorage|sessionStorage|addEventListener)\b/;
      expect({ where, window: browserWindow.test(text) }).toEqual({ where, window: false });
      expect({ where, fetch: /(^|[^.\w])fetch\s*\(/m.test(text) }).toEqual({ where, fetch: false });
    }
  });

  it('keeps @hubspot/ui-extensions/crm out of the settings page', () => {
    // AGENTS: "React Components from @hubspot/ui-extensions/crm cannot be used in settings components".
    for (const file of sourcesIn('app/settings')) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/['"]@hubspot\/ui-extensions\/crm['"]/);
    }
  });
});

describe('HubSpot 2025.2: hubspot.fetch', () => {
  it('gives up no later than HubSpot does (15 s by default), and the backend answers well before', () => {
    // FETCH: "Each request has a default timeout of 15 seconds" (older versions of the page: a
    // maximum of 15 s). The backend's request budget (10 s, apps/hubspot/server/options.ts) leaves
    // time for HubSpot's single retry on a connection failure.
    expect(defaultBackendTimeoutMs).toBeLessThanOrEqual(15_000);
    const options = readFileSync(path.join(repoRoot, 'apps/hubspot/server/options.ts'), 'utf8');
    const budget = Number(/requestBudgetMs \?\? ([\d_]+)/.exec(options)?.[1]?.replaceAll('_', ''));
    expect(budget).toBeLessThan(defaultBackendTimeoutMs);
  });

  it('is called with method, timeout and a JSON object body only: no headers', async () => {
    // FETCH: "Custom headers: Not supported"; the request body is an object.
    const calls: Array<{ url: string; options: Record<string, unknown> }> = [];
    Object.assign(globalThis, {
      self: globalThis,
      __HUBSPOT_EXTENSION_WORKER__: true,
      extend_V2: () => undefined,
      hsFetch: (url: string, options: Record<string, unknown>) => {
        calls.push({ url, options });
        return Promise.resolve(Response.json({}));
      },
    });
    jest.resetModules(); // the SDK reads the worker globals when it loads
    const { hubspotTransport } = await import('../../apps/hubspot/card/host/hubspot-transport');
    const signal = new AbortController().signal;
    await hubspotTransport(`${defaultBackendUrl}/api/settings`, {
      method: 'PUT',
      body: { settings: {} },
      timeoutMs: 15_000,
      signal,
    });
    expect(calls).toHaveLength(1);
    expect(Object.keys(calls[0]?.options ?? {}).sort()).toEqual(['body', 'method', 'timeout']);
    expect(record.parse(calls[0]?.options.body)).toEqual({ settings: {} });
  });

  it('keeps what the backend accepts within the 1 MB payload limit', () => {
    // FETCH: "Both request and response payloads are limited to 1MB".
    const app = readFileSync(path.join(repoRoot, 'apps/hubspot/server/http/app.ts'), 'utf8');
    expect(app).toMatch(/bodyLimit: 1024 \* 1024/);
  });
});

describe('HubSpot 2025.2: the webhooks component', () => {
  it('is the one webhooks component, with an https targetUrl and the three subscription lists', () => {
    // AGENTS: "There can only be one webhooks component"; HOOKS and COMPS/webhooks/…/webhooks-hsmeta.json:
    // config.settings.targetUrl (+ maxConcurrentRequests) and subscriptions.crmObjects,
    // legacyCrmObjects, hubEvents.
    const hooks = z
      .object({
        settings: z.object({
          targetUrl: z.string(),
          maxConcurrentRequests: z.number().int().positive(),
        }),
        subscriptions: z.object({
          crmObjects: z.array(record),
          legacyCrmObjects: z.array(record),
          hubEvents: z.array(record),
        }),
      })
      .parse(only('webhooks').meta.config);
    expect(new URL(hooks.settings.targetUrl).protocol).toBe('https:');
    expect(new URL(hooks.settings.targetUrl).origin).toBe(new URL(defaultBackendUrl).origin);
  });

  it('subscribes contact.deletion as a legacy CRM event and contact.privacyDeletion as a hub event', () => {
    // HOOKS / COMPS example: contact.deletion under legacyCrmObjects, contact.privacyDeletion under
    // hubEvents. The marketplace asks for privacy-compliant contact deletions through webhooks
    // (https://developers.hubspot.com/docs/api/app-marketplace-listing-requirements, older version).
    const subscriptions = z
      .object({
        legacyCrmObjects: z.array(z.object({ subscriptionType: z.string(), active: z.boolean() })),
        hubEvents: z.array(z.object({ subscriptionType: z.string(), active: z.boolean() })),
      })
      .loose()
      .parse(
        z.object({ subscriptions: record }).loose().parse(only('webhooks').meta.config)
          .subscriptions,
      );
    expect(subscriptions.legacyCrmObjects).toContainEqual({
      subscriptionType: 'contact.deletion',
      active: true,
    });
    expect(subscriptions.hubEvents).toContainEqual({
      subscriptionType: 'contact.privacyDeletion',
      active: true,
    });
  });

  it('holds the contacts read scope that CRM webhook subscriptions need', () => {
    // https://developers.hubspot.com/docs/api/webhooks ("Scopes"): subscribing to CRM object events
    // needs the app to require crm.objects.contacts.read.
    expect(requiredScopes).toContain('crm.objects.contacts.read');
  });
});
