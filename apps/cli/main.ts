/**
 * `tactful <command>`: the command line is one more adapter over the core, stdin/stdout instead of a host.
 * Each command lives in ./commands/<name>.ts and exports `run(args, io)`; it returns the exit code.
 */
import type { CliIo } from './io';
import { processIo } from './io';

const commands = {
  tone: () => import('./commands/tone'),
  plan: () => import('./commands/plan'),
  history: () => import('./commands/history'),
  audit: () => import('./commands/audit'),
  templates: () => import('./commands/templates'),
  corpus: () => import('./commands/corpus'),
} as const;

type CommandName = keyof typeof commands;

const isCommand = (name: string): name is CommandName => Object.hasOwn(commands, name);

const usage = `Usage: tactful <command> [options]

Commands:
  tone        check a draft's tone (stdin), --locale en|es, --jsonl for bulk audits
  plan        suggest payment plans for a JSON request on stdin
  history     summarise contact history and contact guards for a JSON request on stdin
  audit       audit zendesk-macros: check every Zendesk macro's wording
  templates   print the friendly outreach templates as JSON
  corpus      export agents' tone feedback as candidate corpus lines (JSONL) to label
`;

/** Runs one command and returns its exit code; never lets a stack trace reach the user. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  if (!isCommand(name)) {
    io.stderr(`tactful: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  try {
    const command = await commands[name]();
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`tactful ${name}: unexpected error: ${message}\n`);
    return 1;
  }
}
