/**
 * `tactful tone`: checks a draft read on stdin and prints the result as JSON (issue 3).
 * `--locale en|es|auto` picks the rules (default: detect, fall back to en), `--format html` reads a
 * rich-text draft, `--jsonl` checks one `{"id","text","locale"?}` a line and writes one result a
 * line with its id, `--explain` adds to each finding what raised it (the word rule's id, the
 * frame and the concepts with their words, or the model's weightiest n-grams). Bad input: a clear
 * message on stderr, exit 2, nothing on stdout.
 */
import { z } from 'zod';
import { checkTone, isToneLocale, toneLocales } from '../../../shared/tone';
import type { ToneOptions, ToneResult } from '../../../shared/tone';
import type { CliIo } from '../io';

/** Exit code for bad arguments or bad input. */
const usageError = 2;

interface ToneArgs {
  locale: string;
  format: 'text' | 'html';
  jsonl: boolean;
  explain: boolean;
}

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

function parseArgs(
  args: readonly string[],
): { ok: true; value: ToneArgs } | { ok: false; error: string } {
  const parsed: ToneArgs = { locale: 'auto', format: 'text', jsonl: false, explain: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[(index += 1)];
    if (name === '--jsonl') parsed.jsonl = true;
    else if (name === '--explain') parsed.explain = true;
    else if (name === '--locale') {
      const locale = value();
      if (locale === undefined) return { ok: false, error: '--locale needs a value' };
      const problem = checkLocale(locale);
      if (problem !== undefined) return { ok: false, error: problem };
      parsed.locale = locale;
    } else if (name === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'html') {
        return { ok: false, error: '--format must be "text" or "html"' };
      }
      parsed.format = format;
    } else return { ok: false, error: `unknown option "${arg}"` };
  }
  return { ok: true, value: parsed };
}

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  locale: z.string().optional(),
});

type JsonlLine = z.infer<typeof jsonlLine>;

/** Every line of a JSONL input, validated before anything is checked, or the first problem. */
function parseJsonl(
  input: string,
): { ok: true; value: JsonlLine[] } | { ok: false; error: string } {
  const lines: JsonlLine[] = [];
  const rows = input.split('\n');
  for (let index = 0; index < rows.length; index += 1) {
    const row = (rows[index] ?? '').trim();
    if (row === '') continue;
    const where = `line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(row);
    } catch {
      return { ok: false, error: `${where}: not valid JSON` };
    }
    const parsed = jsonlLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') ?? '';
      return {
        ok: false,
        error: `${where}: expected {"id": string|number, "text": string, "locale"?: string}${field === '' ? '' : ` (problem with "${field}")`}`,
      };
    }
    const problem = parsed.data.locale === undefined ? undefined : checkLocale(parsed.data.locale);
    if (problem !== undefined) return { ok: false, error: `${where}: ${problem}` };
    lines.push(parsed.data);
  }
  return { ok: true, value: lines };
}

/** Runs `tactful tone` and returns its exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = parseArgs(args);
  if (!parsedArgs.ok) {
    io.stderr(`tactful tone: ${parsedArgs.error}\n`);
    return usageError;
  }
  const { locale, format, jsonl, explain } = parsedArgs.value;
  const input = await io.readStdin();
  const options: ToneOptions = { locale, format };
  if (!jsonl) {
    io.stdout(`${JSON.stringify(toneJson(checkTone(input, options), explain))}\n`);
    return 0;
  }
  const lines = parseJsonl(input);
  if (!lines.ok) {
    io.stderr(`tactful tone: ${lines.error}\n`);
    return usageError;
  }
  const out = lines.value.map((line) => {
    const result = checkTone(line.text, { ...options, locale: line.locale ?? locale });
    return JSON.stringify({ id: line.id, ...toneJson(result, explain) });
  });
  if (out.length > 0) io.stdout(`${out.join('\n')}\n`);
  return 0;
}
