import type { CliIo } from '../../apps/cli/io';

/** A CliIo that feeds `stdin`, passes `env` and records what the command wrote. */
export function fakeIo(stdin = '', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => stdin,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
