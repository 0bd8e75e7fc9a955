// The container image of the HubSpot backend (Dockerfile): built on the official Node image of a
// supported LTS, holding every source file the start script imports; and, where a Docker daemon
// answers, built for real. Without one the build is skipped, saying so.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const repoRoot = path.resolve(__dirname, '..', '..');
const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');

/** The repository paths the Dockerfile copies into the image. */
const copied = [...dockerfile.matchAll(/^COPY (.+) \S+$/gm)].flatMap((match) =>
  (match[1] ?? '').split(' '),
);

describe('the Dockerfile', () => {
  it('builds on the official Node image, 22 or 24 LTS', () => {
    expect(dockerfile).toMatch(/^FROM node:(22|24)(-[a-z]+)*(\s|$)/m);
  });

  it('copies every source file the start script imports', async () => {
    const result = await build({
      entryPoints: [path.join(repoRoot, 'scripts/start-hubspot-backend.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
      absWorkingDir: repoRoot,
    });
    const missing = Object.keys(result.metafile.inputs).filter(
      (file) => !copied.some((entry) => file === entry || file.startsWith(`${entry}/`)),
    );
    expect(missing).toEqual([]);
  });

  const daemon = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
  const haveDocker = daemon.status === 0;
  if (!haveDocker) {
    console.warn(
      '\n*** SKIPPED: docker build of the HubSpot backend image (no Docker daemon answers `docker info`) ***\n',
    );
  }
  (haveDocker ? it : it.skip)(
    'builds',
    () => {
      const built = spawnSync(
        'docker',
        ['build', '--quiet', '--tag', 'tactful-hubspot-backend:test', repoRoot],
        { encoding: 'utf8', timeout: 600_000 },
      );
      // On failure the end of Docker's output says why.
      expect({
        status: built.status,
        output: built.status === 0 ? '' : built.stderr.slice(-2000),
      }).toEqual({ status: 0, output: '' });
    },
    600_000,
  );
});
