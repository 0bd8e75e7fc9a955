// What the built Zendesk sidebar makes an agent's browser download before it paints, gzipped, against
// the budgets in bench/budgets.ts (issue 16): the first load (what assets/index.html loads) and the
// ticket sidebar's first paint (the first load and the ticket-sidebar chunk group).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { firstLoadBudgetKb, ticketSidebarFirstPaintBudgetKb } from '../../bench/budgets';
import { repoRoot, zendeskPackage } from './package-files';

const chunksFile = path.join(repoRoot, 'dist', 'zendesk-chunks.json');
const chunksSchema = z.object({
  firstLoad: z.array(z.string()),
  groups: z.record(z.string(), z.array(z.string())),
});

/** Gzipped KB (1024 B, zlib's default level as servers send it) of the built JS files named. */
function gzippedKb(files: readonly string[]): number {
  const bytes = files
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => {
      const content = readFileSync(path.join(zendeskPackage.appDir, file));
      return sum + gzipSync(content).length;
    }, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

describe('dist/zendesk: JavaScript before first paint', () => {
  let chunks: z.infer<typeof chunksSchema>;
  beforeAll(() => {
    zendeskPackage.buildIfMissing();
    if (!existsSync(chunksFile)) throw new Error(`${chunksFile} is missing: run npm run build`);
    chunks = chunksSchema.parse(JSON.parse(readFileSync(chunksFile, 'utf8')));
  });

  it(`loads at most ${firstLoadBudgetKb} KB gzipped from assets/index.html`, () => {
    const html = readFileSync(path.join(zendeskPackage.appDir, 'assets', 'index.html'), 'utf8');
    for (const file of chunks.firstLoad.filter((name) => name.endsWith('.js'))) {
      expect(html).toContain(path.basename(file));
    }
    expect(gzippedKb(chunks.firstLoad)).toBeLessThanOrEqual(firstLoadBudgetKb);
  });

  /**
   * Each language's chunk group (shared/i18n/load.ts): its opening messages (`messages-opening-en`),
   * which the first paint waits for, or its whole catalog (`messages-en`), which loads beside them.
   */
  function catalogGroups(part: 'opening' | 'whole'): Array<[language: string, files: string[]]> {
    const name = part === 'opening' ? /^messages-opening-([a-z]{2})$/ : /^messages-([a-z]{2})$/;
    return Object.entries(chunks.groups).flatMap(([group, files]) => {
      const language = name.exec(group)?.[1];
      return language === undefined ? [] : [[language, files]];
    });
  }

  it(`paints the ticket sidebar with at most ${ticketSidebarFirstPaintBudgetKb} KB gzipped`, () => {
    const group = chunks.groups['ticket-sidebar'];
    if (group === undefined) throw new Error('The build has no ticket-sidebar chunk group');
    // The agent's opening messages load before the location renders: every language must fit.
    expect(catalogGroups('opening').map(([language]) => language)).toEqual(
      expect.arrayContaining(['en', 'es']),
    );
    for (const [, catalog] of catalogGroups('opening')) {
      const files = [...new Set([...chunks.firstLoad, ...group, ...catalog])];
      expect(gzippedKb(files)).toBeLessThanOrEqual(ticketSidebarFirstPaintBudgetKb);
    }
  });

  // One language's messages before first paint, the agent's (issue 16): the first load and the
  // ticket sidebar's chunk group carry no catalog, each language's chunk carries its own only. A
  // message that is plain text in both languages is its own marker (JSON strings survive minifying).
  it('ships the agent’s catalog alone before first paint, each language its own chunk', () => {
    const compiled = (language: string) =>
      z
        .record(z.string(), z.unknown())
        .parse(
          JSON.parse(
            readFileSync(
              path.join(repoRoot, 'shared', 'i18n', 'compiled', `${language}.json`),
              'utf8',
            ),
          ),
        );
    const english = compiled('en');
    const spanish = compiled('es');
    const plain = /^[A-Za-z ,.]{30,}$/;
    const key = Object.keys(english).find((candidate) => {
      const [en, es] = [english[candidate], spanish[candidate]];
      return typeof en === 'string' && typeof es === 'string' && plain.test(en) && plain.test(es);
    });
    if (key === undefined) throw new Error('No message is plain text in both languages');
    const markers = { en: String(english[key]), es: String(spanish[key]) };
    for (const marker of Object.values(markers)) {
      expect(firstPaintFilesContaining(marker)).toEqual([]);
    }
    const groups = Object.fromEntries(catalogGroups('whole'));
    expect(filesContaining(groups['en'] ?? [], markers.en)).not.toEqual([]);
    expect(filesContaining(groups['en'] ?? [], markers.es)).toEqual([]);
    expect(filesContaining(groups['es'] ?? [], markers.es)).not.toEqual([]);
    expect(filesContaining(groups['es'] ?? [], markers.en)).toEqual([]);
  });

  // The first paint waits for the opening messages only (shared/i18n/compile.ts `openingKey`: the
  // customer card, the app's states, the errors): each language's its own chunk, and a message only
  // a later panel says (the tone check's title) is in the whole catalog, not in them.
  it('waits for the opening messages alone before first paint, each language its own', () => {
    const compiled = (name: string) =>
      z
        .record(z.string(), z.unknown())
        .parse(
          JSON.parse(
            readFileSync(path.join(repoRoot, 'shared', 'i18n', 'compiled', `${name}.json`), 'utf8'),
          ),
        );
    const opening = catalogGroups('opening');
    expect(opening.map(([language]) => language).sort()).toEqual(['en', 'es']);
    const whole = Object.fromEntries(catalogGroups('whole'));
    for (const [language, files] of opening) {
      const later = String(compiled(language)['tone.title']);
      expect(compiled(`opening-${language}`)['tone.title']).toBeUndefined();
      expect(filesContaining(files, JSON.stringify(later))).toEqual([]);
      expect(filesContaining(whole[language] ?? [], JSON.stringify(later))).not.toEqual([]);
      const cardTitle = String(compiled(`opening-${language}`)['customer.title']);
      expect(filesContaining(files, JSON.stringify(cardTitle))).not.toEqual([]);
    }
  });

  // The settings check (every parameter's validation and its messages) loads after the first paint:
  // it says nothing to an agent while the settings are sound.
  it('validates the installation settings after the ticket sidebar paints', () => {
    const settingsCode = "'not-a-whole-number'";
    expect(
      readFileSync(path.join(repoRoot, 'shared', 'settings', 'messages.ts'), 'utf8'),
    ).toContain(settingsCode);
    expect(firstPaintFilesContaining('"not-a-whole-number"')).toEqual([]);
    expect(
      filesContaining(chunks.groups['settings-attention'] ?? [], '"not-a-whole-number"'),
    ).not.toEqual([]);
  });

  /** The JS files among `files` whose text contains `marker`. */
  function filesContaining(files: readonly string[], marker: string): string[] {
    return [...new Set(files)]
      .filter((file) => file.endsWith('.js'))
      .filter((file) =>
        readFileSync(path.join(zendeskPackage.appDir, file), 'utf8').includes(marker),
      );
  }

  /** The JS files before the ticket sidebar paints whose text contains `marker`. */
  function firstPaintFilesContaining(marker: string): string[] {
    return filesContaining(
      [...chunks.firstLoad, ...(chunks.groups['ticket-sidebar'] ?? [])],
      marker,
    );
  }

  // A panel's error alert and the panels after the customer card are chunks of their own, fetched
  // beside the first paint (issue 16): a sidebar that reads fine paints without Garden's buttons and
  // alerts (7 KB gzipped). Garden names each component in a string literal, which minifiers keep.
  it('carries neither Garden buttons nor alerts before the ticket sidebar paints', () => {
    const markers = {
      button: ['@zendeskgarden/react-buttons', 'StyledButton.js', "'buttons.button'"],
      alert: ['@zendeskgarden/react-notifications', 'StyledAlert.js', "'notifications.alert'"],
    } as const;
    for (const [packageName, file, literal] of Object.values(markers)) {
      const source = path.join(
        repoRoot,
        'node_modules',
        packageName,
        'dist',
        'esm',
        'styled',
        file,
      );
      expect(readFileSync(source, 'utf8')).toContain(literal);
      const marker = `"${literal.slice(1, -1)}"`;
      expect(firstPaintFilesContaining(marker)).toEqual([]);
      // Still in the app: the error alert's chunk carries both.
      expect(filesContaining(chunks.groups['error-alert'] ?? [], marker)).not.toEqual([]);
    }
  });

  // The first paint parses with zod/mini; classic zod (its own ~38 KB minified on top of the shared
  // core) belongs to the lazy panels only. Classic zod names its base schema "ZodType" (zod/mini's
  // is "ZodMiniType", the core's "$ZodType"), and minifiers keep string literals.
  it('carries no classic zod before the ticket sidebar paints, only zod/mini', () => {
    const classicMarker = '"ZodType"';
    const classicSource = path.join(repoRoot, 'node_modules', 'zod', 'v4', 'classic', 'schemas.js');
    expect(readFileSync(classicSource, 'utf8')).toContain(`$constructor(${classicMarker}`);
    expect(firstPaintFilesContaining(classicMarker)).toEqual([]);
  });

  // Luxon (~70 KB minified, ~20 KB gzipped) is for the lazy panels' time zone arithmetic (history,
  // signals, outcomes); the first paint reads dates through shared/calendar's integer dates and
  // Intl (issue 16). Luxon's invalid DateTime prints as this literal, which minifiers keep.
  it('carries no Luxon before the ticket sidebar paints', () => {
    const luxonMarker = '"Invalid DateTime"';
    const luxonSource = path.join(repoRoot, 'node_modules', 'luxon', 'build', 'es6', 'luxon.mjs');
    expect(readFileSync(luxonSource, 'utf8')).toContain(luxonMarker);
    expect(firstPaintFilesContaining(luxonMarker)).toEqual([]);
    // Luxon is still in the app, in the chunks of the panels that load after first paint.
    expect(filesContaining(Object.values(chunks.groups).flat(), luxonMarker)).not.toEqual([]);
  });

  // The tone check (its rules, the Spanish stemmer, the panel) is a chunk of its own that loads beside
  // the first paint (issue 16): the customer overview does not wait for it. Rule ids and the
  // stemmer's name are string literals, which minifiers keep.
  it('carries neither the tone rules nor the Spanish stemmer before the ticket sidebar paints', () => {
    const ruleId = "'en.threat.harm'";
    expect(readFileSync(path.join(repoRoot, 'shared', 'tone', 'rules', 'en.ts'), 'utf8')).toContain(
      ruleId,
    );
    const stemmerName = "'stemmer-es'";
    const stemmerSource = path.join(
      repoRoot,
      'node_modules',
      '@nlpjs',
      'lang-es',
      'src',
      'stemmer-es.js',
    );
    expect(readFileSync(stemmerSource, 'utf8')).toContain(stemmerName);
    for (const marker of ['en.threat.harm', 'stemmer-es']) {
      expect(firstPaintFilesContaining(`"${marker}"`)).toEqual([]);
      expect(filesContaining(chunks.groups['tone-check'] ?? [], `"${marker}"`)).not.toEqual([]);
    }
  });
});
