/**
 * The reading and writing loop of the commands that read texts (`tone`, `signals`): one text on
 * stdin and one JSON line out, or with `--jsonl` every line validated first, then one JSON line per
 * text carrying its id. One write a line: the output of a large audit is never held as one string.
 */
import { refuse } from './args';
import { exitCodes, type CliIo } from './io';
import { parseTextLines } from './jsonl';
import { stdinLimits } from './stdin';

export interface TextResultsSpec {
  /** The command's name, for refusals on stderr. */
  command: string;
  jsonl: boolean;
  /** How the texts are named when a JSONL input has none. */
  plural: string;
  /** The locale a text without its own is read in. */
  locale: string;
  /** What is wrong with a line's locale (undefined: nothing). */
  checkLocale: (locale: string) => string | undefined;
  /** The JSON printed for one text read in `locale`. */
  resultOf: (text: string, locale: string) => Record<string, unknown>;
}

/** Reads stdin, writes the results and returns the exit code. */
export async function writeTextResults(io: CliIo, spec: TextResultsSpec): Promise<number> {
  if (!spec.jsonl) {
    const text = await io.readStdin(stdinLimits.draft);
    io.stdout(`${JSON.stringify(spec.resultOf(text, spec.locale))}\n`);
    return exitCodes.ok;
  }
  const texts = parseTextLines(await io.readStdin(stdinLimits.drafts), {
    plural: spec.plural,
    checkLocale: spec.checkLocale,
  });
  if (!texts.ok) return refuse(io, spec.command, texts.error);
  for (const text of texts.value) {
    const result = spec.resultOf(text.text, text.locale ?? spec.locale);
    io.stdout(`${JSON.stringify({ id: text.id, ...result })}\n`);
  }
  return exitCodes.ok;
}
