// Zendesk Support apps: each rule Tactful depends on, as an assertion on the package we ship
// (dist/zendesk and dist/zendesk.zip, built by `npm run build`). The public source of each rule is
// named beside it; the words are ours. Abbreviations:
//   ZAS    = github.com/zendesk/zendesk_apps_support (commit f3de3c7), the validator Zendesk runs on
//            an uploaded app: lib/zendesk_apps_support/{manifest/parameter.rb, location.rb,
//            app_requirement.rb, validations/*.rb, validations/custom_objects_v2/*.rb}
//   ZCLI   = github.com/zendesk/zcli, packages/zcli-apps/src/lib/package.ts (how a package is zipped)
//   SCAFF  = github.com/zendesk/app_scaffolds, packages/react (Zendesk's own React app scaffold)
//   SDK    = github.com/zendesk/zendesk_app_framework_sdk, lib/client.js
//   AUTO   = https://developer.zendesk.com/api-reference/ticketing/business-rules/automations/
//   MANI   = https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/
//   LIST   = https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_content/
// "unverified" marks a rule we keep without a public source found.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { zafSdkCdnUrl } from '../../webpack.config';
import {
  filesUnder,
  pngSize,
  scriptSources,
  zendeskPackage,
  zipEntries,
} from '../packaging/package-files';
import { zendeskParameterTypes } from './zendesk-parameter-types';

const { appDir, zipPath, readJson } = zendeskPackage;

// ZAS validations/translations.rb VALID_LOCALE.
const validLocale = /^[a-z]{2,3}(-\w{2,3})?$/;
// ZAS manifest/parameter.rb Parameter::TYPES.
const parameterTypes = zendeskParameterTypes;
// ZAS validations/manifest.rb SECURE_PARAM_SCOPES.
const secureScopes = [
  'header',
  'body',
  'url',
  'jwt_secret_key',
  'jwt_claim',
  'basic_auth_username',
  'basic_auth_password',
];
// ZAS location.rb: the Support product's locations.
const supportLocations = [
  'top_bar',
  'nav_bar',
  'ticket_sidebar',
  'new_ticket_sidebar',
  'user_sidebar',
  'organization_sidebar',
  'background',
  'modal',
  'ticket_editor',
  'system_top_bar',
];
// ZAS app_requirement.rb AppRequirement::TYPES.
const requirementTypes = [
  'automations',
  'channel_integrations',
  'custom_objects',
  'macros',
  'targets',
  'views',
  'ticket_fields',
  'triggers',
  'user_fields',
  'organization_fields',
  'webhooks',
  'custom_objects_v2',
];

const manifestSchema = z.looseObject({
  name: z.string().min(1),
  // ZAS validations/manifest.rb REQUIRED_MANIFEST_FIELDS (author, defaultLocale) and string_error
  // (author name, email, url are strings); MANI: author has name, email and url.
  author: z.object({ name: z.string().min(1), email: z.email(), url: z.url() }),
  defaultLocale: z.string().regex(validLocale),
  // ZAS boolean_error: private, singleInstall, signedUrls, requirementsOnly, marketingOnly.
  private: z.boolean().optional(),
  singleInstall: z.boolean().optional(),
  signedUrls: z.boolean().optional(),
  requirementsOnly: z.boolean().optional(),
  marketingOnly: z.boolean().optional(),
  version: z.string().min(1),
  // ZAS missing_framework_version: an app with locations must name its framework version.
  frameworkVersion: z.literal('2.0'),
  // ZAS type_checks: domainWhitelist is an array of strings.
  domainWhitelist: z.array(z.string()).optional(),
  location: z.record(
    z.string(),
    z.record(
      z.string(),
      // ZAS invalid_location_error: `flexible` is a boolean.
      z.looseObject({ url: z.string().min(1), flexible: z.boolean().optional() }),
    ),
  ),
  parameters: z.array(
    z
      .object({
        name: z.string().min(1),
        type: z.enum(parameterTypes),
        // ZAS parameters_error: required and secure are booleans.
        required: z.boolean().optional(),
        secure: z.boolean().optional(),
        default: z.union([z.string(), z.number(), z.boolean()]).optional(),
        scopes: z.array(z.enum(secureScopes)).optional(),
      })
      .strict(),
  ),
});
type Manifest = z.infer<typeof manifestSchema>;

let manifest: Manifest;
let files: string[];

beforeAll(() => {
  zendeskPackage.buildIfMissing();
  manifest = manifestSchema.parse(readJson('manifest.json'));
  files = filesUnder(appDir);
}, 180_000);

