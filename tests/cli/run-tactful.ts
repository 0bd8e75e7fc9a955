import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What one run of the real `tactful` command gave back. */
export interface TactfulRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const bin = join(__dirname, '..', '..', 'bin', 'tactful.js');

/**
 * Runs `tactful ...args` as a user does (the package's bin, in its own Node process), with `stdin`
 * piped in, or stdin from /dev/null when it is undefined. The Zendesk credentials are left out of
 * the environment so no run can reach a real account. `closeStdoutEarly` closes the pipe after
 * the first output, as `| head -1` does.
 */
export function runTactful(
  args: string[],
  stdin?: string,
  { closeStdoutEarly = false } = {},
): Promise<TactfulRun> {
  const { ZENDESK_SUBDOMAIN: _s, ZENDESK_EMAIL: _e, ZENDESK_API_TOKEN: _t, ...env } = process.env;
  const child = spawn(process.execPath, [bin, ...args], {
    env,
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
    if (closeStdoutEarly) child.stdout?.destroy();
  });
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  if (child.stdin !== null) {
    // A command that refuses a large input stops reading it: the rest of the write fails (EPIPE).
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
  });
}

/** The `[id, verdict]` of each line `tactful tone --jsonl` printed. */
export const idsAndVerdicts = (stdout: string): Array<[unknown, unknown]> =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: unknown; verdict: unknown })
    .map(({ id, verdict }) => [id, verdict]);
