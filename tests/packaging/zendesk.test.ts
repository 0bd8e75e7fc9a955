// The built Zendesk app (dist/zendesk) and its zip (dist/zendesk.zip) against the rules Zendesk's app
// validator applies on upload: required manifest keys, locations that exist, parameters with valid
// types and translated labels, secure parameters with scopes, marketplace strings, no secrets, no
// http:// URLs, logo sizes, requirements.json shape, and a zip laid out the way zcli makes it.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zendeskParameters } from '../../apps/zendesk/host/zendesk-parameters';
import { zendeskParameterTypes } from '../platform/zendesk-parameter-types';
import { filesUnder, zendeskPackage, zipEntries } from './package-files';

const { appDir, zipPath, readJson } = zendeskPackage;

const manifestSchema = z.object({
  name: z.string().min(1),
  author: z.object({ name: z.string().min(1), email: z.email(), url: z.url().optional() }),
  defaultLocale: z.string().min(2),
  location: z.record(
    z.string(),
    z.record(z.string(), z.object({ url: z.string(), flexible: z.boolean().optional() })),
  ),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  frameworkVersion: z.literal('2.0'),
  domainWhitelist: z.array(z.string().regex(/^[a-z0-9.*-]+$/)).optional(),
  parameters: z.array(
    z
      .object({
        name: z.string().regex(/^[a-z][a-z0-9_]*$/),
        type: z.enum(zendeskParameterTypes),
        required: z.boolean().optional(),
        secure: z.boolean().optional(),
        scopes: z
          .array(z.enum(['header', 'body', 'url']))
          .min(1)
          .optional(),
        default: z.union([z.string(), z.number(), z.boolean()]).optional(),
      })
      .strict(),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;

const translationSchema = z.object({
  app: z.object({
    name: z.string().min(1),
    short_description: z.string().min(1).max(80),
    long_description: z.string().min(1),
    installation_instructions: z.string().min(1),
    parameters: z.record(
      z.string(),
      z.object({ label: z.string().min(1), helpText: z.string().min(1) }),
    ),
  }),
});

const userFieldTypes = [
  'text',
  'textarea',
  'checkbox',
  'date',
  'integer',
  'decimal',
  'regexp',
  'dropdown',
  'lookup',
];
const requirementsSchema = z
  .object({
    user_fields: z
      .record(
        z.string(),
        z.object({
          type: z.enum(userFieldTypes),
          key: z.string().regex(/^[a-z0-9_]+$/),
          title: z.string().min(1),
          description: z.string().optional(),
          regexp_for_validation: z.string().optional(),
        }),
      )
      .optional(),
    ticket_fields: z
      .record(z.string(), z.object({ type: z.string(), title: z.string() }))
      .optional(),
    custom_objects_v2: z.unknown().optional(),
    automations: z.unknown().optional(),
    triggers: z.unknown().optional(),
    targets: z.unknown().optional(),
    webhooks: z.unknown().optional(),
  })
  .strict();

/** Strings that look like credentials: PEM keys, cloud keys, bearer tokens, secret-named literals. */
const secretPatterns = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bAKIA[0-9A-Z]{16}\b/,
  /\b(?:xox[abpr]|ghp|gho|sk_live|pk_live|pat-na1)[-_][A-Za-z0-9-]{10,}/,
  /\bBearer\s+[A-Za-z0-9._~+/-]{20,}/,
  /["']?(?:api[_-]?key|api[_-]?token|secret|password|client[_-]?secret)["']?\s*[:=]\s*["'][A-Za-z0-9+/_.-]{12,}["']/i,
];

let manifest: Manifest;

beforeAll(() => {
  zendeskPackage.buildIfMissing();
  manifest = manifestSchema.parse(readJson('manifest.json'));
}, 180_000);

describe('dist/zendesk: manifest.json', () => {
  it('has the keys the validator requires, for a v2 ticket sidebar', () => {
    expect(manifest.location['support']?.['ticket_sidebar']).toEqual({
      url: 'assets/index.html',
      flexible: true,
    });
    expect(manifest.defaultLocale).toBe('en');
  });

  it('points every location at a file that exists in assets/, or at an https URL', () => {
    for (const locations of Object.values(manifest.location)) {
      for (const { url } of Object.values(locations)) {
        if (/^https:\/\//.test(url)) continue;
        expect(url).toMatch(/^assets\//);
        expect(existsSync(path.join(appDir, url))).toBe(true);
      }
    }
  });

  it('declares exactly the settings the app reads (apps/zendesk/host/zendesk-parameters.ts)', () => {
    const settings = manifest.parameters.filter((parameter) => !parameter.secure);
    expect(
      settings.map(({ name, type, default: byDefault }) => ({ name, type, default: byDefault })),
    ).toEqual(
      zendeskParameters.map(({ name, type, default: byDefault }) => ({
        name,
        type,
        default: byDefault,
      })),
    );
  });

  it('has unique parameter names, and scopes on every secure parameter', () => {
    const names = manifest.parameters.map((parameter) => parameter.name);
    expect(new Set(names).size).toBe(names.length);
    const secure = manifest.parameters.filter((parameter) => parameter.secure);
    for (const parameter of secure) {
      expect(parameter.scopes?.length).toBeGreaterThan(0);
      // A secure value must not ship a default: it would be visible in the package.
      expect(parameter.default).toBeUndefined();
    }
  });
});

describe('dist/zendesk: translations', () => {
  const locales = () =>
    readdirSync(path.join(appDir, 'translations')).map((file) => file.replace(/\.json$/, ''));

  it('has the default locale and Spanish', () => {
    expect(locales()).toEqual(expect.arrayContaining(['en', 'es']));
  });

  it('has every marketplace key and a label and help text for every parameter, in every locale', () => {
    for (const locale of locales()) {
      const translation = translationSchema.parse(readJson(`translations/${locale}.json`));
      for (const parameter of manifest.parameters) {
        expect([locale, parameter.name, translation.app.parameters[parameter.name]?.label]).toEqual(
          [locale, parameter.name, expect.any(String)],
        );
      }
      expect(Object.keys(translation.app.parameters).sort()).toEqual(
        manifest.parameters.map((parameter) => parameter.name).sort(),
      );
    }
  });

  it('carries only the marketplace texts: the UI strings are the shared catalog (shared/i18n)', () => {
    for (const locale of locales()) {
      expect(Object.keys(readJson(`translations/${locale}.json`) as object)).toEqual(['app']);
    }
  });
});

describe('dist/zendesk: assets and requirements', () => {
  // The logos, the ZAF SDK's script tag, the CSP and no bundled SDK copy: the platform rules in
  // tests/platform/zendesk.test.ts ('assets and files') check them once, with their sources.

  it('declares the fields the app reads in requirements.json, with valid types', () => {
    const requirements = requirementsSchema.parse(readJson('requirements.json'));
    const fields = requirements.user_fields ?? {};
    for (const [name, field] of Object.entries(fields)) {
      expect(field.key).toBe(name);
      if (field.type === 'regexp')
        expect(() => new RegExp(field.regexp_for_validation ?? '')).not.toThrow();
    }
    // Every field-mapping default names a declared user field.
    for (const parameter of manifest.parameters.filter((p) => p.name.startsWith('field_'))) {
      expect(Object.keys(fields)).toContain(parameter.default);
    }
  });

  it('has no http:// URLs in what Zendesk reads or the page loads', () => {
    const files = filesUnder(appDir).filter((file) => /\.(json|html)$/.test(file));
    for (const file of files) {
      expect([
        file,
        readFileSync(path.join(appDir, file), 'utf8').match(/http:\/\/[^\s"'<>]+/g),
      ]).toEqual([file, null]);
    }
  });

  it('contains nothing that looks like a secret', () => {
    for (const file of filesUnder(appDir).filter((name) => /\.(json|html|js|txt)$/.test(name))) {
      const text = readFileSync(path.join(appDir, file), 'utf8');
      for (const pattern of secretPatterns)
        expect([file, pattern.exec(text)?.[0]]).toEqual([file, undefined]);
    }
  });
});

describe('dist/zendesk.zip', () => {
  it('holds exactly the app folder, paths relative to it, as zcli apps:package makes it', () => {
    const names = zipEntries(zipPath).map((entry) => entry.name);
    const expected = filesUnder(appDir).filter(
      (file) => !file.startsWith('tmp/') && !file.split('/').some((part) => part.startsWith('.')),
    );
    expect(names.filter((name) => !name.endsWith('/')).sort()).toEqual(expected.sort());
    expect(names).toEqual(
      expect.arrayContaining(['manifest.json', 'requirements.json', 'assets/index.html']),
    );
  });

  it('holds the same manifest as the folder and stays well under the upload limit', () => {
    const manifestEntry = zipEntries(zipPath).find((entry) => entry.name === 'manifest.json');
    expect(JSON.parse(manifestEntry?.data.toString('utf8') ?? 'null')).toEqual(
      readJson('manifest.json'),
    );
    expect(statSync(zipPath).size).toBeLessThan(2 * 1024 * 1024);
  });
});
