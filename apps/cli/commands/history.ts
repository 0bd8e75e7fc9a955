import type { CliIo } from '../io';

/** Placeholder until the history command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('tactful history: not built yet\n');
  return 1;
}
