// The HubSpot card as HubSpot bundles it on upload (bench/hubspot-card.ts: the assembled card folder
// through esbuild, React and @hubspot/ui-extensions left to the host), gzipped, against its budget in
// bench/budgets.ts (issue 16). Sizes only, never times. The bundle also proves the assembled folder
// is complete: an import the build failed to copy or rewrite fails it here, as it would fail HubSpot's
// build after `hs project upload`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cardBundleBudgetKb } from '../../bench/budgets';
import { bundleCard, type CardBundle } from '../../bench/hubspot-card';
import { buildHubspot } from '../../scripts/build-hubspot';

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

describe('HubSpot card bundle', () => {
  let outDir: string;
  let bundle: CardBundle;
  beforeAll(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'tactful-hubspot-card-'));
    const { cardsDir } = buildHubspot({ outDir, quiet: true });
    bundle = await bundleCard(path.join(cardsDir, 'TactfulCard.tsx'));
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`is at most ${cardBundleBudgetKb} KB gzipped without the host's packages`, () => {
    expect(kb(bundle.gz)).toBeLessThanOrEqual(cardBundleBudgetKb);
  });

  it('carries neither learned model’s weights: the card fetches them from our backend', () => {
    // What reached the output (the metafile's inputs also list modules that were parsed, then
    // dropped, such as the Zendesk sidebar's lazy `import()` of the tone chunk, which the card
    // never calls).
    const output = Object.values(bundle.metafile.outputs)[0];
    const bundled = Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input);
    expect(bundled.length).toBeGreaterThan(0);
    expect(
      bundled.filter((input) => /shared\/(signals|tone)\/model\/weights\.json$/.test(input)),
    ).toEqual([]);
    // Nor the modules that import them (the Zendesk chunks, the CLI's and tests' full check).
    expect(
      bundled.filter((input) =>
        /shared\/(signals\/model\/install|tone\/meaning\/locales\/index|tone\/index)\.ts$/.test(
          input,
        ),
      ),
    ).toEqual([]);
  });

  it('leaves React and the ui-extensions SDK to the host', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(
      inputs.filter((input) => /node_modules\/(react|react-dom|@hubspot)\//.test(input)),
    ).toEqual([]);
  });
});
