// The assembled HubSpot project (dist/hubspot) has the shape `hs project upload` expects for
// platform 2025.2: config files, exactly the scopes of apps/hubspot/scopes.ts (the install link's
// too), the privacy webhooks, https-only URLs, a card whose entrypoint
// and imports all resolve inside the upload, and no secrets.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { z } from 'zod';
import { optionalScopes, requiredScopes, scopeUses } from '../../apps/hubspot/scopes';
import { installUrl } from '../../apps/hubspot/server/oauth';
import { buildHubspot, defaultBackendUrl, type HubspotBuild } from '../../scripts/build-hubspot';

const repoRoot = path.resolve(__dirname, '..', '..');

const hsProject = z.object({
  name: z.string().min(1),
  srcDir: z.string().min(1),
  platformVersion: z.literal('2025.2'),
});

const httpsUrl = z
  .string()
  .url()
  .refine((url) => url.startsWith('https://'), 'must be https')
  .refine((url) => !/\/\/(localhost|127\.|0\.0\.0\.0)/.test(url), 'must not be local');

const uid = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/);

const appMeta = z.object({
  uid,
  type: z.literal('app'),
  config: z.object({
    name: z.string().min(1).max(200),
    description: z.string().min(1).max(8192),
    distribution: z.literal('marketplace'),
    auth: z.object({
      type: z.literal('oauth'),
      redirectUrls: z.array(httpsUrl).min(1),
      requiredScopes: z.array(z.string()).min(1),
      optionalScopes: z.array(z.string()),
      conditionallyRequiredScopes: z.array(z.string()),
    }),
    permittedUrls: z.object({
      fetch: z.array(httpsUrl),
      iframe: z.array(httpsUrl),
      img: z.array(httpsUrl),
    }),
    support: z.object({ supportEmail: z.string().email() }).passthrough(),
  }),
});

const cardMeta = z.object({
  uid,
  type: z.literal('card'),
  config: z.object({
    name: z.string().min(1),
    description: z.string().optional(),
    location: z.enum(['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar']),
    entrypoint: z.string().regex(/^\/app\/cards\/[^/]+\.(jsx|tsx)$/),
    objectTypes: z.array(z.literal('contacts')).min(1),
  }),
});

const subscription = z.object({ subscriptionType: z.string(), active: z.boolean() }).loose();
const webhooksMeta = z.object({
  uid,
  type: z.literal('webhooks'),
  config: z.object({
    settings: z.object({ targetUrl: httpsUrl, maxConcurrentRequests: z.number().int().positive() }),
    subscriptions: z.object({
      crmObjects: z.array(subscription),
      legacyCrmObjects: z.array(subscription),
      hubEvents: z.array(subscription),
    }),
  }),
});

const settingsMeta = z.object({
  uid,
  type: z.literal('settings'),
  config: z.object({ entrypoint: z.string().regex(/^\/app\/settings\/[^/]+\.(jsx|tsx)$/) }),
});

// The 2025.2 app home page: developers.hubspot.com/docs/apps/developer-platform/add-features/
// ui-extensibility/create-an-app-home-page ("type": "page", "location": "home", entry under src/app/pages).
const homePageMeta = z.object({
  uid,
  type: z.literal('page'),
  config: z.object({
    entrypoint: z.string().regex(/^\/app\/pages\/[^/]+\.(jsx|tsx)$/),
    location: z.literal('home'),
  }),
});

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A HubSpot component folder's package.json: every dependency at an exact version. */
const componentPackage = z.object({
  dependencies: z.record(z.string(), z.string().regex(/^\d+\.\d+\.\d+$/)),
});

/**
 * Expects each import of `file` to resolve inside `folder` (a relative import) or to name a package
 * `declared` lists; a failure names the file from `root`.
 */
function expectImportsInside(
  file: string,
  folder: string,
  declared: z.infer<typeof componentPackage>,
  root: string,
): void {
  // Imports as TypeScript reads them (static, re-exports, import()), as scripts/build-hubspot.ts
  // does: a catalog entry such as 'outcomes.filter.from': 'From' is no import.
  const source = readFileSync(file, 'utf8');
  for (const { fileName: spec } of ts.preProcessFile(source, true, true).importedFiles) {
    if (spec.startsWith('.')) {
      const base = path.resolve(path.dirname(file), spec);
      const found = ['', '.ts', '.tsx', '/index.ts'].some((ext) => existsSync(base + ext));
      expect({ file: path.relative(root, file), spec, found }).toMatchObject({ found: true });
      expect(path.relative(folder, base).startsWith('..')).toBe(false);
    } else {
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0];
      expect(Object.keys(declared.dependencies)).toContain(name);
    }
  }
}

