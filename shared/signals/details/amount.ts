/**
 * The amount a customer names ("£50", "50 euros", "1.250,50 €"), as integer minor units and an
 * ISO 4217 currency. A bare number counts only when the account's currency is known.
 */
import { parseDecimal } from '../../money/money';

/** An amount a customer wrote, in minor units, with where it is in the text. */
export interface FoundAmount {
  minor: number;
  currency: string;
  start: number;
  end: number;
}

const number = String.raw`\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const symbolFirst = new RegExp(
  String.raw`(US\$|C\$|A\$|MX\$|\$|£|€|\b(?:USD|GBP|EUR|MXN)\s?)\s?(${number})`,
  'giu',
);
const wordAfter = new RegExp(
  String.raw`(${number})\s?(€|\$|£|(?:euros?|eur|pounds?|quid|dollars?|bucks|dólares|dolares|libras?|pesos?|usd|gbp|mxn)\b)`,
  'giu',
);
/** "pay 50 on Friday": a bare number after a paying word, not a day ("the 15th") or an hour. */
const bare = new RegExp(
  String.raw`\b(?:pay|send|transfer|do|manage|afford|pagar|pago|abonar|ingresar|transferir|mandar|enviar|dar)\w*\s+(?:you\s+|les?\s+|unos\s+|about\s+)?(${number})(?!\s*(?:st|nd|rd|th|am|pm|h\b|:|de\s+\p{L}|%))`,
  'giu',
);

/** Currencies called pesos: "pesos" is the account's when it is one of these, else Mexican pesos. */
const pesoCurrencies = ['MXN', 'COP', 'ARS', 'CLP', 'UYU', 'DOP', 'CUP', 'PHP'];

function currencyOf(mark: string, accountCurrency: string | undefined): string {
  const folded = mark.trim().toLowerCase();
  if (
    folded === '£' ||
    folded.startsWith('pound') ||
    folded === 'quid' ||
    folded.startsWith('libra') ||
    folded === 'gbp'
  )
    return 'GBP';
  if (folded === '€' || folded.startsWith('euro') || folded === 'eur') return 'EUR';
  if (folded === 'mx$' || folded === 'mxn') return 'MXN';
  if (folded.startsWith('peso'))
    return accountCurrency !== undefined && pesoCurrencies.includes(accountCurrency)
      ? accountCurrency
      : 'MXN';
  if (folded === 'us$' || folded === 'usd') return 'USD';
  if (folded === 'c$') return 'CAD';
  if (folded === 'a$') return 'AUD';
  // "$" and "dollars" are the account's dollars when it has some, else US dollars.
  if (
    accountCurrency !== undefined &&
    ['USD', 'CAD', 'AUD', 'NZD', 'MXN'].includes(accountCurrency)
  )
    return accountCurrency;
  return 'USD';
}

/** "1,250.50" or "1.250,50" or "50" as a plain decimal: a 1-2 digit tail is cents, 3 digits a group. */
function plainDecimal(written: string): string {
  const compact = written.replace(/\s/g, '');
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimal === null ? compact : compact.slice(0, decimal.index)).replace(/[.,]/g, '');
  return decimal === null ? whole : `${whole}.${decimal[1] ?? ''}`;
}

function toAmount(
  written: string,
  currency: string,
  start: number,
  end: number,
): FoundAmount | undefined {
  const parsed = parseDecimal(plainDecimal(written), currency);
  if (!parsed.ok) return undefined;
  const minor = Number(parsed.value.minor);
  if (!Number.isSafeInteger(minor) || minor <= 0) return undefined;
  return { minor, currency, start, end };
}

/** The first amount in `text` from `from` on, or undefined. */
export function findAmount(
  text: string,
  from: number,
  accountCurrency?: string,
): FoundAmount | undefined {
  const part = text.slice(from);
  const found: FoundAmount[] = [];
  // Which capture group holds the number and which the currency, in each of the two word orders.
  const orders = [
    { pattern: symbolFirst, number: 2, currency: 1 },
    { pattern: wordAfter, number: 1, currency: 2 },
  ] as const;
  for (const order of orders) {
    for (const match of part.matchAll(order.pattern)) {
      const amount = toAmount(
        match[order.number] ?? '',
        currencyOf(match[order.currency] ?? '', accountCurrency),
        from + match.index,
        from + match.index + match[0].length,
      );
      if (amount !== undefined) found.push(amount);
    }
  }
  if (found.length === 0 && accountCurrency !== undefined) {
    for (const match of part.matchAll(bare)) {
      const written = match[1] ?? '';
      const start = from + match.index + match[0].length - written.length;
      const amount = toAmount(written, accountCurrency, start, start + written.length);
      if (amount !== undefined) found.push(amount);
    }
  }
  return found.sort((a, b) => a.start - b.start)[0];
}
