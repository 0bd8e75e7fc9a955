/**
 * Splits a draft into sentences, clauses and word tokens with their offsets. Linear in the input:
 * one pass of a simple word pattern and one of a punctuation pattern, whatever the text.
 */
import { QUOTED } from '../html';
import { foldWord, stemWord } from './stem';

/** One word as the frames see it: where it is, its folded form and its stem. */
export interface Token {
  /** Offset of the word in the scanned text (inclusive). */
  start: number;
  /** Offset just after the word. */
  end: number;
  /** Lower case, accents folded. Contractions are expanded: "won't" gives "will" then "not". */
  word: string;
  stem: string;
  /** Index of the clause the token is in, within its sentence. */
  clause: number;
  /**
   * Spanish: written with a stressed final "ó" ("llamó", "avisó"), the third person's past. Folding
   * drops the accent, which would make it "llamo" (I call); an exact form never reads it so.
   */
  pastThirdPerson?: true;
  /**
   * True when punctuation (a dash, a colon, "¿") stands between this token and the one before:
   * a term of several words never reads across it ("Si no, ¿quiere…" is no "no quiere").
   */
  pause?: true;
  /** Written with a capital and then a small letter ("Gil", "Marta"): maybe part of a name. */
  capitalized?: true;
}

/** One sentence: its span, its words and whether it asks a question. */
export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  question: boolean;
  /** Spans of the clauses, by clause index. */
  clauses: Array<{ start: number; end: number }>;
}

// Words with an optional contraction tail ("won't", "we'll", "boss's").
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]{1,3})?/gu;
// Sentence ends (quoted text, masked as QUOTED, ends one too); clause breaks inside a sentence.
const sentenceBreak = /[.!?\n]/u;
const clauseBreak = /[,;:()\u2013\u2014"“”«»]/u;
/**
 * Punctuation a several-word term never reads across: clause breaks but the comma, which also
 * parts the words of a list ("morning, noon and night"), and Spanish openers.
 */
const pauseMark = /[;:()\u2013\u2014"“”«»¿¡]/u;
/** A capital then a small letter: "Gil", not "GIL" (shouting) nor "gil". */
const capitalizedWord = /^\p{Lu}\p{Ll}/u;

/** Words that start a new clause even without punctuation ("…, but we will tell your boss"). */
const clauseWords = new Set([
  'but',
  'however',
  'although',
  'though',
  'whereas',
  'if',
  'unless',
  'or',
  'pero',
  'si',
  'o',
  'sino',
  'aunque',
  'mientras',
]);

// "won't" is "wo" + "n't" once the "n't" is cut off.
/** Abbreviations of a numbered thing ("No. 4410", "s.87 of the Act", "art. 1902"): only before a number. */
const numbered: ReadonlySet<string> = new Set([
  'no',
  'nº',
  's',
  'ss',
  'sec',
  'art',
  'para',
  'cl',
  'reg',
]);
/** Abbreviations whose full stop does not end a sentence ("Dear Mr. Davies", "Sra. Peña"). */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sr',
  'sra',
  'srta',
  'dra',
  'lic',
  'ing',
  'ud',
  'uds',
  'vd',
  'etc',
  'approx',
  'ref',
  ...numbered,
]);

/**
 * True when the full stop at `index` ends an abbreviation, not the sentence. "No." is a number's
 * abbreviation only before a number ("No. 4410"; "No. We will…" ends a sentence), as are "s." and
 * "art." ("s.87 of the Consumer Credit Act"), and "St." after a
 * capitalised word is a street ("on Elm St. You don't want…"), which ends a sentence as often as not.
 */
function abbreviatedAt(text: string, index: number, tokens: readonly Token[]): boolean {
  const word = tokens.at(-1)?.word ?? '';
  if (!abbreviations.has(word)) return false;
  if (numbered.has(word)) return /^\s*\d/u.test(text.slice(index + 1, index + 8));
  const before = tokens.at(-2);
  if (word === 'st' && before !== undefined) return !/^\p{Lu}/u.test(text.charAt(before.start));
  return true;
}

/** A Spanish word of three letters or more ending in a stressed "ó": "llamó", "PAGÓ". */
const stressedFinalO = /\p{L}{2}[óÓ]$/u;

/** The most words one sentence holds before the rest is read as the next one. */
const maxSentenceTokens = 80;

/** Words that open a condition; the main clause after it starts at its subject or future verb. */
const conditionOpeners = new Set(['if', 'unless', 'si']);
const mainClauseStart =
  /^(?:we|i|they|(?:[a-z]+(?:aremos|eremos|iremos|ara|era|ira|aran|eran|iran)))$/u;

const irregularNegatives: Readonly<Record<string, string>> = {
  wo: 'will',
  ca: 'can',
  sha: 'shall',
  ai: 'is',
};