describe('HubSpot project (dist/hubspot)', () => {
  let outDir: string;
  let build: HubspotBuild;
  let srcDir: string;

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'tactful-hubspot-'));
    build = buildHubspot({ outDir, quiet: true, backendUrl: defaultBackendUrl });
    srcDir = path.join(
      outDir,
      hsProject.parse(readJson(path.join(outDir, 'hsproject.json'))).srcDir,
    );
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('is a platform 2025.2 project with its app config in src/app', () => {
    expect(existsSync(srcDir)).toBe(true);
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    expect(app.config.distribution).toBe('marketplace');
  });

  it('asks for exactly the scopes of apps/hubspot/scopes.ts, each still used by the code', () => {
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    expect(app.config.auth.requiredScopes).toEqual([...requiredScopes]);
    expect(app.config.auth.optionalScopes).toEqual([...optionalScopes]);
    expect(app.config.auth.conditionallyRequiredScopes).toEqual([]);
    const all = [...requiredScopes, ...optionalScopes];
    expect(new Set(all).size).toBe(all.length);
    // The settings page's super-admin check reads /settings/v3/users/{id}, which takes
    // settings.users.read (HubSpot/HubSpot-public-api-spec-collection,
    // PublicApiSpecs/Settings/User Provisioning/Rollouts/144927/v3/userProvisioning.json).
    expect(requiredScopes).toContain('settings.users.read');
    // Nothing reads contact property definitions without also holding crm.objects.contacts.read.
    expect(all).not.toContain('crm.schemas.contacts.read');
    for (const use of scopeUses) {
      const source = readFileSync(path.join(repoRoot, use.usedIn), 'utf8');
      expect({ scope: use.scope, used: source.includes(use.evidence) }).toEqual({
        scope: use.scope,
        used: true,
      });
    }
  });

  it('keeps the source app-hsmeta.json in step with apps/hubspot/scopes.ts (a drift fails here)', () => {
    const source = appMeta.parse(
      readJson(path.join(repoRoot, 'manifests', 'hubspot', 'src', 'app', 'app-hsmeta.json')),
    );
    expect(source.config.auth.requiredScopes).toEqual([...requiredScopes]);
    expect(source.config.auth.optionalScopes).toEqual([...optionalScopes]);
  });

  it("builds the backend's install link with the same scopes as the uploaded configuration", () => {
    // HubSpot refuses an install whose link's `scope` lacks a required scope of the app
    // (https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes).
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    const link = new URL(installUrl('client', `${defaultBackendUrl}/oauth/callback`, 'state'));
    expect(link.searchParams.get('scope')?.split(' ')).toEqual(app.config.auth.requiredScopes);
    expect(link.searchParams.get('optional_scope')?.split(' ')).toEqual(
      app.config.auth.optionalScopes,
    );
    expect(app.config.auth.redirectUrls).toContain(link.searchParams.get('redirect_uri'));
  });

  it('subscribes the webhooks component to contact deletions at the backend it is built for', () => {
    const hooks = webhooksMeta.parse(
      readJson(path.join(srcDir, 'app', 'webhooks', 'webhooks-hsmeta.json')),
    );
    expect(hooks.config.settings.targetUrl).toBe(`${defaultBackendUrl}/webhooks/hubspot`);
    const types = [
      ...hooks.config.subscriptions.legacyCrmObjects,
      ...hooks.config.subscriptions.hubEvents,
    ]
      .filter((subscription) => subscription.active)
      .map((subscription) => subscription.subscriptionType);
    expect(types.sort()).toEqual(['contact.deletion', 'contact.privacyDeletion']);
  });

  it('lets the card fetch only our backend, over https, at the URL the card calls', () => {
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    const cardUrl = /backendBaseUrl = '([^']+)'/.exec(
      readFileSync(path.join(build.cardsDir, 'host', 'backend-url.ts'), 'utf8'),
    )?.[1];
    expect(cardUrl).toBe(defaultBackendUrl);
    expect(app.config.permittedUrls.fetch).toEqual([defaultBackendUrl]);
  });

  it('has a contact card whose entrypoint exists, with a uid distinct from the app', () => {
    const cardsDir = path.join(srcDir, 'app', 'cards');
    const metas = readdirSync(cardsDir).filter((name) => name.endsWith('-hsmeta.json'));
    expect(metas.length).toBeGreaterThan(0);
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    const uids = new Set([app.uid]);
    for (const meta of metas) {
      const card = cardMeta.parse(readJson(path.join(cardsDir, meta)));
      expect(uids.has(card.uid)).toBe(false);
      uids.add(card.uid);
      expect(existsSync(path.join(srcDir, card.config.entrypoint))).toBe(true);
    }
  });

  it('is self-contained: every import resolves inside the cards folder or to a declared package', () => {
    const cardPackage = componentPackage.parse(readJson(path.join(build.cardsDir, 'package.json')));
    expect(cardPackage.dependencies['react']).toBe('18.3.1');
    expect(cardPackage.dependencies['@hubspot/ui-extensions']).toBe('0.17.0');
    const sources = filesUnder(build.cardsDir).filter((file) => /\.(ts|tsx)$/.test(file));
    expect(sources.some((file) => file.endsWith('.test.ts') || file.endsWith('.test.tsx'))).toBe(
      false,
    );
    for (const file of sources) expectImportsInside(file, build.cardsDir, cardPackage, outDir);
  });

  it('has an app settings component whose entry and imports all resolve inside its folder', () => {
    const settingsDir = path.join(srcDir, 'app', 'settings');
    expect(build.settingsDir).toBe(settingsDir);
    const metas = readdirSync(settingsDir).filter((name) => name.endsWith('-hsmeta.json'));
    expect(metas).toHaveLength(1); // HubSpot allows one settings component an app
    const settings = settingsMeta.parse(readJson(path.join(settingsDir, metas[0] ?? '')));
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    expect(settings.uid).not.toBe(app.uid);
    expect(existsSync(path.join(srcDir, settings.config.entrypoint))).toBe(true);
    const settingsPackage = componentPackage.parse(
      readJson(path.join(settingsDir, 'package.json')),
    );
    for (const file of filesUnder(settingsDir).filter((name) => /\.(ts|tsx)$/.test(name))) {
      expect(/\.test\.tsx?$/.test(file)).toBe(false);
      expectImportsInside(file, settingsDir, settingsPackage, outDir);
    }
  });

  it('has the outcomes app home page, whose entry and imports all resolve inside its folder', () => {
    const pagesDir = path.join(srcDir, 'app', 'pages');
    expect(build.pagesDir).toBe(pagesDir);
    const metas = readdirSync(pagesDir).filter((name) => name.endsWith('-hsmeta.json'));
    expect(metas).toHaveLength(1);
    const page = homePageMeta.parse(readJson(path.join(pagesDir, metas[0] ?? '')));
    const app = appMeta.parse(readJson(path.join(srcDir, 'app', 'app-hsmeta.json')));
    expect(page.uid).not.toBe(app.uid);
    expect(existsSync(path.join(srcDir, page.config.entrypoint))).toBe(true);
    const pagesPackage = componentPackage.parse(readJson(path.join(pagesDir, 'package.json')));
    for (const file of filesUnder(pagesDir).filter((name) => /\.(ts|tsx)$/.test(name))) {
      expect(/\.test\.tsx?$/.test(file)).toBe(false);
      expectImportsInside(file, pagesDir, pagesPackage, outDir);
    }
  });

  it('carries no secrets, no environment reads and no plain-http URLs', () => {
    const secretLike =
      /(client[_-]?secret|HUBSPOT_CLIENT_SECRET|TACTFUL_ENCRYPTION_KEY|pat-(na|eu)\d-[0-9a-f-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|process\.env)/i;
    for (const file of filesUnder(outDir)) {
      const text = readFileSync(file, 'utf8');
      expect({ file: path.relative(outDir, file), secret: secretLike.exec(text)?.[0] }).toEqual({
        file: path.relative(outDir, file),
        secret: undefined,
      });
      if (file.endsWith('.json')) expect(text).not.toMatch(/http:\/\//);
    }
  });

  it('carries no Zendesk-only code: no installation parameter table, no cursor pagination', () => {
    const zendeskOnly = /zendesk-parameters|zendesk-cursor|policy_min_instalment|zendeskNextPath/;
    for (const file of filesUnder(outDir)) {
      const text = readFileSync(file, 'utf8');
      expect({ file: path.relative(outDir, file), found: zendeskOnly.exec(text)?.[0] }).toEqual({
        file: path.relative(outDir, file),
        found: undefined,
      });
    }
  });

  it('points the card and the app config at a deployment-specific backend when told to', () => {
    const custom = mkdtempSync(path.join(tmpdir(), 'tactful-hubspot-custom-'));
    try {
      const built = buildHubspot({
        outDir: custom,
        quiet: true,
        backendUrl: 'https://collect.example.com',
      });
      const app = appMeta.parse(readJson(path.join(custom, 'src', 'app', 'app-hsmeta.json')));
      expect(app.config.permittedUrls.fetch).toEqual(['https://collect.example.com']);
      expect(
        webhooksMeta.parse(
          readJson(path.join(custom, 'src', 'app', 'webhooks', 'webhooks-hsmeta.json')),
        ).config.settings.targetUrl,
      ).toBe('https://collect.example.com/webhooks/hubspot');
      expect(readFileSync(path.join(built.cardsDir, 'host', 'backend-url.ts'), 'utf8')).toContain(
        "'https://collect.example.com'",
      );
      expect(() =>
        buildHubspot({ outDir: custom, quiet: true, backendUrl: 'http://collect.example.com' }),
      ).toThrow(/https/);
    } finally {
      rmSync(custom, { recursive: true, force: true });
    }
  });
});
