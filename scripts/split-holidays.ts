/**
 * Splits date-holidays' data (every country's, about 110 KB gzipped) into one file a country,
 * generated/holidays/<CC>.json: that country's rules with the shared names they refer to (in its
 * languages and English), in the shape date-holidays-parser reads.
 * shared/calendar/holidays-by-country.ts loads only the chosen country's (a lazy chunk a country in
 * the Zendesk app). Run by the Zendesk webpack config and by the tests that load them; writes only
 * files that changed, so it is cheap to run again.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where the per-country files go (git-ignored, generated). */
export const holidayDataDir = path.join(root, 'generated', 'holidays');

interface HolidayData {
  version: string;
  license: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

/**
 * What a country's rules refer to outside themselves: the shared names (`_name`) and the countries
 * whose days they copy (`_days`: 'FR', ['DE', 'states', 'BY'], as for overseas territories).
 */
function references(value: unknown, into: { names: Set<string>; countries: Set<string> }): void {
  if (Array.isArray(value)) for (const item of value) references(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '_name' && typeof item === 'string') into.names.add(item);
      else if (key === '_days') {
        const country: unknown = Array.isArray(item) ? item[0] : item;
        if (typeof country === 'string') into.countries.add(country);
      } else references(item, into);
    }
  }
}

/** A country's rules with every country they copy days from, and the names all of them use. */
function countryData(data: HolidayData, country: string): HolidayData {
  const used = { names: new Set(['substitutes']), countries: new Set([country]) };
  const read = new Set<string>();
  for (let next: string | undefined = country; next !== undefined;) {
    read.add(next);
    references(data.holidays[next], used);
    next = [...used.countries].find((other) => !read.has(other));
  }
  const pick = <T>(from: Record<string, T>, keys: Set<string>) =>
    Object.fromEntries(Object.entries(from).filter(([key]) => keys.has(key)));
  const holidays = pick(data.holidays, used.countries);
  // A shared name in the countries' own languages and English, not in all fifty: names are most
  // of the data, and no date depends on them.
  const languages = new Set(['en']);
  for (const rules of Object.values(holidays)) {
    const langs = (rules as { langs?: unknown }).langs;
    if (Array.isArray(langs)) for (const lang of langs) languages.add(String(lang));
  }
  const names = Object.fromEntries(
    Object.entries(pick(data.names, used.names)).map(([key, entry]) => {
      const { name } = entry as { name: Record<string, string> };
      const kept = pick(name, languages);
      return [key, { name: Object.keys(kept).length > 0 ? kept : name }];
    }),
  );
  return { version: data.version, license: data.license, holidays, names };
}

/** Writes one file a country into `outDir`; returns how many countries there are. */
export function splitHolidayData(outDir = holidayDataDir): number {
  // The package's exports map hides its data folder from imports, not from the file system.
  const packageJson = createRequire(import.meta.url).resolve('date-holidays/package.json');
  const file = path.join(path.dirname(packageJson), 'data', 'holidays.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as HolidayData;
  mkdirSync(outDir, { recursive: true });
  for (const country of Object.keys(data.holidays)) {
    const text = JSON.stringify(countryData(data, country));
    const target = path.join(outDir, `${country}.json`);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) writeFileSync(target, text);
  }
  return Object.keys(data.holidays).length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = splitHolidayData();
  console.log(`split holidays: ${count} countries in ${path.relative(root, holidayDataDir)}`);
}
