/**
 * Word stems per locale, so a concept written once ("inform") matches every inflection a writer
 * uses ("informed", "informing"; "informaremos", "informará"). Snowball stemmers from kept packages:
 * Porter2 for English (wink-porter2-stemmer) and Snowball Spanish (NLP.js).
 */
import stemEnglish from 'wink-porter2-stemmer';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es';

/** Lower case without accents or diaeresis ("Policía" → "policia"), as writers often drop them. */
export function foldWord(word: string): string {
  // Most words are plain ASCII, which NFD leaves alone and which holds no accent or ’.
  if (isAscii(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/’/g, "'");
}

function isAscii(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    if (word.charCodeAt(index) > 0x7f) return false;
  }
  return true;
}

let spanish: StemmerEs | undefined;
/** Per locale, folded word → stem (no key string built per lookup). */
const caches = new Map<string, Map<string, string>>();

/** The stem of one folded word in `locale` (`en` or `es`); cached, since drafts repeat words. */
export function stemWord(folded: string, locale: string): string {
  let cache = caches.get(locale);
  if (cache === undefined) caches.set(locale, (cache = new Map()));
  let stem = cache.get(folded);
  if (stem === undefined) {
    if (locale === 'es') {
      spanish ??= new StemmerEs();
      // Short function words ("la", "su") are their own stems; the stemmer would strip them bare.
      stem = folded.length <= 3 ? folded : foldWord(spanish.stemWord(folded));
    } else {
      stem = stemEnglish(folded);
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(folded, stem);
  }
  return stem;
}
