/**
 * The `--jsonl` input of the commands that read texts (`tone`, `signals`): one
 * `{"id"?,"text","locale"?}` a line, every line validated before anything is read, or the first
 * problem in one line of English for stderr.
 */
import { z } from 'zod';
import { isOverLimit, overLimit, stdinLimits } from './stdin';

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  locale: z.string().optional(),
});

/** One text of a `--jsonl` input, with the id its result carries. */
export interface JsonlText {
  id: string | number;
  text: string;
  locale?: string;
}

/**
 * Every line of a JSONL input, or the first problem. Blank lines are skipped; a line without an id
 * gets its line number (1-based, blank lines counted). `checkLocale` says what is wrong with a
 * line's locale (undefined: nothing); `plural` names the texts when every line is blank.
 */
export function parseTextLines(
  input: string,
  options: { plural: string; checkLocale: (locale: string) => string | undefined },
): { ok: true; value: JsonlText[] } | { ok: false; error: string } {
  const texts: JsonlText[] = [];
  const rows = input.split('\n');
  for (let index = 0; index < rows.length; index += 1) {
    const row = (rows[index] ?? '').trim();
    if (row === '') continue;
    const lineNumber = index + 1;
    const where = `line ${lineNumber}`;
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
        error: `${where}: expected {"id"?: string|number, "text": string, "locale"?: string}${field === '' ? '' : ` (problem with "${field}")`}`,
      };
    }
    const { id = lineNumber, text, locale } = parsed.data;
    if (text.trim() === '') return { ok: false, error: `${where}: "text" is empty` };
    if (isOverLimit(text, stdinLimits.draft)) {
      return { ok: false, error: `${where}: "text" is ${overLimit(stdinLimits.draft)}` };
    }
    const problem = locale === undefined ? undefined : options.checkLocale(locale);
    if (problem !== undefined) return { ok: false, error: `${where}: ${problem}` };
    texts.push({ id, text, ...(locale === undefined ? {} : { locale }) });
  }
  if (texts.length === 0) return { ok: false, error: `no ${options.plural}: every line is blank` };
  return { ok: true, value: texts };
}
