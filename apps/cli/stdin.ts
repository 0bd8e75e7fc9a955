/**
 * What the commands accept on stdin, checked in one place for every command: empty input and
 * input over its limit are refused (issue 19) before any command sees them.
 */
import type { CliIo, StdinLimit } from './io';

const mebibyte = 1024 * 1024;

/** The stdin limits, one per kind of input. A draft's limit holds for each line of `--jsonl` too. */
export const stdinLimits = {
  draft: { maxBytes: mebibyte, what: 'a draft' },
  drafts: { maxBytes: 64 * mebibyte, what: 'drafts as JSON lines' },
  planRequest: { maxBytes: mebibyte, what: 'a plan request (JSON)' },
  historyRequest: { maxBytes: 16 * mebibyte, what: 'a history request (JSON)' },
  outcomeRecords: { maxBytes: 256 * mebibyte, what: 'outcome records as JSON lines' },
} as const satisfies Record<string, StdinLimit>;

/** Whether `text` is over `limit`, counted in bytes of UTF-8 as it arrived. */
export const isOverLimit = (text: string, limit: StdinLimit): boolean =>
  Buffer.byteLength(text, 'utf8') > limit.maxBytes;

/** "over 1 MiB (1,048,576 bytes), the limit for a draft" */
export const overLimit = (limit: StdinLimit): string =>
  `over ${limit.maxBytes / mebibyte} MiB (${limit.maxBytes.toLocaleString('en-US')} bytes), the limit for ${limit.what}`;

/**
 * Stdin that cannot be used at all. Raised by the gated `readStdin` rather than returned, so that
 * every command is covered by the one gate without each one checking; `main` turns it into a
 * message on stderr and exit code 2.
 */
export class StdinRefusedError extends Error {
  constructor(
    readonly reason: 'empty' | 'too-large',
    readonly limit: StdinLimit,
  ) {
    super(
      reason === 'empty'
        ? `stdin is empty: expected ${limit.what}`
        : `stdin is ${overLimit(limit)}`,
    );
    this.name = 'StdinRefusedError';
  }
}

/** `io` whose `readStdin` refuses empty (or blank) input and input over the limit it is given. */
export function gateStdin(io: CliIo, defaultLimit: StdinLimit): CliIo {
  return {
    ...io,
    async readStdin(limit = defaultLimit) {
      const text = await io.readStdin(limit);
      if (isOverLimit(text, limit)) throw new StdinRefusedError('too-large', limit);
      if (text.trim() === '') throw new StdinRefusedError('empty', limit);
      return text;
    },
  };
}