describe('manifest.json', () => {
  it('has the fields and types the validator requires', () => {
    // Parsed in beforeAll; a failure there names the field. ZAS ban_no_template: no noTemplate in v2.
    expect(readJson('manifest.json')).not.toHaveProperty('noTemplate');
    // ZAS default_locale_error: the default locale's translation file exists.
    expect(files).toContain(`translations/${manifest.defaultLocale}.json`);
  });

  it('declares only Support locations that exist, each at a file in the package or an https URL', () => {
    // ZAS invalid_location_error / invalid_host (hosts are products; we ship for Support only).
    expect(Object.keys(manifest.location)).toEqual(['support']);
    for (const [name, options] of Object.entries(manifest.location['support'] ?? {})) {
      expect(supportLocations).toContain(name);
      // ZAS invalid_location_uri_error: a relative URL must name a file in the package.
      if (!options.url.startsWith('https://')) expect(files).toContain(options.url);
    }
  });

  it('has parameters of known types, unique, with scopes only on secure ones', () => {
    const names = manifest.parameters.map((parameter) => parameter.name);
    // ZAS parameters_error: duplicate_parameters.
    expect(new Set(names).size).toBe(names.length);
    // ZAS name_as_parameter_name_error: "name" is reserved.
    expect(names).not.toContain('name');
    for (const parameter of manifest.parameters) {
      // ZAS invalid_secure_param_scopes_errors: scopes need secure: true and must not be empty.
      if (parameter.scopes !== undefined) {
        expect([parameter.name, parameter.secure, parameter.scopes.length > 0]).toEqual([
          parameter.name,
          true,
          true,
        ]);
      }
      // ZAS secure_settings.rb: a secure or hidden parameter with a default, or a secure one
      // without scopes, is warned about; a text parameter named like a secret (token, key, pwd,
      // password) that is not secure is warned about too.
      if (parameter.secure || parameter.type === 'hidden')
        expect(parameter.default).toBeUndefined();
      if (parameter.secure) expect(parameter.scopes?.length ?? 0).toBeGreaterThan(0);
      if (parameter.type === 'text' && /token|key|pwd|password/i.test(parameter.name)) {
        expect([parameter.name, parameter.secure]).toEqual([parameter.name, true]);
      }
    }
  });

  it('pairs every secure parameter with the hosts it may be sent to (unverified)', () => {
    // unverified: that Zendesk's proxy sends a secure setting only to a domainWhitelist host is
    // said in community answers, not in a source we found; ZAS does not check it.
    const secure = manifest.parameters.filter((parameter) => parameter.secure);
    if (secure.length > 0) expect(manifest.domainWhitelist?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('translations', () => {
  const locales = () =>
    files
      .filter((file) => file.startsWith('translations/'))
      .map((file) => file.slice('translations/'.length));

  it('are JSON files named by valid locales', () => {
    // ZAS validations/translations.rb TRANSLATIONS_PATH and VALID_LOCALE.
    for (const file of locales()) expect(file).toMatch(/^[a-z]{2,3}(-\w{2,3})?\.json$/);
  });

  it('have the marketplace keys in English, and a label for every parameter node', () => {
    // ZAS get_missing_keys: a public app's en.json has app.name, short_description,
    // long_description and installation_instructions (a private app only name; we keep all four so
    // the listing can go public).
    const english = z
      .looseObject({
        app: z.looseObject({
          name: z.string().min(1),
          short_description: z.string().min(1),
          long_description: z.string().min(1),
          installation_instructions: z.string().min(1),
        }),
      })
      .safeParse(readJson('translations/en.json'));
    expect(english.success).toBe(true);
    for (const file of locales()) {
      // ZAS format_error: each app.parameters.<name> is an object with a label.
      const parameters = z
        .looseObject({
          app: z.looseObject({
            parameters: z.record(z.string(), z.looseObject({ label: z.string().min(1) })),
          }),
        })
        .parse(readJson(`translations/${file}`)).app.parameters;
      expect([file, Object.keys(parameters).sort()]).toEqual([
        file,
        manifest.parameters.map((parameter) => parameter.name).sort(),
      ]);
    }
  });

  it('keep the listing name to 40 characters and the short description to 80', () => {
    const english = z
      .looseObject({ app: z.looseObject({ name: z.string(), short_description: z.string() }) })
      .parse(readJson('translations/en.json'));
    // LIST "Name": at most 40 characters, spaces included.
    expect(english.app.name.length).toBeLessThanOrEqual(40);
    // unverified for apps: 80 characters is the short-description limit Zendesk's bot submission
    // page states; ZAS does not check a length.
    expect(english.app.short_description.length).toBeLessThanOrEqual(80);
  });
});

const condition = z.object({ field: z.string(), operator: z.string(), value: z.string() }).strict();

const requirementsSchema = z
  .object({
    user_fields: z.record(
      z.string(),
      // ZAS invalid_custom_fields (key) and missing_required_fields (title).
      z.looseObject({ key: z.string().min(1), title: z.string().min(1), type: z.string() }),
    ),
    custom_objects_v2: z
      .object({
        // ZAS custom_objects_v2/schema_validator.rb required keys.
        objects: z.array(
          z.looseObject({
            key: z.string().min(1),
            title: z.string().min(1),
            title_pluralized: z.string().min(1),
            include_in_list_view: z.boolean(),
          }),
        ),
        object_fields: z.array(
          z.looseObject({
            key: z.string().min(1),
            title: z.string().min(1),
            type: z.string().min(1),
            object_key: z.string().min(1),
            custom_field_options: z.array(z.looseObject({ value: z.string() })).optional(),
          }),
        ),
        object_triggers: z.array(z.looseObject({ object_key: z.string() })).optional(),
      })
      .strict(),
    // AUTO "JSON format": conditions is an object with the all and any arrays; actions an array.
    automations: z.record(
      z.string(),
      z
        .object({
          title: z.string().min(1),
          active: z.boolean().optional(),
          conditions: z.object({ all: z.array(condition), any: z.array(condition) }).strict(),
          actions: z.array(z.object({ field: z.string(), value: z.string() }).strict()).min(1),
        })
        .strict(),
    ),
  })
  .strict();

describe('requirements.json', () => {
  const raw = () => z.record(z.string(), z.unknown()).parse(readJson('requirements.json'));

  it('names only requirement types Zendesk knows, within the total limit', () => {
    // ZAS invalid_requirements_types; excessive_requirements (at most 5000 in all).
    for (const type of Object.keys(raw())) expect(requirementTypes).toContain(type);
    const count = Object.values(raw())
      .map((group) => (typeof group === 'object' && group !== null ? Object.keys(group).length : 0))
      .reduce((sum, n) => sum + n, 0);
    expect(count).toBeLessThanOrEqual(5000);
  });

  it('has user fields, custom objects and automations in the shapes Zendesk creates them from', () => {
    const requirements = requirementsSchema.parse(raw());
    for (const [name, field] of Object.entries(requirements.user_fields)) {
      expect(field.key).toBe(name);
    }
    for (const automation of Object.values(requirements.automations)) {
      // AUTO: "include an action in the automation that cancels one of the conditions", or the
      // actions run again every hour; ours adds a tag a condition excludes.
      const cancels = automation.actions.some((action) =>
        automation.conditions.all.some(
          (c) =>
            c.field === 'current_tags' && c.operator === 'not_includes' && c.value === action.value,
        ),
      );
      expect([automation.title, cancels]).toEqual([automation.title, true]);
    }
  });

  it('keeps custom_objects_v2 within the validator limits', () => {
    const {
      objects,
      object_fields: fields,
      object_triggers: triggers = [],
    } = requirementsSchema.parse(raw()).custom_objects_v2;
    // ZAS custom_objects_v2/constants.rb: MAX_OBJECTS 50, MAX_FIELDS_PER_OBJECT 20,
    // MAX_DROPDOWN_FIELDS_PER_OBJECT 5, MAX_DROPDOWN_OPTIONS_PER_FIELD 10, MAX_TRIGGERS_PER_OBJECT 10.
    expect(objects.length).toBeLessThanOrEqual(50);
    for (const object of objects) {
      const own = fields.filter((field) => field.object_key === object.key);
      const dropdowns = own.filter((field) => field.type === 'dropdown');
      expect([object.key, own.length <= 20, dropdowns.length <= 5]).toEqual([
        object.key,
        true,
        true,
      ]);
      for (const dropdown of dropdowns) {
        expect(dropdown.custom_field_options?.length ?? 0).toBeLessThanOrEqual(10);
      }
      expect(
        triggers.filter((trigger) => trigger.object_key === object.key).length,
      ).toBeLessThanOrEqual(10);
    }
    // ZAS REFERENCE_VALIDATION_CONFIG: every field names a declared object.
    const keys = objects.map((object) => object.key);
    for (const field of fields) expect(keys).toContain(field.object_key);
  });
});

describe('assets and files', () => {
  it('has the two logos at the sizes Zendesk’s scaffold ships', () => {
    // SCAFF src/assets/logo.png is 320×320 and logo-small.png 128×128; ZAS package.rb uses
    // logo-small.png as the app's icon. The Marketplace's own size rule is unverified.
    expect(pngSize(path.join(appDir, 'assets', 'logo.png'))).toEqual({ width: 320, height: 320 });
    expect(pngSize(path.join(appDir, 'assets', 'logo-small.png'))).toEqual({
      width: 128,
      height: 128,
    });
  });

  it('loads the ZAF SDK from Zendesk’s CDN before our code, under a strict CSP, and bundles no copy of it', () => {
    // SCAFF src/index.html: <script src="https://static.zdassets.com/zendesk_app_framework_sdk/
    // 2.0/zaf_sdk.min.js"> before the app's script, so Zendesk's 2.0.x patch releases apply.
    const html = readFileSync(path.join(appDir, 'assets', 'index.html'), 'utf8');
    const scripts = scriptSources(html);
    // Zendesk's script first (it defines ZAFClient), exactly once; everything else is ours.
    expect(scripts[0]).toBe(zafSdkCdnUrl);
    for (const src of scripts.slice(1)) {
      expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(path.resolve(appDir, 'assets', src))).toBe(true);
    }
    const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' ${zafSdkCdnUrl};`);
    expect(csp).not.toContain('unsafe-eval');
    // SDK lib/client.js: the SDK opens with an `iframe.handshake` message; no bundle may carry one
    // (the unofficial npm republish of the SDK is gone), nor a file named after it.
    const bundles = files.filter((name) => name.endsWith('.js'));
    expect(bundles.filter((file) => /zaf_sdk/.test(file))).toEqual([]);
    for (const file of bundles) {
      expect([
        file,
        readFileSync(path.join(appDir, file), 'utf8').includes('iframe.handshake'),
      ]).toEqual([file, false]);
    }
  });

  it('has no http:// URL in HTML, and in scripts only names that are never fetched', () => {
    // ZAS validations/requests.rb warns (a warning, not an error) about every http:// URL in the
    // app's js and html files. Our libraries carry identifiers that look like URLs and are never
    // requested: XML namespaces (React), JSON Schema ids (zod), React's prop-types hint, zod's
    // own URL template, and the documentation links in moment's console warnings (moment-timezone,
    // under date-holidays-parser in the plans chunk); anything else would be a request a reviewer
    // must see.
    const names = /^http:\/\/(www\.w3\.org\/|json-schema\.org\/|fb\.me\/|\[\$\{|momentjs\.com\/)/;
    for (const file of files.filter((name) => /\.(html|js)$/.test(name))) {
      const text = readFileSync(path.join(appDir, file), 'utf8');
      const urls = text.match(/http:\/\/[^\s"'`<>)]+/g) ?? [];
      const fetched = file.endsWith('.html') ? urls : urls.filter((url) => !names.test(url));
      expect([file, fetched]).toEqual([file, []]);
    }
  });

  it('ships no file type the validator flags, no symlink and no local or build leftovers', () => {
    // ZAS validations/mime.rb UNSUPPORTED_MIME_TYPES (by extension here).
    const flagged =
      /\.(rar|zip|gz|pdf|docx?|avi|bin|bz2?|csh|sh|jar|mp3|mpeg|odt|pptx?|xlsx?|7z)$/i;
    expect(files.filter((file) => flagged.test(file))).toEqual([]);
    // ZAS validations/marketplace.rb no_symlinks.
    expect(files.filter((file) => lstatSync(path.join(appDir, file)).isSymbolicLink())).toEqual([]);
    // ZCLI createAppPkg zips `**` without tmp/** and the .zcliignore lines: zcli's own
    // zcli.apps.config.json (local settings), source maps and dotfiles must not reach the zip.
    const zipped = zipEntries(zipPath).map((entry) => entry.name);
    for (const name of zipped) {
      expect(name).not.toMatch(/(^|\/)(tmp\/|zcli\.apps\.config\.json$|\.)|\.map$/);
    }
    expect(zipped).toEqual(expect.arrayContaining(['manifest.json', 'requirements.json']));
  });

  it('keeps the zip small (unverified limit)', () => {
    // unverified: Zendesk's upload size limit for an app package; we keep well under 2 MB.
    expect(statSync(zipPath).size).toBeLessThan(2 * 1024 * 1024);
  });
});
