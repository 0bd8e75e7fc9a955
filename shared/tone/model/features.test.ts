/**
 * The check reads each sentence through `sentenceBuckets` (no object per feature, for speed), while
 * training and `--explain` read it through `sentenceFeatures`. If the two ever disagreed, the model
 * would score drafts on features it was not trained on: every corpus message must give the same
 * buckets, in the same order (the order fixes how the weights are summed, to the last bit).
 */
import '..';
import { meaningFor } from '../meaning/slot';
import { readMeaning } from '../meaning/read';
import { checkTone } from '../check';
import { loadToneCorpus } from '../../../tests/fixtures/tone/corpus';
import { BucketList, sentenceBuckets } from './features';
import { judgedSentences, sentenceFeatures, type JudgedFinding } from './opinion';

describe('the check reads the features the model was trained on', () => {
  it('gives the same buckets as sentenceFeatures for every corpus message', () => {
    const list = new BucketList();
    let sentences = 0;
    for (const message of loadToneCorpus()) {
      const locale = message.locale ?? 'en';
      const meaning = meaningFor(locale);
      if (meaning === undefined) throw new Error(`no meaning data for ${locale}`);
      // The rules' findings stand in for the ones the model is told about.
      const findings: JudgedFinding[] = checkTone(message.text, {
        locale,
      }).findings.map(({ start, end, ruleId, severity }) => ({ start, end, ruleId, severity }));
      for (const entry of judgedSentences(readMeaning(message.text, meaning))) {
        sentenceBuckets(entry.sentence, entry.hits, entry.draft, findings, 16384, list);
        const expected = sentenceFeatures(entry, findings, 16384).map((feature) => feature.bucket);
        expect(Array.from(list.values.subarray(0, list.length))).toEqual(expected);
        sentences += 1;
      }
    }
    expect(sentences).toBeGreaterThan(500);
  });
});
