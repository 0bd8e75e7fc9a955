import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { main } from '../../apps/cli/main';
import { fakeIo } from './fake-io';

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

  it('checks Spanish with --locale es', async () => {
    const { code, stdout } = await tone('Le embargaremos la nómina.', ['--locale', 'es']);
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

  it('checks one message a line with --jsonl and keeps each id', async () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'Thanks, I understand. We can offer a payment plan.' }),
      '',
      JSON.stringify({ id: 7, text: 'Usted es un sinvergüenza.', locale: 'es' }),
    ].join('\n');
    const { code, stdout } = await tone(input, ['--jsonl']);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: unknown; verdict: string });
    expect(lines.map((line) => [line.id, line.verdict])).toEqual([
      ['a1', 'ok'],
      [7, 'block'],
    ]);
  });

  it.each([
    [['--locale', 'fr'], 'anything', /unknown locale "fr"/],
    [['--jsonl'], '{"id": 1, "text": "ok"}\n{not json', /line 2: not valid JSON/],
    [['--jsonl'], '{"id": 1}', /line 1: expected .*"text"/],
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

  it('answers an empty draft with ok', async () => {
    const { code, stdout } = await tone('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ verdict: 'ok', score: 75, findings: [] });
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
