// `npm run eval:tone`: checks the labelled corpus in tests/fixtures/tone/ and prints precision and
// recall per verdict and the targets of issue 3. Exits 1 when a target is missed.
import { checkTone } from '../shared/tone';
import { evaluateCorpus } from '../shared/tone/evaluate';
import { loadToneCorpus } from '../tests/fixtures/tone/corpus';

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');

const corpus = loadToneCorpus();
const locales = [...new Set(corpus.map((message) => message.locale ?? 'en'))];
let allMet = true;
for (const scope of [...locales, 'all']) {
  const messages = scope === 'all' ? corpus : corpus.filter((message) => message.locale === scope);
  const result = evaluateCorpus(messages, (message) =>
    checkTone(message.text, { locale: message.locale ?? 'auto' }),
  );
  console.log(`\nTone check on ${result.total} messages (${scope})`);
  console.log('verdict  expected  predicted  precision  recall');
  for (const [verdict, score] of Object.entries(result.perClass)) {
    console.log(
      `${verdict.padEnd(8)} ${String(score.expected).padStart(8)}  ${String(score.predicted).padStart(9)}  ${percent(score.precision).padStart(9)}  ${percent(score.recall).padStart(6)}`,
    );
  }
  const { blockWorthyOk, blockRecall, reviewCaught, goodFalseAlarms } = result.targets;
  const mark = (met: boolean): string => (met ? 'met' : 'MISSED');
  console.log(
    `block-worthy that came back ok:     ${blockWorthyOk.value} (target 0) ${mark(blockWorthyOk.met)}`,
  );
  console.log(
    `block-worthy that came back block:  ${percent(blockRecall.value)} (target >= 95%) ${mark(blockRecall.met)}`,
  );
  console.log(
    `review-worthy flagged review/block: ${percent(reviewCaught.value)} (target >= 90%) ${mark(reviewCaught.met)}`,
  );
  console.log(
    `good messages with any flag:        ${percent(goodFalseAlarms.value)} (target <= 3%) ${mark(goodFalseAlarms.met)}`,
  );
  if (scope === 'all') {
    allMet = Object.values(result.targets).every((target) => target.met);
    if (verbose) {
      for (const miss of result.misses) {
        console.log(`  ${miss.id} expected ${miss.expected}, got ${miss.verdict}: ${miss.text}`);
      }
    }
  }
}
process.exitCode = allMet ? 0 : 1;
