// `tactful signals` (issue 20): one message on stdin, or one {"id","text","locale"?} a line with
// --jsonl; bad input refused like every other command (stderr, exit 2, nothing on stdout).
import { describe, expect, it } from '@jest/globals';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';

async function tactful(argv: string[], stdin: string) {
  const fake = fakeIo(stdin);
  const code = await main(['signals', ...argv], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('tactful signals', () => {
  it('reads with the learned second opinion too: a payment claimed without the rules’ words', async () => {
    const run = await tactful(
      ['--explain'],
      'Paid £60 yesterday through the app, reference ending 4410.',
    );
    expect(run.code).toBe(0);
    const [signal] = JSON.parse(run.stdout).signals;
    expect(signal).toMatchObject({
      kind: 'payment-claimed',
      action: 'signals.action.payment-claimed',
      frame: 'model',
    });
    expect(signal.explanation.length).toBeGreaterThan(0);
  });

  it('prints the signals of one message with the contract’s fields and an action code', async () => {
    const run = await tactful(
      ['--today', '2026-11-27', '--time-zone', 'Europe/London'],
      'Please stop calling me at work. I can pay £50 on Friday.',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      signals: [
        {
          kind: 'channel-opt-out',
          start: 0,
          end: 30,
          excerpt: 'Please stop calling me at work',
          confidence: expect.any(Number),
          action: 'signals.action.channel-opt-out',
          channels: ['phone'],
          place: 'work',
        },
        {
          kind: 'promise',
          start: 32,
          end: 55,
          excerpt: 'I can pay £50 on Friday',
          confidence: expect.any(Number),
          action: 'signals.action.promise',
          amount: { minor: 5000, currency: 'GBP' },
          date: '2026-12-04',
        },
      ],
    });
  });

  it('reads one message a line with --jsonl, each in its locale, ids kept', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Dejen de contactarme.', locale: 'es' }),
      '',
      JSON.stringify({ id: 7, text: 'Hi, what is my balance?' }),
      JSON.stringify({ text: "I've filed for bankruptcy." }),
    ];
    const run = await tactful(['--jsonl'], lines.join('\n'));
    expect(run.code).toBe(0);
    const results = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(
      results.map((result) => [
        result.id,
        result.signals.map((signal: { kind: string }) => signal.kind),
      ]),
    ).toEqual([
      ['a', ['cease']],
      [7, []],
      [4, ['bankruptcy']],
    ]);
  });

  it('prints its usage with --help and names the rule and frame with --explain', async () => {
    const help = await tactful(['--help'], '');
    expect(help).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^Usage: tactful signals/),
      stderr: '',
    });
    const run = await tactful(['--explain'], "I've filed for bankruptcy.");
    expect(JSON.parse(run.stdout).signals[0]).toMatchObject({
      kind: 'bankruptcy',
      ruleRef: expect.stringContaining('§362'),
      frame: 'bankruptcy',
    });
  });

  it.each([
    [['--locale', 'fr'], 'hello', /unknown locale "fr"/],
    [['--today', '27/11/2026'], 'hello', /--today must be a calendar date/],
    [['--time-zone', 'Mars/Olympus'], 'hello', /not an IANA time zone/],
    [['--currency', 'XYZ'], 'hello', /not an ISO 4217 currency/],
    [['--jsonl'], 'not json', /line 1: not valid JSON/],
    [['--jsonl'], JSON.stringify({ id: 1, text: '' }), /line 1: "text" is empty/],
    [['--jsonl'], JSON.stringify({ text: 'hi', locale: 'de' }), /line 1: unknown locale "de"/],
    [[], '   \n', /stdin is empty/],
  ])('refuses %j with %j', async (argv, stdin, message) => {
    const run = await tactful(argv, stdin);
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
    expect(run.stderr.startsWith('tactful signals: ')).toBe(true);
  });
});
