/**
 * Concepts: named sets of words and phrases ("a third party", "to disclose"), matched through
 * inflection by stem. A locale declares its concepts once as data; `findConcepts` says where each
 * one occurs in a sentence.
 */
import { foldWord, stemWord } from './stem';
import { expandContraction, type Sentence } from './tokens';

/**
 * Who or what a threat is about. These name who or what a clause is about, and so may be its
 * subject ("the bailiffs will not come").
 */
export const subjectConcepts = [
  'third-party',
  'audience',
  'authority',
  'legal',
  'enforcement',
  'asset',
  'credit',
  'details',
] as const;

/** The concepts frames are built from. Declared once; each locale gives words for each. */
export const conceptIds = [
  ...subjectConcepts,
  // what is done
  'disclose',
  'publish',
  'contact',
  'credit-harm',
  'borrow-sell',
  // how it is said
  'future',
  'conditional',
  'obligation',
  'menace',
  'shame-cue',
  'self-id',
  'frequency',
  'persistence',
  'deadline',
  'escalation',
  'full-payment',
  'no-flexibility',
  'sarcasm',
  'hardship',
  'dismissal',
  'blame',
  'first-person',
  'second-person',
  'customer-actor',
  'modal',
  'non-payment',
  'insult',
  'family-money',
  'customer-said',
  // someone else passing themselves off as police or a court: a scam warning, not our claim
  'impostor',
  // "Sr. Gil", "Mr Idle": a title makes the next word a name, never an insult
  'honorific',
  // set phrases whose words mean nothing on their own: "por completo" (entirely) is no full payment
  'idiom',
  // "my colleague", "our manager", "I'm the supervisor": the person after it is on our side, no third
  // party of the customer's
  'our-side',
  'guilt',
  'comparison',
  'repetition',
  'negation',
  'negation-breaker',
  // whose action a clause tells of (meaning/scope.ts)
  'acknowledgement',
  'customer-past',
  'help',
  'empathy',
  'auxiliary',
  'verb-negation',
  'not-yet',
  // "the lien has been released": a threat's step told as over
  'undone',
] as const;
export type ConceptId = (typeof conceptIds)[number];

/**
 * A locale's words for each concept. A term is one or more words separated by spaces; each word
 * matches by stem, `=word` only as that exact folded word (where a stem would be too wide:
 * "empleador" and "empleo" share one), `word*` by prefix and `*ending` by suffix of the folded
 * word (for Spanish verb endings such as `*aremos`).
 */
export type ConceptLexicon = Readonly<Record<ConceptId, readonly string[]>>;

/** One occurrence of a concept: the tokens it covers, inclusive. */
export type ConceptHit = TermHit<ConceptId>;

/** One occurrence of a term of any lexicon (the tone's concepts, the customer signals' cues). */
export interface TermHit<Id extends string> {
  concept: Id;
  first: number;
  last: number;
}

type WordTest = { kind: 'stem' | 'exact' | 'prefix' | 'suffix'; value: string };
interface CompiledTerm {
  concept: string;
  words: WordTest[];
}
interface CompiledLexicon {
  /** Terms whose first word matches by stem, keyed by that stem. */
  byFirstStem: Map<string, CompiledTerm[]>;
  /** Terms whose first word is a prefix or suffix test (few; checked for every token). */
  open: CompiledTerm[];
  /** The concepts the lexicon was compiled for. */
  ids: ReadonlySet<string>;
}

const compiled = new WeakMap<object, CompiledLexicon>();

function compileWord(word: string, locale: string): WordTest {
  const folded = foldWord(word);
  if (folded.startsWith('=')) return { kind: 'exact', value: folded.slice(1) };
  if (folded.startsWith('*')) return { kind: 'suffix', value: folded.slice(1) };
  if (folded.endsWith('*')) return { kind: 'prefix', value: folded.slice(0, -1) };
  return { kind: 'stem', value: stemWord(folded, locale) };
}

function compile<Id extends string>(
  lexicon: Readonly<Record<Id, readonly string[]>>,
  ids: readonly Id[],
  locale: string,
): CompiledLexicon {
  let result = compiled.get(lexicon);
  if (result !== undefined) return result;
  result = { byFirstStem: new Map(), open: [], ids: new Set(ids) };
  for (const concept of ids) {
    for (const term of lexicon[concept]) {
      // Written the way agents type ("don't"), read the way tokens are ("do", "not").
      const words = term
        .split(' ')
        .filter((word) => word !== '')
        .flatMap((word) => (locale === 'en' ? expandContraction(foldWord(word)) : [word]))
        .map((word) => compileWord(word, locale));
      const first = words[0];
      if (first === undefined) continue;
      const entry = { concept, words };
      if (first.kind === 'stem' || first.kind === 'exact') {
        const list = result.byFirstStem.get(first.value) ?? [];
        list.push(entry);
        result.byFirstStem.set(first.value, list);
      } else {
        result.open.push(entry);
      }
    }
  }
  compiled.set(lexicon, result);
  return result;
}

