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

  /** What reached the output (the metafile's inputs also list modules parsed, then dropped). */
  const bundled = (): string[] => {
    const output = Object.values(bundle.metafile.outputs)[0];
    return Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input);
  };

  it('carries no language engine: our backend checks drafts and reads customers (issues 16, 20)', () => {
    const inputs = bundled();
    expect(inputs.length).toBeGreaterThan(0);
    // The tone check: its rules, the meaning reader's lexicons and frames, the learned model, the
    // check itself and the entries that install them; and the stemmers.
    const toneEngine =
      /shared\/tone\/(?:rules|meaning|model|locales)\/|shared\/tone\/(?:check|core|index|detect|pattern|policy|without-model)\.ts$/;
    // The customer-signals reader: its cue lexicons, frames, model, reader and the message text.
    const signalsEngine =
      /shared\/signals\/(?:locales|model|details)\/|shared\/signals\/(?:read|reader|frames|cues|index|message-text)\.ts$/;
    expect(inputs.filter((input) => toneEngine.test(input))).toEqual([]);
    expect(inputs.filter((input) => signalsEngine.test(input))).toEqual([]);
    expect(inputs.filter((input) => /node_modules\/@nlpjs\//.test(input))).toEqual([]);
    // Nor either model's weights, or the card's old loader of them.
    expect(inputs.filter((input) => /weights\.json$|model-weights\.ts$/.test(input))).toEqual([]);
  });

  it("carries plan summaries in every language but none of the settings check's sentences", () => {
    const inputs = bundled();
    // A summary is written in the customer's language, whatever the user's; stored settings are
    // only checked on the card (shared/settings checkSettings), never worded (issue 16).
    expect(
      inputs.filter((input) => /i18n\/compiled\/summary-(?:en|es)\.json$/.test(input)),
    ).toHaveLength(2);
    expect(inputs.filter((input) => /i18n\/compiled\/settings-[a-z]+\.json$/.test(input))).toEqual(
      [],
    );
  });

  it('leaves React and the ui-extensions SDK to the host', () => {
    const inputs = Object.keys(bundle.metafile.inputs);
    expect(
      inputs.filter((input) => /node_modules\/(react|react-dom|@hubspot)\//.test(input)),
    ).toEqual([]);
  });
});
