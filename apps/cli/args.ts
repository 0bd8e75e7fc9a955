/**
 * The one argument parser of every `tactful` command: `node:util` `parseArgs`, so `--locale es`
 * and `--locale=es` mean the same everywhere, with `--help`/`-h` on every command and our own
 * words for what it refuses (an unknown option, a missing value, a stray argument).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { exitCodes, type CliIo } from './io';

/** Option declarations as `parseArgs` takes them: `{ locale: { type: 'string' } }`. */
type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes besides its own. */
const commonOptions = { help: { type: 'boolean', short: 'h' } } as const;

/** `--locale`: the language of the command's words (each command says which it knows). */
export const localeOption = { locale: { type: 'string' } } as const;

/** The options of a command that dates things in someone's day: that day and its time zone. */
export const dayOptions = {
  today: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

/** The parsed value of each option: a string for a string option, true for a flag; absent if not given. */
export type OptionValues<Options extends ParseArgsOptionsConfig> = {
  [Name in keyof Options]?: Options[Name]['type'] extends 'string' ? string : boolean;
} & { help?: boolean };

export interface CommandArgs<Options extends ParseArgsOptionsConfig> {
  options: OptionValues<Options>;
  positionals: string[];
}

/** What a command says about itself when its arguments are wrong. */
export interface CommandSpec<Options extends ParseArgsOptionsConfig> {
  /** The command as typed: `tone`, `audit zendesk-macros`. */
  name: string;
  options: Options;
  usage: string;
  /** How many positional arguments it takes (default none). */
  positionals?: number;
}

/** The arguments, or what is wrong with them in one line. */
export function parseCommandArgs<Options extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: Options,
  maxPositionals = 0,
): { ok: true; value: CommandArgs<Options> } | { ok: false; error: string } {
  const config: ParseArgsOptionsConfig = { ...commonOptions, ...options };
  // Not strict: node's own messages are long and name no command, so the tokens are checked here.
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(config, token.name) ? config[token.name] : undefined;
    if (option === undefined) return { ok: false, error: `unknown option "${token.rawName}"` };
    if (option.type === 'boolean' && token.value !== undefined) {
      return { ok: false, error: `${token.rawName} takes no value` };
    }
    // `--locale --jsonl` gives --locale the value "--jsonl"; only `--locale=-x` may start with a dash.
    const missing =
      token.value === undefined ||
      token.value === '' ||
      (!token.inlineValue && token.value.startsWith('-'));
    if (option.type === 'string' && missing) {
      return { ok: false, error: `${token.rawName} needs a value` };
    }
  }
  if (positionals.length > maxPositionals) {
    return { ok: false, error: `unexpected argument "${positionals[maxPositionals] ?? ''}"` };
  }
  // Every token matched its option's type above, so the values are the shape the options declare.
  return { ok: true, value: { options: values as OptionValues<Options>, positionals } };
}

/** "tactful tone: <message>" on stderr, and the exit code for bad input. */
export function refuse(io: CliIo, command: string, message: string, usage?: string): number {
  io.stderr(`tactful ${command}: ${message}\n${usage === undefined ? '' : `\n${usage}`}`);
  return exitCodes.badInput;
}

/**
 * The command's arguments, or its exit code when it has nothing more to do: its usage printed
 * for `--help` (0), or what is wrong with the arguments and its usage on stderr (2).
 */
export function commandArgs<Options extends ParseArgsOptionsConfig>(
  args: readonly string[],
  io: CliIo,
  spec: CommandSpec<Options>,
): CommandArgs<Options> | { exitCode: number } {
  const parsed = parseCommandArgs(args, spec.options, spec.positionals);
  if (!parsed.ok) return { exitCode: refuse(io, spec.name, parsed.error, spec.usage) };
  if (parsed.value.options.help === true) {
    io.stdout(spec.usage);
    return { exitCode: exitCodes.ok };
  }
  return parsed.value;
}
