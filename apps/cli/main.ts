/**
 * `tactful <command>`: the command line is one more adapter over the core, stdin/stdout instead of a host.
 * Each command lives in ./commands/<name>.ts and exports `run(args, io)`; it returns the exit code.
 * Every command's stdin passes one gate (./stdin.ts): empty input and input over its limit are
 * refused here, as every other bad input is: one line on stderr, exit code 2, nothing on stdout.
 */
import type { CliIo, StdinLimit } from './io';
import { exitCodes, processIo } from './io';
import { gateStdin, stdinLimits, StdinRefusedError } from './stdin';

interface Command {
  load: () => Promise<{ run(args: string[], io: CliIo): Promise<number> }>;
  /** What it reads on stdin when it reads it (a command can ask for another limit). */
  stdin: StdinLimit;
}

const commands = {
  tone: { load: () => import('./commands/tone'), stdin: stdinLimits.draft },
  signals: { load: () => import('./commands/signals'), stdin: stdinLimits.draft },
  plan: { load: () => import('./commands/plan'), stdin: stdinLimits.planRequest },
  history: { load: () => import('./commands/history'), stdin: stdinLimits.historyRequest },
  audit: { load: () => import('./commands/audit'), stdin: stdinLimits.draft },
  templates: { load: () => import('./commands/templates'), stdin: stdinLimits.draft },
  corpus: { load: () => import('./commands/corpus'), stdin: stdinLimits.draft },
  outcomes: { load: () => import('./commands/outcomes'), stdin: stdinLimits.outcomeRecords },
} as const satisfies Record<string, Command>;

type CommandName = keyof typeof commands;

const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

const usage = `Usage: tactful <command> [options]   (tactful <command> --help for its options)

Commands:
  tone        check a draft's tone (stdin), --locale en|es|auto, --jsonl for bulk audits
  signals     read a customer's message (stdin) for stop requests, disputes, hardship and more
  plan        suggest payment plans for a JSON request on stdin
  history     summarise contact history and contact guards for a JSON request on stdin
  audit       audit zendesk-macros: check every Zendesk macro's wording
  templates   print the friendly outreach templates as JSON
  corpus      export agents' tone feedback as candidate corpus lines (JSONL) to label
  outcomes    promises kept, plans completed, tone and guards over time, from records (JSONL)

Bad input: a message on stderr and exit code 2. Other failures: exit code 1.
`;

/** Runs one command and returns its exit code; never lets a stack trace reach the user. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h') {
    io.stdout(usage);
    return exitCodes.ok;
  }
  if (name === undefined) {
    io.stderr(`tactful: say which command to run\n\n${usage}`);
    return exitCodes.badInput;
  }
  if (!isCommand(name)) {
    io.stderr(`tactful: unknown command "${name}"\n\n${usage}`);
    return exitCodes.badInput;
  }
  const command = commands[name];
  try {
    const loaded = await command.load();
    return await loaded.run(args, gateStdin(io, command.stdin));
  } catch (error) {
    if (error instanceof StdinRefusedError) {
      io.stderr(`tactful ${name}: ${error.message}\n`);
      return exitCodes.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`tactful ${name}: unexpected error: ${message}\n`);
    return exitCodes.failed;
  }
}
