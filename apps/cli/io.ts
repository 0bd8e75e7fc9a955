import { readFile } from 'node:fs/promises';

/** How much a command reads on stdin, and what it expects there (for the messages). */
export interface StdinLimit {
  /** The most bytes of UTF-8 the command accepts; more is refused, not truncated. */
  maxBytes: number;
  /** What the command expects, as the messages name it: "a draft", "a plan request". */
  what: string;
}

/** What a command needs from the process, so tests can drive commands without spawning. */
export interface CliIo {
  /**
   * All of stdin as UTF-8. With a limit, reading may stop once more than `limit.maxBytes` bytes
   * arrived (the text is then over the limit, never cut to fit it); the caller refuses it.
   */
  readStdin(limit?: StdinLimit): Promise<string>;
  /** A file's text (UTF-8), for commands that take a path; rejects when it cannot be read. */
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 something other than the input failed (a host, a bug), 2 bad input. */
export const exitCodes = { ok: 0, failed: 1, badInput: 2 } as const;

/** Reads stdin, stopping once it holds more than `maxBytes` so a huge pipe is never buffered. */
async function readAll(maxBytes = Number.POSITIVE_INFINITY): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.from(chunk as Uint8Array);
    chunks.push(buffer);
    size += buffer.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

let stdoutWatched = false;

/**
 * Writes to stdout. A reader that closes the pipe early (`tactful tone --jsonl < drafts | head`)
 * has all it wants: the command stops quietly, as Unix tools do, instead of Node's EPIPE trace.
 */
function writeStdout(text: string): void {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') process.stderr.write(`tactful: cannot write: ${error.message}\n`);
      process.exit(error.code === 'EPIPE' ? exitCodes.ok : exitCodes.failed);
    });
  }
  process.stdout.write(text);
}

export const processIo: CliIo = {
  readStdin: (limit) => readAll(limit?.maxBytes),
  readFile: (path) => readFile(path, 'utf8'),
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(text),
  env: process.env,
};
