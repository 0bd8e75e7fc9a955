// Type declarations for the two stemming packages, which ship plain CommonJS without types.
declare module 'wink-porter2-stemmer' {
  /** The Porter2 (Snowball English) stem of one lower-case word. */
  export default function stem(word: string): string;
}

declare module '@nlpjs/lang-es/src/stemmer-es' {
  /** The Snowball Spanish stemmer as ported by NLP.js. */
  export default class StemmerEs {
    stemWord(word: string): string;
  }
}
