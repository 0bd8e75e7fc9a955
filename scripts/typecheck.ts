// Type-checks each part with the environment it runs in (so the core cannot see DOM, Node or React),
// then the whole project with tests, mocks and scripts.
import { spawnSync } from 'node:child_process';

const projects = [
  'shared',
  'apps/zendesk',
  'apps/hubspot/card',
  'apps/hubspot/server',
  'apps/cli',
  '.',
];

let failed = false;
for (const project of projects) {
  const started = Date.now();
  const result = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(`typecheck ${project}: ok (${seconds}s)`);
  } else {
    console.error(`typecheck ${project}: FAILED`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
