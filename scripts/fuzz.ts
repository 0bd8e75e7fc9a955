/**
 * `npm run fuzz`: the boundary fuzzing of tests/reliability at a long run count (FUZZ_RUNS, default
 * 10,000 payloads per boundary). Prints each boundary's count and the first counterexample, if any.
 */
import fc from 'fast-check';
import { server } from '../mocks/node';
import { boundaries, closeBoundaries, survives } from '../tests/reliability/fuzz/boundaries';

const runs = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const only = process.argv[2];

// The backend boundary calls the mock HubSpot API through msw, as in jest.
server.listen({ onUnhandledRequest: 'error' });

let failed = 0;
for (const target of boundaries) {
  if (only !== undefined && !target.name.toLowerCase().includes(only.toLowerCase())) continue;
  const started = performance.now();
  const result = await fc.check(
    fc.asyncProperty(target.arbitrary, (input) => survives(target, input)),
    { numRuns: runs },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed += 1;
    console.log(`FAIL ${target.name} after ${result.numRuns} runs (${seconds}s)`);
    console.log(fc.defaultReportMessage(result));
    console.log(String(result.errorInstance));
  } else {
    console.log(`ok   ${target.name}: ${result.numRuns} payloads (${seconds}s)`);
  }
}
await closeBoundaries();
server.close();
process.exit(failed === 0 ? 0 : 1);
