// format-compiled.ts writes the catalogs' precompiled messages without IntlMessageFormat (whose ICU
// parser HubSpot's build of the card cannot leave out, issue 16); IntlMessageFormat, which it
// replaced, is the oracle: every message of every catalog, in every catalog language and a few
// regional locales, with any values, reads the same.
import { describe, expect, it } from '@jest/globals';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import compiledEn from './compiled/en.json';
import compiledEs from './compiled/es.json';
import hubspotEn from './compiled/hubspot-en.json';
import hubspotEs from './compiled/hubspot-es.json';
import { formatCompiled, formattersFor, supportedElementTypes } from './format-compiled';
import { translatorOver } from './translator';

const catalogs = { en: compiledEn, es: compiledEs, hubspotEn, hubspotEs };
const locales = ['en', 'en-US', 'en-GB', 'es', 'es-ES', 'es-MX', 'es-419', 'pt-BR', 'de'];

/** Every message that is not plain text, as its elements, named `catalog/key`. */
const compiledMessages: [string, MessageFormatElement[]][] = Object.entries(catalogs).flatMap(
  ([catalog, messages]) =>
    Object.entries(messages).flatMap(([key, message]): [string, MessageFormatElement[]][] =>
      typeof message === 'string' ? [] : [[`${catalog}/${key}`, message]],
    ),
);

const anyNumber = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 5, 11, 21, 100, 1000, 1234.5, -1),
  fc.integer({ min: -10, max: 1_000_000 }),
);
const anyText = fc.string({ maxLength: 12 });

/** Values for what a message reads: a number for a plural, an option's name or any text for a select. */
function valuesFor(
  elements: readonly MessageFormatElement[],
  wanted = new Map<string, fc.Arbitrary<string | number>>(),
): Map<string, fc.Arbitrary<string | number>> {
  for (const element of elements) {
    if (element.type === 1 && !wanted.has(element.value))
      wanted.set(element.value, fc.oneof(anyNumber, anyText));
    if (element.type === 5)
      wanted.set(
        element.value,
        fc.oneof(fc.constantFrom(...Object.keys(element.options)), anyText),
      );
    if (element.type === 6) wanted.set(element.value, anyNumber);
    if (element.type === 5 || element.type === 6)
      for (const option of Object.values(element.options)) valuesFor(option.value, wanted);
  }
  return wanted;
}

describe('precompiled messages read as IntlMessageFormat wrote them', () => {
  it('holds only elements the writer knows', () => {
    const unknown = (elements: readonly MessageFormatElement[]): number[] =>
      elements.flatMap((element) => [
        ...(supportedElementTypes.has(element.type) ? [] : [element.type]),
        ...('options' in element
          ? Object.values(element.options).flatMap((option) => unknown(option.value))
          : []),
      ]);
    expect(compiledMessages.filter(([, elements]) => unknown(elements).length > 0)).toEqual([]);
  });

  it('writes every message alike, with any values, in any locale', () => {
    expect(compiledMessages.length).toBeGreaterThan(50);
    for (const [name, elements] of compiledMessages) {
      const values = fc.record(Object.fromEntries(valuesFor(elements)));
      fc.assert(
        fc.property(values, fc.constantFrom(...locales), (given, locale) => {
          const oracle = new IntlMessageFormat(elements, locale, undefined, { ignoreTag: true });
          expect([name, formatCompiled(elements, formattersFor(locale), given)]).toEqual([
            name,
            String(oracle.format(given)),
          ]);
        }),
        { numRuns: 30 },
      );
    }
  });

  it('asks for a value as IntlMessageFormat did, so values that answer for any name still work', () => {
    const elements = compiledEn['app.unsupportedLocation'];
    const anyName = new Proxy<Record<string, string>>(
      {},
      { has: () => true, get: (_, name) => `{${String(name)}}` },
    );
    expect(formatCompiled(elements, formattersFor('en'), anyName)).toBe(
      String(new IntlMessageFormat(elements, 'en').format(anyName)),
    );
  });

  it('shows the key, as before, when a value the message needs is missing', () => {
    const t = translatorOver('en', { en: compiledEn });
    expect(t('app.unsupportedLocation', { location: 'top_bar' })).toBe(
      'Tactful does not support the top_bar location yet.',
    );
    expect(t('app.unsupportedLocation')).toBe('app.unsupportedLocation');
  });
});
