import { readFile } from 'node:fs/promises';

/** What a command needs from the process, so tests can drive commands without spawning. */
export interface CliIo {
  readStdin(): Promise<string>;
  /** A file's text (UTF-8), for commands that take a path; rejects when it cannot be read. */
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

export const processIo: CliIo = {
  readStdin: readAll,
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};
