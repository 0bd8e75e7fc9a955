/**
 * `npm run i18n:compile`: parses shared/i18n/messages/*.ts into shared/i18n/compiled/<language>.json
 * (what every host uses), compiled/hubspot-<language>.json (the card's and settings page's own) and
 * compiled/opening-<language>.json (the part of the first that the Zendesk sidebar's first paint speaks),
 * compiled/summary-<language>.json and settings-<language>.json (the messages the core writes itself:
 * plan summaries, the settings check's words),
 * compiled/card-opening-<language>.json (what the HubSpot card says before its catalog arrives), and
 * compiled/outcome-keys.json (the keys an outcomes view may name).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogParts, outcomeKeysOf } from '../shared/i18n/compile';
import { en } from '../shared/i18n/messages/en';
import { es } from '../shared/i18n/messages/es';

const dir = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'shared',
  'i18n',
  'compiled',
);

for (const [language, catalog] of Object.entries({ en, es })) {
  for (const [name, part] of Object.entries(catalogParts(language, catalog))) {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify(part)}\n`);
    console.log(
      `i18n: ${path.relative(process.cwd(), file)} (${Object.keys(part).length} messages)`,
    );
  }
}

// The keys an outcomes view may name, so the view's wire schema (shared/outcomes/wire.ts) checks a
// key without the catalog's words (issue 16).
const outcomeKeys = outcomeKeysOf(en);
writeFileSync(path.join(dir, 'outcome-keys.json'), `${JSON.stringify(outcomeKeys)}\n`);
console.log(`i18n: outcome-keys.json (${outcomeKeys.length} keys)`);
