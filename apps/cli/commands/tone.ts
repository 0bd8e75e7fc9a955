/**
 * `tactful tone`: checks a draft read on stdin and prints the result as JSON (issue 3).
 * `--locale en|es|auto` picks the rules (default: detect, fall back to en), `--format html` reads a
 * rich-text draft, `--jsonl` checks one `{"id"?,"text","locale"?}` a line and writes one result a
 * line with its id (the line number when it has none), `--explain` adds to each finding what
 * raised it (the word rule's id, the frame and the concepts with their words, or the model's
 * weightiest n-grams). Bad input: a clear message on stderr, exit 2, nothing on stdout.
 */
import { checkTone, isToneLocale, toneLocales } from '../../../shared/tone';
import type { ToneOptions, ToneResult } from '../../../shared/tone';
import { commandArgs, localeOption, refuse } from '../args';
import type { CliIo } from '../io';
import { writeTextResults } from '../text-results';

const usage = `Usage: tactful tone [--locale en|es|auto] [--format text|html] [--jsonl] [--explain] < draft

Checks the draft on stdin (at most 1 MiB) and prints {"verdict","score","findings"} as JSON.
  --locale L    the rules to use (default auto: detect, falling back to en)
  --format F    text (default) or html
  --jsonl       one {"id"?,"text","locale"?} a line in, one {"id",...result} a line out;
                a line without an id gets its line number
  --explain     say what raised each finding
`;

const options = {
  ...localeOption,
  format: { type: 'string' },
  jsonl: { type: 'boolean' },
  explain: { type: 'boolean' },
} as const;

/** The result as issue 3 prints it: verdict, score, findings with their spans and suggestions. */
export function toneJson(result: ToneResult, explain = false) {
  return {
    verdict: result.verdict,
    score: result.score,
    findings: result.findings.map((finding) => ({
      category: finding.category,
      severity: finding.severity,
      start: finding.start,
      end: finding.end,
      excerpt: finding.excerpt,
      reason: finding.reason,
      ...(finding.suggestion === undefined ? {} : { suggestion: finding.suggestion }),
      ...(explain ? { explain: finding.explanation ?? { rule: finding.ruleId } } : {}),
    })),
  };
}

const knownLocales = (): string => [...toneLocales, 'auto'].join(', ');

function checkLocale(locale: string): string | undefined {
  return locale === 'auto' || isToneLocale(locale)
    ? undefined
    : `unknown locale "${locale}" (known: ${knownLocales()})`;
}

/** Runs `tactful tone` and returns its exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = commandArgs(args, io, { name: 'tone', options, usage });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const { locale = 'auto', format = 'text', jsonl = false, explain = false } = parsedArgs.options;
  const localeProblem = checkLocale(locale);
  if (localeProblem !== undefined) return refuse(io, 'tone', localeProblem);
  if (format !== 'text' && format !== 'html') {
    return refuse(io, 'tone', '--format must be "text" or "html"');
  }
  const toneOptions: ToneOptions = { locale, format };
  return writeTextResults(io, {
    command: 'tone',
    jsonl,
    plural: 'drafts',
    locale,
    checkLocale,
    resultOf: (text, textLocale) =>
      toneJson(checkTone(text, { ...toneOptions, locale: textLocale }), explain),
  });
}
