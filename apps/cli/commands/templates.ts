import type { CliIo } from '../io';

/** Placeholder until the templates command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('tactful templates: not built yet\n');
  return 1;
}
