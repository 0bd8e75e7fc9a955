import { spawnSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { main } from '../../apps/cli/main';
import { historyRequestJson } from '../../shared/testing/factories';
import { fakeIo } from './fake-io';

const request = historyRequestJson(); // 09:00 in Chicago

describe('tactful history', () => {
  it('prints the summary, a verdict per channel and a nudge', async () => {
    const run = fakeIo(JSON.stringify(request));
    expect(await main(['history'], run.io)).toBe(0);
    const output = JSON.parse(run.stdout());
    expect(output.summary).toMatchObject({
      daysPastDue: 15,
      stage: '1-15',
      lastInbound: { channel: 'email', at: '2026-11-24T18:00:00Z' },
      lastRightPartyConversation: { channel: 'call' },
      last7Days: { total: 2 },
    });
    expect(output.channels.call).toEqual({
      allowed: false,
      reasons: ['We spoke by phone in the last 7 days.'],
      reasonCodes: ['call-after-conversation'],
      notices: [],
      nextAllowedAt: '2026-11-30T08:00:00-06:00',
    });
    expect(output.channels.email).toMatchObject({
      allowed: true,
      nextAllowedAt: '2026-11-25T09:00:00-06:00',
    });
    expect(output.channels.sms).toMatchObject({
      allowed: false,
      nextAllowedAt: null,
      reasonCodes: ['do-not-sms'],
    });
    expect(Object.keys(output.channels)).toEqual(['call', 'email', 'sms', 'letter']);
    expect(output.nudge).toMatchObject({ kind: 'pause-after-conversation', channel: 'email' });
    expect(output.nudge.message).toMatch(/^Give them time after your last conversation\. /);
    expect(run.stderr()).toBe('');
  });

  it('words the reasons and the nudge from the catalog in --locale, codes unchanged', async () => {
    const run = fakeIo(JSON.stringify(request));
    expect(await main(['history', '--locale=es'], run.io)).toBe(0);
    const output = JSON.parse(run.stdout());
    expect(output.channels.call).toMatchObject({
      reasons: ['Hablamos por teléfono en los últimos 7 días.'],
      reasonCodes: ['call-after-conversation'],
    });
    expect(output.nudge.message).toMatch(/^Deje tiempo tras la última conversación\. /);
  });

  it('refuses invalid input with a clear message, exit code 2 and no stack trace', async () => {
    const run = fakeIo(
      JSON.stringify({ ...request, timeZone: 'Central', events: [{ at: 'yesterday' }] }),
    );
    expect(await main(['history'], run.io)).toBe(2);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toContain('timeZone: expected an IANA time zone');
    expect(run.stderr()).toContain('events[0].at: expected an ISO 8601 instant');
    expect(run.stderr()).not.toMatch(/\n\s+at /);
  });

  it('refuses text that is not JSON', async () => {
    const run = fakeIo('now=today');
    expect(await main(['history'], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/^tactful history: invalid input\ninput is not valid JSON/);
  });

  it('works through the real `npx tactful history`', () => {
    const result = spawnSync('npx', ['tactful', 'history'], {
      input: JSON.stringify(request),
      encoding: 'utf8',
      cwd: process.cwd(),
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).channels.call.nextAllowedAt).toBe('2026-11-30T08:00:00-06:00');
  });
});
