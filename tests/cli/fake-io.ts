import { readFile } from 'node:fs/promises';
import type { CliIo } from '../../apps/cli/io';

/**
 * A CliIo that feeds `stdin`, passes `env` and records what the command wrote. Files are read from
 * disk as the real command reads them (tests write them to a temporary folder).
 */
export function fakeIo(stdin = '', env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => stdin,
    readFile: (path) => readFile(path, 'utf8'),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env,
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
