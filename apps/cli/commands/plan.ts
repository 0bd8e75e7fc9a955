import type { CliIo } from '../io';

/** Placeholder until the plan command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('tactful plan: not built yet\n');
  return 1;
}
