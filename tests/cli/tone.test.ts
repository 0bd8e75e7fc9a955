import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';
import { idsAndVerdicts } from './run-tactful';

async function tone(stdin: string, args: string[] = []) {
  const fake = fakeIo(stdin);
  const code = await main(['tone', ...args], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('tactful tone', () => {
  it('prints the verdict, score and findings as issue 3 specifies', async () => {
    const { code, stdout, stderr } = await tone("You haven't paid your bill");
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout)).toEqual({
      verdict: 'review',
      score: expect.any(Number),
      findings: [
        {
          category: 'accusatory',
          severity: 'review',
          start: 0,
          end: 26,
          excerpt: "You haven't paid your bill",
          reason: expect.any(String),
          suggestion:
            "I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?",
        },
      ],
    });
  });

  it.each([[['--locale', 'es']], [['--locale=es']]])('checks Spanish with %j', async (args) => {
    const { code, stdout } = await tone('Le embargaremos la nómina.', args);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      verdict: 'block',
      findings: [{ category: 'threat' }],
    });
  });

  it('reads HTML drafts with --format html and points into the HTML', async () => {
    const html = '<p>Your account is <b>delinquent</b>.</p>';
    const { stdout } = await tone(html, ['--format', 'html']);
    const [finding] = JSON.parse(stdout).findings as Array<{ start: number; end: number }>;
    expect(finding && html.slice(finding.start, finding.end)).toBe('delinquent');
  });

  it('checks one message a line with --jsonl, keeps each id and numbers lines without one', async () => {
    const input = [
      JSON.stringify({
        id: 'a1',
        text: 'Thanks, I understand. We can set up a plan that works for you.',
      }),
      '',
      JSON.stringify({ id: 7, text: 'Usted es un sinvergüenza.', locale: 'es' }),
      JSON.stringify({ text: 'We will take legal action tomorrow.' }),
    ].join('\n');
    const { code, stdout } = await tone(input, ['--jsonl']);
    expect(code).toBe(0);
    expect(idsAndVerdicts(stdout)).toEqual([
      ['a1', 'ok'],
      [7, 'block'],
      [4, 'block'], // its line number: blank lines count
    ]);
  });

  it.each([
    [['--locale', 'fr'], 'anything', /unknown locale "fr"/],
    [['--jsonl'], '{"id": 1, "text": "ok"}\n{not json', /line 2: not valid JSON/],
    [['--jsonl'], '{"id": 1}', /line 1: expected .*"text"/],
    [['--jsonl'], '{"id": null, "text": "hi"}', /line 1: expected .*\(problem with "id"\)/],
    [['--locale'], 'x', /--locale needs a value/],
    [['--locale', '--jsonl'], 'x', /--locale needs a value/],
    [['--jsonl=yes'], 'x', /--jsonl takes no value/],
    [['draft.txt'], 'x', /unexpected argument "draft.txt"/],
    [['--jsonl'], '{"id": 1, "text": "hi", "locale": "xx"}', /line 1: unknown locale "xx"/],
    [['--shout'], 'x', /unknown option "--shout"/],
  ])(
    'rejects bad input %j with a clear message and no stack trace',
    async (args, stdin, message) => {
      const { code, stdout, stderr } = await tone(stdin, args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    },
  );

  it('says with --explain what raised each finding: rule, frame and concepts, or model n-grams', async () => {
    const { code, stdout } = await tone(
      "You haven't paid your bill. What would your boss think if we told them?",
      ['--explain', '--locale', 'en'],
    );
    expect(code).toBe(0);
    const findings = (JSON.parse(stdout) as { findings: Array<{ explain: unknown }> }).findings;
    expect(findings.map((finding) => finding.explain)).toEqual([
      { rule: 'en.accusatory.not-paid' },
      {
        frame: 'third-party.disclosure',
        concepts: [
          { concept: 'third-party', words: 'boss' },
          { concept: 'disclose', words: expect.any(String) },
        ],
      },
    ]);
  });

  it('prints no explanation unless asked', async () => {
    const { stdout } = await tone('What would your boss think if we told them?', [
      '--locale',
      'en',
    ]);
    expect(stdout).not.toContain('explain');
  });

  it.each([
    ['no draft', '', [], 'tactful tone: stdin is empty: expected a draft\n'],
    ['a blank draft', ' \n\t\n', [], 'tactful tone: stdin is empty: expected a draft\n'],
    ['no lines', '', ['--jsonl'], 'tactful tone: stdin is empty: expected drafts as JSON lines\n'],
    [
      'a line with empty text',
      '{"text":"hi"}\n{"text":" "}',
      ['--jsonl'],
      'tactful tone: line 2: "text" is empty\n',
    ],
  ])('refuses %s: nothing to check is an error, not "ok"', async (_name, stdin, args, message) => {
    const { code, stdout, stderr } = await tone(stdin, args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });

  it('refuses a draft over 1 MiB, and a --jsonl line whose text is over 1 MiB', async () => {
    const draft = 'Please call us about your balance. '.repeat(30_000); // 1.05 MB
    const single = await tone(draft);
    expect(single.code).toBe(2);
    expect(single.stdout).toBe('');
    expect(single.stderr).toBe(
      'tactful tone: stdin is over 1 MiB (1,048,576 bytes), the limit for a draft\n',
    );
    const lines = [JSON.stringify({ text: 'Hello' }), JSON.stringify({ id: 'big', text: draft })];
    const bulk = await tone(lines.join('\n'), ['--jsonl']);
    expect(bulk.code).toBe(2);
    expect(bulk.stdout).toBe('');
    expect(bulk.stderr).toBe(
      'tactful tone: line 2: "text" is over 1 MiB (1,048,576 bytes), the limit for a draft\n',
    );
  });

  it('counts the limit in bytes of UTF-8: 1 MiB of text is accepted', async () => {
    const draft = 'ñ'.repeat(512 * 1024); // 2 bytes each: exactly 1 MiB
    const { code, stderr } = await tone(draft, ['--locale', 'es']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const over = await tone(`${draft}.`, ['--locale', 'es']);
    expect(over.code).toBe(2);
  });

  it('works as `npx tactful tone` in a real process', () => {
    const good = spawnSync('npx', ['tactful', 'tone'], {
      input: 'We will take legal action tomorrow.',
      encoding: 'utf8',
    });
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ verdict: 'block' });

    const bad = spawnSync('npx', ['tactful', 'tone', '--jsonl'], {
      input: 'nope',
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('tactful tone: line 1: not valid JSON\n');
  });
});
