// Three backend instances on one PostgreSQL behind a round-robin proxy, against a fleet of ten mock
// HubSpot portals that answer 429 and 5xx at random; one instance is killed with SIGKILL mid-run and
// started again (tests/server/multi-instance/run.ts runs it in a child process, away from msw).
// Required in CI; elsewhere it needs TACTFUL_TEST_DATABASE_URL and says loudly when it is skipped.
import { afterAll, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { runReportSchema, type RunReport } from './multi-instance/report';
import { describeWithPostgres, requireDatabaseUrl, testDatabaseUrl } from './postgres';

if (!testDatabaseUrl && process.env.CI !== 'true') {
  console.warn(
    '\n*** SKIPPED: multi-instance test (3 instances on one PostgreSQL): set TACTFUL_TEST_DATABASE_URL ***\n' +
      '*** e.g. postgres://tactful:tactful@127.0.0.1:5432/tactful_test ***\n',
  );
}

const repoRoot = path.resolve(__dirname, '..', '..');
let run: ChildProcess | undefined;
afterAll(() => {
  if (run && run.exitCode === null) run.kill('SIGTERM');
});

/** Runs the scenario with 3 instances and returns its report. */
function runThreeInstances(databaseUrl: string): Promise<RunReport> {
  return new Promise((resolve, reject) => {
    run = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'tests/server/multi-instance/run.ts'), '3'],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH, TACTFUL_TEST_DATABASE_URL: databaseUrl },
      },
    );
    let output = '';
    let errors = '';
    run.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    run.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    run.once('exit', (code) => {
      const line = output.split('\n').find((text) => text.startsWith('REPORT '));
      if (code !== 0 || !line) {
        reject(new Error(`multi-instance run failed (exit ${code}):\n${errors.slice(-2000)}`));
        return;
      }
      resolve(runReportSchema.parse(JSON.parse(line.slice('REPORT '.length))));
    });
  });
}

describeWithPostgres('three instances on one PostgreSQL', () => {
  it('lose and double no write, keep every portal within its burst limit and refresh each token once per expiry', async () => {
    const report = await runThreeInstances(requireDatabaseUrl());
    console.log(
      [
        `multi-instance: ${report.instances} instances, ${report.portals} portals, ${report.requests} signed card requests in ${report.seconds} s (${report.requestsPerSecond}/s; p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, max ${report.latencyMs.max} ms)`,
        `  reads by status: ${JSON.stringify(report.reads)}`,
        `  writes: ${report.writes.asked} asked, ${report.writes.acknowledged} acknowledged after ${report.writes.attempts} attempts; lost ${report.writes.lost}, doubled ${report.writes.doubled}`,
        `  HubSpot: ${report.hubspot.calls} calls, faults ${JSON.stringify(report.hubspot.faults)}; most calls of one portal in any ${report.hubspot.windowMs} ms window: ${report.hubspot.maxInAnyWindow} (limit ${report.hubspot.limit}; busiest portal ${report.hubspot.busiestPortalCalls} calls)`,
        `  token refreshes: ${report.refreshes.total} (per portal ${report.refreshes.perPortal.join(', ')}), early ${report.refreshes.early} (${report.refreshes.earlyAfterKill} more of a token that died with the killed instance)`,
        `  killed: ${report.killed ? `instance ${report.killed.instance} with SIGKILL after ${report.killed.atRequest} requests, serving again ${report.killed.restartedAfterMs} ms later` : 'none'}`,
        `  instance warnings: ${JSON.stringify(report.instanceErrors)}`,
      ].join('\n'),
    );
    expect(report.requests).toBe(2000);
    expect(report.killed).toBeDefined();
    // The mock HubSpot did misbehave, in every way it can.
    expect(report.hubspot.faults.rateLimited).toBeGreaterThan(0);
    expect(report.hubspot.faults.unavailable).toBeGreaterThan(0);
    expect(report.hubspot.faults.lostReply).toBeGreaterThan(0);
    // No write lost, none doubled: each has exactly one note and one task in HubSpot.
    expect(report.writes.acknowledged).toBe(report.writes.asked);
    expect(report.writes.lost).toBe(0);
    expect(report.writes.doubled).toBe(0);
    // No portal over its limit in any window, counted where HubSpot counts: on arrival.
    expect(report.hubspot.maxInAnyWindow).toBeLessThanOrEqual(report.hubspot.limit);
    // Tokens came due during the run, and each was refreshed once. A refresh whose reply came after
    // the instance stopped waiting (a timeout on a loaded machine, logged as oauth.failed) leaves
    // HubSpot's new token unknown to us, so the next refresh comes early: at most one per failure.
    expect(report.refreshes.total).toBeGreaterThanOrEqual(report.portals);
    expect(report.refreshes.early).toBeLessThanOrEqual(report.instanceErrors['oauth.failed'] ?? 0);
  }, 300_000);
});
