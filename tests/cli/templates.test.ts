import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../apps/cli/main';
import { templateIds } from '../../shared/templates';
import { fakeIo } from './fake-io';

const ids = [...templateIds];

describe('tactful templates', () => {
  it('prints every template in both languages as JSON with id, locale, title and body', async () => {
    const run = fakeIo();
    expect(await main(['templates'], run.io)).toBe(0);
    const templates: unknown = JSON.parse(run.stdout());
    expect(Array.isArray(templates) && templates.length).toBe(14);
    expect(templates).toEqual(
      expect.arrayContaining([
        {
          id: 'early-reminder',
          locale: 'en',
          title: 'Early reminder before the due date',
          body: expect.stringMatching(/^Hi \{\{customerName\}\},\n\nThis is a friendly reminder/),
        },
        expect.objectContaining({ id: 'hardship-support', locale: 'es' }),
      ]),
    );
    for (const template of templates as Record<string, unknown>[]) {
      expect(Object.keys(template)).toEqual(['id', 'locale', 'title', 'body']);
    }
    expect(run.stderr()).toBe('');
  });

  it('keeps one language with --locale', async () => {
    for (const args of [['--locale', 'es'], ['--locale=es']]) {
      const run = fakeIo();
      expect(await main(['templates', ...args], run.io)).toBe(0);
      const templates = JSON.parse(run.stdout()) as { id: string; locale: string }[];
      expect(templates.map((template) => template.id)).toEqual(ids);
      expect(new Set(templates.map((template) => template.locale))).toEqual(new Set(['es']));
    }
  });

  it('refuses an unknown locale or option with a clear message and exit code 2', async () => {
    const unknownLocale = fakeIo();
    expect(await main(['templates', '--locale', 'fr'], unknownLocale.io)).toBe(2);
    expect(unknownLocale.stderr()).toBe(
      'tactful templates: unknown locale "fr"; use one of en, es\n',
    );
    expect(unknownLocale.stdout()).toBe('');

    const missingValue = fakeIo();
    expect(await main(['templates', '--locale'], missingValue.io)).toBe(2);
    expect(missingValue.stderr()).toContain('--locale needs a value');

    const unknownOption = fakeIo();
    expect(await main(['templates', '--html'], unknownOption.io)).toBe(2);
    expect(unknownOption.stderr()).toContain('unknown option "--html"');
  });

  it('explains itself with --help', async () => {
    const run = fakeIo();
    expect(await main(['templates', '--help'], run.io)).toBe(0);
    expect(run.stdout()).toContain('Usage: tactful templates [--locale en|es]');
  });

  it('works as a real command', () => {
    const result = spawnSync('npx', ['tactful', 'templates', '--locale', 'es'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    const templates = JSON.parse(result.stdout) as { id: string; locale: string; body: string }[];
    expect(templates).toHaveLength(7);
    expect(templates[0]).toEqual(
      expect.objectContaining({
        id: 'early-reminder',
        locale: 'es',
        body: expect.stringContaining('Hola, {{customerName}}:'),
      }),
    );
    const bad = spawnSync('npx', ['tactful', 'templates', '--locale', 'xx'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown locale "xx"');
    expect(bad.stderr).not.toMatch(/at .*\.ts/);
  });
});