function wordMatches(test: WordTest, token: Sentence['tokens'][number]): boolean {
  const { word, stem } = token;
  if (test.kind === 'stem') return stem === test.value || word === test.value;
  // "=llamo" is "I call": never "llamó" (they called), which folds to the same letters.
  if (test.kind === 'exact')
    return word === test.value && !(token.pastThirdPerson === true && word.endsWith('o'));
  if (test.kind === 'prefix') return word.startsWith(test.value);
  return word.length > test.value.length + 1 && word.endsWith(test.value);
}

function termMatchesAt(term: CompiledTerm, tokens: Sentence['tokens'], index: number): boolean {
  for (let offset = 0; offset < term.words.length; offset += 1) {
    const test = term.words[offset];
    const other = tokens[index + offset];
    if (test === undefined || other === undefined || !wordMatches(test, other)) {
      return false;
    }
    // A term's words are read together only when no punctuation parts them.
    if (offset > 0 && other.pause === true) return false;
  }
  return true;
}

/** Concepts that only guide the reading of the words around them; never returned as hits. */
const readerOnly: ReadonlySet<ConceptId> = new Set(['honorific', 'idiom', 'our-side']);

/** Every concept occurrence in `sentence`, in token order. */
export function findConcepts(
  sentence: Sentence,
  lexicon: ConceptLexicon,
  locale: string,
): ConceptHit[] {
  const hits = findTerms(sentence, lexicon, conceptIds, locale);
  if (!hits.some((hit) => readerOnly.has(hit.concept) || hit.concept === 'insult')) return hits;
  // A title (or a first name) only tells the reader that the next word is a name, an idiom that its words are not
  // read one by one, and "my"/"our" that the person after it is one of us; no frame or model
  // reads any of them.
  const after = (concept: ConceptId): Set<number> =>
    new Set(hits.filter((hit) => hit.concept === concept).map((hit) => hit.last + 1));
  const named = after('honorific');
  for (const index of fullNameSurnames(sentence)) named.add(index);
  const ours = after('our-side');
  const idioms = hits.filter((hit) => hit.concept === 'idiom');
  return hits.filter(
    (hit) =>
      !readerOnly.has(hit.concept) &&
      (hit.concept !== 'insult' || !named.has(hit.first)) &&
      (hit.concept !== 'third-party' || !ours.has(hit.first)) &&
      !idioms.some((idiom) => idiom.first <= hit.first && hit.last <= idiom.last),
  );
}

/** Words before a capitalised word that make it a common noun, not a name: "Your Mum", "El Jefe". */
const determiners: ReadonlySet<string> = new Set([
  'your',
  'the',
  'a',
  'an',
  'my',
  'our',
  'su',
  'sus',
  'tu',
  'tus',
  'el',
  'la',
  'los',
  'las',
  'un',
  'una',
]);

/**
 * The indices of capitalised words right after another capitalised word: the surname of a full name
 * ("Marta Gil, oficina de Madrid", "Carmen Ruiz"), never an insult; "Your Mum" is no name.
 */
function fullNameSurnames(sentence: Sentence): number[] {
  const surnames: number[] = [];
  sentence.tokens.forEach((token, index) => {
    const before = sentence.tokens[index - 1];
    if (token.capitalized !== true || before?.capitalized !== true) return;
    if (!determiners.has(before.word)) surnames.push(index);
  });
  return surnames;
}

/**
 * Every occurrence in `sentence` of a term of `lexicon`, whose concepts are `ids`, in token order:
 * the same matching (stem, `=exact`, `prefix*`, `*suffix`) for any vocabulary of concepts.
 */
export function findTerms<Id extends string>(
  sentence: Sentence,
  lexicon: Readonly<Record<Id, readonly string[]>>,
  ids: readonly Id[],
  locale: string,
): Array<TermHit<Id>> {
  const { byFirstStem, open, ids: known } = compile(lexicon, ids, locale);
  const hits: Array<TermHit<Id>> = [];
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) continue;
    // Terms keyed by the token's stem, by its word when that differs, then the open ones.
    matchTerms(byFirstStem.get(token.stem), tokens, index, known, hits);
    if (token.word !== token.stem) {
      matchTerms(byFirstStem.get(token.word), tokens, index, known, hits);
    }
    matchTerms(open, tokens, index, known, hits);
  }
  return hits;
}

function isKnown<Id extends string>(known: ReadonlySet<string>, concept: string): concept is Id {
  return known.has(concept);
}

/** Adds to `hits` each term of `list` that matches at token `index` (no array per token). */
function matchTerms<Id extends string>(
  list: readonly CompiledTerm[] | undefined,
  tokens: Sentence['tokens'],
  index: number,
  known: ReadonlySet<string>,
  hits: Array<TermHit<Id>>,
): void {
  if (list === undefined) return;
  for (const term of list) {
    if (termMatchesAt(term, tokens, index) && isKnown<Id>(known, term.concept)) {
      hits.push({ concept: term.concept, first: index, last: index + term.words.length - 1 });
    }
  }
}

/**
 * Compiles a locale's concept lexicon now (stemming every term), so the first check after the
 * language data loads does not pay for it. Called when the lazy chunk loads.
 */
export function prepareConcepts(lexicon: ConceptLexicon, locale: string): void {
  compile(lexicon, conceptIds, locale);
}
