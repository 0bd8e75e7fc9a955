// The Zendesk manifest source (manifests/zendesk, before any build) against the code that reads it:
// every installation parameter the settings model reads, with its type and default, labelled and
// explained in English and Spanish; and every location the app renders declared, and no other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { locations } from '../../apps/zendesk/ui/locations';
import { zendeskParameters } from '../../apps/zendesk/host/zendesk-parameters';

const source = path.join(__dirname, '../../manifests/zendesk');
const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.join(source, file), 'utf8'));

const manifest = z
  .object({
    location: z.record(z.string(), z.record(z.string(), z.object({ url: z.string() }).loose())),
    parameters: z.array(
      z
        .object({
          name: z.string(),
          type: z.string(),
          default: z.unknown().optional(),
          secure: z.boolean().optional(),
        })
        .loose(),
    ),
  })
  .loose()
  .parse(readJson('manifest.json'));

const parameterText = z.record(
  z.string(),
  z.object({ label: z.string().trim().min(1), helpText: z.string().trim().min(1) }),
);
const translations = Object.fromEntries(
  (['en', 'es'] as const).map((locale) => [
    locale,
    z
      .object({ app: z.object({ parameters: parameterText }).loose() })
      .loose()
      .parse(readJson(`translations/${locale}.json`)).app.parameters,
  ]),
);

describe('manifests/zendesk: installation parameters', () => {
  it('declares exactly zendeskParameters: the same names, types and defaults, in order', () => {
    const declared = manifest.parameters
      .filter((parameter) => parameter.secure !== true)
      .map(({ name, type, default: byDefault }) => ({ name, type, default: byDefault }));
    expect(declared).toEqual(
      zendeskParameters.map(({ name, type, default: byDefault }) => ({
        name,
        type,
        default: byDefault,
      })),
    );
  });

  it.each(['en', 'es'] as const)('labels and explains every parameter in %s', (locale) => {
    const text = translations[locale] ?? {};
    const missing = manifest.parameters
      .map((parameter) => parameter.name)
      .filter((name) => text[name] === undefined);
    expect(missing).toEqual([]);
  });

  it('has Spanish labels written in Spanish, not copied from English', () => {
    const copied = zendeskParameters
      .map(({ name }) => name)
      .filter((name) => translations['es']?.[name]?.label === translations['en']?.[name]?.label);
    expect(copied).toEqual([]);
  });
});

describe('manifests/zendesk: locations', () => {
  it('declares every location the app renders, each opening the app page, and no others', () => {
    const declared = manifest.location['support'] ?? {};
    expect(Object.keys(declared).sort()).toEqual(Object.keys(locations).sort());
    expect(Object.keys(declared)).toContain('new_ticket_sidebar');
    for (const location of Object.values(declared)) expect(location.url).toBe('assets/index.html');
  });
});
