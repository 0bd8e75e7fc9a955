/**
 * Word stems per locale, so a concept written once ("inform") matches every inflection a writer
 * uses ("informed", "informing"; "informaremos", "informará"). Snowball stemmers from kept packages:
 * Porter2 for English (wink-porter2-stemmer) and Snowball Spanish (NLP.js).
 */
import stemEnglish from 'wink-porter2-stemmer';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';

/** Lower case without accents or diaeresis ("Policía" → "policia"), as writers often drop them. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'");
}

let spanish: StemmerEs | undefined;
const cache = new Map<string, string>();

/** The stem of one folded word in `locale` (`en` or `es`); cached, since drafts repeat words. */
export function stemWord(folded: string, locale: string): string {
  const key = `${locale}:${folded}`;
  let stem = cache.get(key);
  if (stem === undefined) {
    if (locale === 'es') {
      spanish ??= new StemmerEs();
      // Short function words ("la", "su") are their own stems; the stemmer would strip them bare.
      stem = folded.length <= 3 ? folded : foldWord(spanish.stemWord(folded));
    } else {
      stem = stemEnglish(folded);
    }
    if (cache.size > 20_000) cache.clear();
    cache.set(key, stem);
  }
  return stem;
}
