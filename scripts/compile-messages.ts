/** `npm run i18n:compile`: parses shared/i18n/messages/*.ts into shared/i18n/compiled/*.json. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCatalog } from '../shared/i18n/compile';
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
  const file = path.join(dir, `${language}.json`);
  writeFileSync(file, `${JSON.stringify(compileCatalog(catalog))}\n`);
  console.log(
    `i18n: ${path.relative(process.cwd(), file)} (${Object.keys(catalog).length} messages)`,
  );
}
