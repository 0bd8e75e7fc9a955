// What holds for every `tactful` command: one argument parser (`--locale=es` is `--locale es`, an
// unknown option is an error), errors in one shape (a line on stderr naming the command, exit 2,
// nothing on stdout, no stack trace), and stdin that is empty or over its limit refused (issue 15,
// issue 19 "Command line"). The tables run `main` with the arguments and stdin a user would give;
// the last block runs the real bin in its own process (slow on a busy machine: a minute each).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';
import { planRequestJson, historyRequestJson } from '../../shared/testing/factories';
import { idsAndVerdicts, runTactful, type TactfulRun } from './run-tactful';

/** `tactful ...argv` with `stdin` (none: empty, as from /dev/null), through the CLI's entry point. */
async function tactful(argv: string[], stdin = ''): Promise<TactfulRun> {
  const fake = fakeIo(stdin);
  const code = await main(argv, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** A real process takes seconds to start under load; give it room. */
const processTimeout = 60_000;

const planRequest = planRequestJson();
const historyRequest = historyRequestJson();

/** A bad-input run: one message on stderr in the shape every command uses, exit 2, no stdout. */
function expectRefused(run: TactfulRun, command: string, message: RegExp): void {
  expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
  expect(run.stderr.startsWith(`tactful ${command}: `)).toBe(true);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+/);
}

let folder: string;
let emptyFeedback: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tactful-cli-'));
  emptyFeedback = join(folder, 'feedback.json');
  await writeFile(emptyFeedback, '[]');
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('every command parses its arguments the same way', () => {
  it.each([
    ['tone', ['--bogus'], 'Hello'],
    ['plan', ['--bogus'], JSON.stringify(planRequest)],
    ['history', ['--bogus'], JSON.stringify(historyRequest)],
    ['templates', ['--bogus'], undefined],
    ['audit', ['zendesk-macros', '--bogus'], undefined],
    ['corpus', ['export', '--file', 'feedback.json', '--bogus'], undefined],
  ])('tactful %s refuses an unknown option %j', async (command, args, stdin) => {
    const run = await tactful([command, ...args], stdin);
    expectRefused(run, command, /^tactful \w+: unknown option "--bogus"\n\nUsage: tactful /);
  });

  it.each([
    ['tone', ['--locale'], /--locale needs a value/],
    ['templates', ['--locale', '--help'], /--locale needs a value/],
    ['plan', ['request.json'], /unexpected argument "request.json"/],
    ['history', ['--help=yes'], /--help takes no value/],
  ])('tactful %s refuses %j', async (command, args, message) => {
    expectRefused(await tactful([command, ...args], 'Hello'), command, message);
  });

  it.each([
    [['tone'], 'Le embargaremos la nómina.'],
    [['templates'], undefined],
  ])('tactful %j takes --locale=es as --locale es', async (command, stdin) => {
    const [spaced, joined] = await Promise.all([
      tactful([...command, '--locale', 'es'], stdin),
      tactful([...command, '--locale=es'], stdin),
    ]);
    expect(spaced.code).toBe(0);
    expect(joined).toEqual(spaced);
  });

  it('tactful corpus export takes --file=PATH and --locale=es', async () => {
    const run = await tactful(['corpus', 'export', `--file=${emptyFeedback}`, '--locale=es']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('tactful audit takes --locale=es (and then asks for the credentials it lacks)', async () => {
    const run = await tactful(['audit', 'zendesk-macros', '--locale=es']);
    expectRefused(run, 'audit', /^tactful audit: missing ZENDESK_SUBDOMAIN/);
  });

  it.each([['tone'], ['plan'], ['history'], ['audit'], ['templates'], ['corpus']])(
    'tactful %s --help prints its usage on stdout and exits 0',
    async (command) => {
      const run = await tactful([command, '--help']);
      expect(run).toEqual({
        code: 0,
        stdout: expect.stringMatching(/^Usage: tactful /),
        stderr: '',
      });
    },
  );

  it('tactful with no command prints the usage on stderr and exits 2', async () => {
    const run = await tactful([]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^tactful: say which command to run\n\nUsage: tactful /),
    });
  });
});

describe('errors have one shape: stderr, exit 2, nothing on stdout', () => {
  it.each([
    ['tone', ['--jsonl'], 'not json', /^tactful tone: line 1: not valid JSON\n$/],
    ['plan', [], '{"balance": "lots"}', /^tactful plan: balance: .+\n$/],
    [
      'plan',
      [],
      JSON.stringify({ ...planRequest, currency: 'XYZ' }),
      /^tactful plan: currency: "XYZ" is not an ISO 4217 currency\n$/,
    ],
    ['plan', [], '{not json', /^tactful plan: request: The request is not valid JSON\n$/],
    ['history', [], '{"now": "yesterday"}', /^tactful history: invalid input\n/],
    ['templates', ['--locale', 'fr'], undefined, /^tactful templates: unknown locale "fr"/],
  ])('tactful %s %j with %j', async (command, args, stdin, message) => {
    expectRefused(await tactful([command, ...args], stdin), command, message);
  });
});

describe('stdin: empty is an error, and each command has a size limit', () => {
  it.each([
    [['tone'], 'a draft'],
    [['tone', '--jsonl'], 'drafts as JSON lines'],
    [['plan'], 'a plan request \\(JSON\\)'],
    [['history'], 'a history request \\(JSON\\)'],
  ])('tactful %j < /dev/null is refused', async (args, what) => {
    const run = await tactful(args);
    expectRefused(
      run,
      args[0] ?? '',
      new RegExp(`^tactful \\w+: stdin is empty: expected ${what}\n$`),
    );
  });

  it('tactful tone with only blank lines on stdin is refused', async () => {
    const run = await tactful(['tone'], '\n  \n');
    expectRefused(run, 'tone', /^tactful tone: stdin is empty: expected a draft\n$/);
  });

  it('tactful tone --jsonl refuses a line whose text is over 1 MiB', async () => {
    const lines = [
      JSON.stringify({ text: 'Hello' }),
      JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 1) }),
    ];
    const run = await tactful(['tone', '--jsonl'], lines.join('\n'));
    expectRefused(run, 'tone', /^tactful tone: line 2: "text" is over 1 MiB/);
  });

  it('tactful plan refuses a request over 1 MiB', async () => {
    const request = { ...planRequest, padding: ' '.repeat(1024 * 1024) };
    const run = await tactful(['plan'], JSON.stringify(request));
    expectRefused(run, 'plan', /^tactful plan: stdin is over 1 MiB .+ a plan request \(JSON\)\n$/);
  });
});

