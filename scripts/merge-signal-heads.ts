// `npx tsx scripts/merge-signal-heads.ts --base BASE.json --from CANDIDATE.json --heads self-harm
// [--out FILE]`: takes the named heads (weights, bias and thresholds) of a retrained signals model
// and the rest from the base, so a head that wins on a blind round ships without the kinds the same
// retraining made worse. Session 19 shipped the self-harm head trained on dev + s1–s52 beside the
// kinds' heads trained on dev + s1–s37 (README, "Customer signals", round 23).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  decodeSignalModel,
  encodeSignalModel,
  modelHeads,
  type ModelHead,
} from '../shared/signals/model/model';

const usage =
  'usage: merge-signal-heads --base BASE.json --from CANDIDATE.json --heads HEAD[,HEAD] [--out FILE]\n';

function fail(message: string): never {
  process.stderr.write(`merge-signal-heads: ${message}\n${usage}`);
  process.exit(2);
}

function isHead(name: string): name is ModelHead {
  return (modelHeads as readonly string[]).includes(name);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      base: { type: 'string', default: 'shared/signals/model/weights.json' },
      from: { type: 'string' },
      heads: { type: 'string' },
      out: { type: 'string', default: 'shared/signals/model/weights.json' },
    },
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { base: baseFile, from, heads: headList, out } = parsed;
if (from === undefined || headList === undefined) fail('--from and --heads are required');
const heads = headList.split(',').map((name) => {
  if (!isHead(name)) fail(`unknown head "${name}" (one of ${modelHeads.join(', ')})`);
  return name;
});

function load(file: string): ReturnType<typeof decodeSignalModel> {
  try {
    return decodeSignalModel(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    fail(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
const base = load(baseFile);
const candidate = load(from);
if (candidate.buckets !== base.buckets) fail('the two models hash into different bucket counts');

const weights = Float64Array.from(base.weights);
const bias = [...base.bias];
const thresholds = { ...base.thresholds };
for (const head of heads) {
  const index = modelHeads.indexOf(head);
  const slice = candidate.weights.subarray(index * base.buckets, (index + 1) * base.buckets);
  weights.set(slice, index * base.buckets);
  bias[index] = candidate.bias[index] ?? 0;
  thresholds[head] = candidate.thresholds[head];
}
writeFileSync(
  out,
  `${JSON.stringify(encodeSignalModel({ buckets: base.buckets, bias, weights, thresholds }))}\n`,
);
process.stdout.write(`wrote ${out}: ${heads.join(', ')} from ${from}, the rest from ${baseFile}\n`);
