/**
 * `tactful signals`: reads a customer's message on stdin and prints what it asks of the agent
 * (issue 20) as `{"signals":[{"kind","start","end","excerpt","confidence","action",...}]}`, the
 * action a catalog code. `--jsonl` reads one `{"id"?,"text","locale"?}` a line and writes one
 * `{"id","signals":[...]}` a line. A promise is dated against today in `--time-zone` (the clock's
 * today, or `--today`). Bad input: a clear message on stderr, exit 2, nothing on stdout.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { isKnownCurrency } from '../../../shared/money/money';
import { readCustomerMessage, type Signal, type SignalOptions } from '../../../shared/signals';
import { loadSignalModel } from '../../../shared/signals/model/load';
import { commandArgs, dayOptions, localeOption, refuse } from '../args';
import type { CliIo } from '../io';
import { writeTextResults } from '../text-results';

const usage = `Usage: tactful signals [--locale en|es|auto] [--jsonl] [--today YYYY-MM-DD] [--time-zone ZONE] [--currency CODE] < message

Reads a customer's message on stdin (at most 1 MiB) and prints {"signals":[...]} as JSON: each with
its kind, span (start, end), excerpt, confidence and action (a message catalog code), and what the
kind carries (sub-kind, self-harm flag, channels, place, time, amount in minor units, date).
  --locale L      the language to read (default auto: detect, falling back to en)
  --jsonl         one {"id"?,"text","locale"?} a line in, one {"id","signals"} a line out;
                  a line without an id gets its line number
  --today D       today in the customer's time zone, to date a promise (default: the clock's)
  --time-zone Z   the customer's IANA time zone (default UTC)
  --currency C    the account's ISO 4217 currency, for "$" and amounts without one
  --explain       add to each signal the rule it relates to, the frame that read it ("model"
                  when the learned second opinion added it) and the features behind it
`;

const options = {
  ...dayOptions,
  ...localeOption,
  jsonl: { type: 'boolean' },
  currency: { type: 'string' },
  explain: { type: 'boolean' },
} as const;

const locales = ['en', 'es', 'auto'];
const checkLocale = (locale: string): string | undefined =>
  locales.includes(locale)
    ? undefined
    : `unknown locale "${locale}" (known: ${locales.join(', ')})`;

/** A signal as the command prints it: the contract's fields first, then what its kind carries. */
export function signalJson(signal: Signal, explain = false) {
  const { kind, start, end, excerpt, confidence, action, ruleRef, frame, explanation, ...details } =
    signal;
  return {
    kind,
    start,
    end,
    excerpt,
    confidence,
    action,
    ...details,
    ...(explain ? { ruleRef, frame, ...(explanation === undefined ? {} : { explanation }) } : {}),
  };
}

/** Runs `tactful signals` and returns its exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = commandArgs(args, io, { name: 'signals', options, usage });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const { locale = 'auto', jsonl = false, explain = false, today, currency } = parsedArgs.options;
  const timeZone = parsedArgs.options['time-zone'] ?? 'UTC';
  const localeProblem = checkLocale(locale);
  if (localeProblem !== undefined) return refuse(io, 'signals', localeProblem);
  if (today !== undefined && !z.iso.date().safeParse(today).success) {
    return refuse(io, 'signals', `--today must be a calendar date YYYY-MM-DD, not "${today}"`);
  }
  if (!IANAZone.isValidZone(timeZone)) {
    return refuse(io, 'signals', `--time-zone "${timeZone}" is not an IANA time zone`);
  }
  if (currency !== undefined && !isKnownCurrency(currency)) {
    return refuse(io, 'signals', `--currency "${currency}" is not an ISO 4217 currency`);
  }
  // The learned second opinion reads with the rules, as in the hosts once its chunk has loaded.
  await loadSignalModel();
  const reading: SignalOptions = {
    timeZone,
    ...(today === undefined ? { now: Date.now() } : { today }),
    ...(currency === undefined ? {} : { currency }),
  };
  const signalsOf = (text: string, textLocale: string) =>
    readCustomerMessage(text, { ...reading, locale: textLocale }).signals.map((signal) =>
      signalJson(signal, explain),
    );
  return writeTextResults(io, {
    command: 'signals',
    jsonl,
    plural: 'messages',
    locale,
    checkLocale,
    resultOf: (text, textLocale) => ({ signals: signalsOf(text, textLocale) }),
  });
}
