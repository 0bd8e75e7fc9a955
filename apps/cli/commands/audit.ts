import type { CliIo } from '../io';

/** Placeholder until the audit command lands. */
export async function run(_args: string[], io: CliIo): Promise<number> {
  io.stderr('tactful audit: not built yet\n');
  return 1;
}