/**
 * Negative contractions typed without the apostrophe, as texts often are ("we wont call your son").
 * "cant" and "wont" are also words, but hardly ever in a message to a customer; contractions that
 * spell common words without it ("we'll" as "well", "we're" as "were") are left alone.
 */
const bareNegatives: ReadonlySet<string> = new Set([
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'cant',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
]);

/** Expands one folded English contraction into the words it stands for ("won't" → will, not). */
export function expandContraction(word: string): string[] {
  const bare = bareNegatives.has(word);
  const apostrophe = bare ? word.length - 1 : word.indexOf("'");
  if (apostrophe < 0) return [word];
  const base = word.slice(0, apostrophe);
  const tail = word.slice(bare ? apostrophe : apostrophe + 1);
  if (tail === 't' && base.endsWith('n')) {
    const stem = base.slice(0, -1);
    return [irregularNegatives[stem] ?? stem, 'not'];
  }
  const tails: Readonly<Record<string, string>> = {
    ll: 'will',
    re: 'are',
    ve: 'have',
    d: 'would',
    m: 'am',
  };
  const expanded = tails[tail];
  return expanded === undefined ? [base] : [base, expanded];
}

/** True when `text` holds the character `code` in `[from, to)`. */
function holdsChar(text: string, code: number, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === code) return true;
  return false;
}

/** The sentences of `text` with their tokens, for `locale`'s stemmer. */
export function readSentences(text: string, locale: string): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Sentence | undefined;
  let clause = 0;
  let lastEnd = 0;
  let opener = '';
  // How many tokens of `current` are in clause `clause`: tokens only ever join the last clause,
  // so a count kept as they are pushed answers without rescanning the sentence for every word.
  let inClause = 0;
  // Whether punctuation came since the last token (see `Token.pause`).
  let paused = false;
  // A clause break only counts once the clause has a word, so ", ," never makes empty clauses.
  const breakClause = (): void => {
    if (current !== undefined && inClause > 0) {
      clause += 1;
      inClause = 0;
    }
    opener = '';
  };
  const punctuation = (from: number, to: number): void => {
    for (let index = from; index < to && current !== undefined; index += 1) {
      const char = text.charAt(index);
      if (char === '?') current.question = true;
      if (pauseMark.test(char)) paused = true;
      const abbreviated =
        char === '.' && index === from && abbreviatedAt(text, index, current.tokens);
      if ((sentenceBreak.test(char) && !abbreviated) || char === QUOTED) current = undefined;
      else if (clauseBreak.test(char)) breakClause();
    }
  };
  for (const match of text.matchAll(wordPattern)) {
    punctuation(lastEnd, match.index);
    // A run-on "sentence" is read in windows of at most `maxSentenceTokens`, which keeps the frames'
    // work per sentence bounded whatever the input (a 64 KB draft without a full stop).
    if (current !== undefined && current.tokens.length >= maxSentenceTokens) current = undefined;
    if (current === undefined) {
      current = { start: match.index, end: match.index, tokens: [], question: false, clauses: [] };
      sentences.push(current);
      clause = 0;
      inClause = 0;
      paused = false;
    }
    // Spanish opens a question with ¿ anywhere in the sentence.
    if (holdsChar(text, 0xbf, lastEnd, match.index)) current.question = true;
    const folded = foldWord(match[0]);
    // "If you don't pay by Friday we will sue": without a comma, the condition ends at "we" —
    // once the condition has words of its own ("If we don't hear from you …" starts with "we").
    const clauseWordCount = inClause;
    if (clauseWords.has(folded)) breakClause();
    else if (
      conditionOpeners.has(opener) &&
      clauseWordCount >= 3 &&
      mainClauseStart.test(folded.replace(/'.*$/u, ''))
    ) {
      breakClause();
    }
    if (inClause === 0) opener = folded;
    const end = match.index + match[0].length;
    const pause = paused && current.tokens.length > 0 ? { pause: true as const } : {};
    paused = false;
    const capital = capitalizedWord.test(match[0]) ? { capitalized: true as const } : {};
    if (locale === 'en' && (folded.includes("'") || bareNegatives.has(folded))) {
      expandContraction(folded).forEach((word, index) => {
        current?.tokens.push({
          start: match.index,
          end,
          word,
          stem: stemWord(word, locale),
          clause,
          ...(index === 0 ? { ...pause, ...capital } : {}),
        });
        inClause += 1;
      });
    } else {
      current.tokens.push({
        start: match.index,
        end,
        word: folded,
        stem: stemWord(folded, locale),
        clause,
        ...pause,
        ...capital,
        ...(locale === 'es' && stressedFinalO.test(match[0])
          ? { pastThirdPerson: true as const }
          : {}),
      });
      inClause += 1;
    }
    current.end = end;
    lastEnd = end;
  }
  punctuation(lastEnd, text.length);
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const span = sentence.clauses[token.clause];
      if (span === undefined)
        sentence.clauses[token.clause] = { start: token.start, end: token.end };
      else span.end = token.end;
    }
  }
  return sentences;
}
