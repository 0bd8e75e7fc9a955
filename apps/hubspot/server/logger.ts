/**
 * Structured JSON-lines logs, each with the id of the request it was written for (if any). Callers pass only ids, codes and counts (never names, emails, phones,
 * amounts, tokens or URLs with query strings): the Logger port's rule, kept by what we pass in.
 */
import type { Logger } from '../../../shared/ports';
import { currentRequestId } from './observability/requestContext';

type Fields = Record<string, string | number | boolean>;

/** A logger writing one JSON object per line to `write` (stdout by default). */
export function createJsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  now: () => number = () => Date.now(),
): Logger {
  const emit = (level: string, event: string, fields: Fields = {}) => {
    // Lines written while a request is handled carry its id (observability/requestContext.ts).
    const requestId = currentRequestId();
    write(
      JSON.stringify({
        level,
        time: new Date(now()).toISOString(),
        event,
        ...(requestId === undefined ? {} : { requestId }),
        ...fields,
      }),
    );
  };
  return {
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
  };
}

/** A logger that drops everything (benchmarks). */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