describe('the real command, in its own process', () => {
  it.concurrent.each([
    [
      'an unknown option',
      ['tone', '--bogus'],
      'Hello',
      /^tactful tone: unknown option "--bogus"\n\nUsage: /,
    ],
    [
      'an unknown option',
      ['plan', '--bogus'],
      '{}',
      /^tactful plan: unknown option "--bogus"\n\nUsage: /,
    ],
    [
      'an unknown option',
      ['history', '--bogus'],
      '{}',
      /^tactful history: unknown option "--bogus"\n\nUsage: /,
    ],
    ['/dev/null', ['tone'], undefined, /^tactful tone: stdin is empty: expected a draft\n$/],
    [
      '/dev/null',
      ['plan'],
      undefined,
      /^tactful plan: stdin is empty: expected a plan request \(JSON\)\n$/,
    ],
    ['a bad request', ['plan'], '{"balance": "lots"}', /^tactful plan: balance: .+\n$/],
    [
      'a 5 MB draft',
      ['tone'],
      'You have ignored every letter we sent. '.repeat(130_000), // 5.07 MB
      /^tactful tone: stdin is over 1 MiB \(1,048,576 bytes\), the limit for a draft\n$/,
    ],
  ])(
    '%s for %j: refused on stderr, exit 2',
    async (_name, argv, stdin, message) => {
      expectRefused(await runTactful(argv, stdin), argv[0] ?? '', message);
    },
    processTimeout,
  );

  it.concurrent(
    'takes --locale=es as --locale es, and numbers --jsonl lines without an id',
    async () => {
      const lines = ['{"text":"Le embargaremos la nómina."}', '', '{"id":"a","text":"Hola"}'];
      const [spaced, joined] = await Promise.all([
        runTactful(['tone', '--jsonl', '--locale', 'es'], lines.join('\n')),
        runTactful(['tone', '--jsonl', '--locale=es'], lines.join('\n')),
      ]);
      expect(joined).toEqual(spaced);
      expect(spaced.code).toBe(0);
      expect(idsAndVerdicts(spaced.stdout)).toEqual([
        [1, 'block'],
        ['a', 'ok'],
      ]);
    },
    processTimeout,
  );

  it.concurrent(
    'stops quietly when the reader closes the pipe early (| head)',
    async () => {
      const line = JSON.stringify({ text: 'You never pay on time. This is your final warning.' });
      const run = await runTactful(['tone', '--jsonl'], `${line}\n`.repeat(5000), {
        closeStdoutEarly: true,
      });
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    },
    processTimeout,
  );
});
