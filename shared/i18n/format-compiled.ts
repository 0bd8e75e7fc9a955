/**
 * Writes a precompiled message (compile.ts) with its values: the part of ICU MessageFormat our
 * catalogs use, which is text, `{name}`, `{n, plural, …}` with `#`, and `{kind, select, …}`. It
 * answers as `IntlMessageFormat` does for them (format-compiled.test.ts holds every message of
 * every catalog to it), without shipping its ICU parser, which HubSpot's build of the card cannot
 * leave out the way webpack does for Zendesk (issue 16). The catalog test keeps the catalogs to
 * these elements.
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { MessageValues } from './translator';

/** A compiled message's elements. */
export type CompiledElements = readonly MessageFormatElement[];

/** The element kinds this writer knows (`TYPE` of the ICU parser): literal, argument, select, plural, `#`. */
export const supportedElementTypes: ReadonlySet<number> = new Set([0, 1, 5, 6, 7]);

/** The Intl formatters one locale's messages share, made once. */
export interface MessageFormatters {
  readonly number: () => Intl.NumberFormat;
  readonly plural: (type: Intl.PluralRuleType | undefined) => Intl.PluralRules;
}

/** Formatters for `locale`, each made when first needed. */
export function formattersFor(locale: string): MessageFormatters {
  let number: Intl.NumberFormat | undefined;
  const plurals = new Map<string, Intl.PluralRules>();
  return {
    number: () => (number ??= new Intl.NumberFormat(locale)),
    plural: (type = 'cardinal') => {
      let rules = plurals.get(type);
      if (rules === undefined) {
        rules = new Intl.PluralRules(locale, { type });
        plurals.set(type, rules);
      }
      return rules;
    },
  };
}

/** The message's option for a value, by its own name or else `other`. */
function option<T>(options: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(options, key) ? options[key] : options.other;
}

/**
 * `elements` with `values` filled in. Throws when a value the message names is missing, or an
 * element is one this writer does not know; the translator then shows the key.
 */
export function formatCompiled(
  elements: CompiledElements,
  formatters: MessageFormatters,
  values: MessageValues | undefined,
  pluralValue?: number,
): string {
  let text = '';
  for (const element of elements) {
    if (element.type === 0) {
      text += element.value;
      continue;
    }
    if (element.type === 7) {
      if (pluralValue !== undefined) text += formatters.number().format(pluralValue);
      continue;
    }
    if (!supportedElementTypes.has(element.type) || !('value' in element))
      throw new TypeError(`message element of type ${element.type} is not supported`);
    const name = element.value;
    // `in`, as IntlMessageFormat asks: a caller may answer for any name (settings/messages.ts).
    if (values === undefined || !(name in values))
      throw new RangeError(`the message needs a value for ${name}`);
    const value = values[name];
    if (element.type === 1) {
      text += String(value);
    } else if (element.type === 5) {
      const chosen = option(element.options, String(value));
      if (chosen === undefined) throw new RangeError(`no option for ${name} = ${value}`);
      // As IntlMessageFormat: a select inside a plural does not pass its number on to `#`.
      text += formatCompiled(chosen.value, formatters, values);
    } else if (element.type === 6) {
      const count = Number(value);
      const offset = count - element.offset;
      const exact = Object.hasOwn(element.options, `=${value}`)
        ? element.options[`=${value}`]
        : option(element.options, formatters.plural(element.pluralType).select(offset));
      if (exact === undefined) throw new RangeError(`no option for ${name} = ${value}`);
      text += formatCompiled(exact.value, formatters, values, offset);
    }
  }
  return text;
}
