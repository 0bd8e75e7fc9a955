import type { CliIo } from '../io';

/** Placeholder until the tone command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('tactful tone: not built yet\n');
  return 1;
}
