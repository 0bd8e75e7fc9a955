/** The benchmark's typical draft: 600 characters of English corpus messages, run together. */
import { loadToneCorpus } from '../tests/fixtures/tone/corpus';

export function typicalDraft(): string {
  return loadToneCorpus()
    .filter((message) => message.locale === 'en')
    .map((message) => message.text)
    .join(' ')
    .slice(0, 600);
}
