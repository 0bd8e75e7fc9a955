/**
 * Reads a draft for intent: per sentence, which concepts occur, which frames they complete, and
 * whether a negation in the same clause turns the sentence into a reassurance ("we will never
 * contact your employer"). Returns findings whose span is the clauses the frame covers.
 */
import { QUOTED } from '../html';
import type { Severity, ToneCategory } from '../types';
import {
  findConcepts,
  subjectConcepts,
  type ConceptHit,
  type ConceptId,
  type ConceptLexicon,
} from './concepts';
import { frames, type Frame, type FrameText } from './frames';
import { customersOwnSpans, insideOwnSpan, type OwnSpan } from './scope';
import { readSentences, type Sentence } from './tokens';
import { foldWord } from './stem';

/** Everything a locale gives the reader. */
export interface MeaningLocale {
  locale: string;
  concepts: ConceptLexicon;
  text: Readonly<Record<string, FrameText>>;
  /** What the learned model's findings say, by the level it raises the verdict to. */
  model: { review: string; block: string };
}

/** A finding from a frame, against the scanned text, with what made it fire. */
export interface MeaningFinding {
  category: ToneCategory;
  severity?: Severity;
  start: number;
  end: number;
  reason: string;
  suggestion: string;
  ruleRef?: string;
  ruleId: string;
  /** The frame and the words of each concept that completed it, for `--explain`. */
  explanation: { frame: string; concepts: Array<{ concept: ConceptId; words: string }> };
}

function wordsOf(sentence: Sentence, hit: ConceptHit): string {
  return sentence.tokens
    .slice(hit.first, hit.last + 1)
    .map((token) => token.word)
    .join(' ');
}

/**
 * True when a negation precedes `hit` in its clause, or negates the clause's main verb right after
 * `hit` as its subject ("the bailiffs will not come"), and nothing turns it back into pressure.
 */
function negated(sentence: Sentence, hits: readonly ConceptHit[], hit: ConceptHit): boolean {
  return (
    negatedBeforeHit(sentence, hits, hit) ||
    negatedAfterSubject(sentence, hits, hit) ||
    deniedPrecondition(sentence, hits, hit) ||
    toldAsUndone(sentence, hits, hit)
  );
}

/** Concepts that keep a clause a threat even when it names a step as undone. */
const stillAhead: readonly ConceptId[] = ['future', 'conditional', 'obligation', 'negation'];

/**
 * True when `hit`'s clause tells its step as over ("the garnishment order was withdrawn", "we've
 * stopped the warrant application", "el embargo fue levantado"), with nothing in the clause still ahead ("will be lifted once you
 * pay" stays a threat): news, not a threat.
 */
function toldAsUndone(sentence: Sentence, hits: readonly ConceptHit[], hit: ConceptHit): boolean {
  const clause = clauseOfHit(sentence, hit);
  const inClause = hits.filter((each) => clauseOfHit(sentence, each) === clause);
  return (
    inClause.some(
      (each) => each.concept === 'undone' && (each.first > hit.last || each.last < hit.first),
    ) &&
    !inClause.some(
      (each) =>
        stillAhead.includes(each.concept) &&
        !(
          each.concept === 'future' &&
          perfectWords.has(foldWord(sentence.tokens[each.first]?.word ?? ''))
        ),
    )
  );
}

/** A "future" that starts with these is a perfect ("has been", "ha sido"): done, not ahead. */
const perfectWords: ReadonlySet<string> = new Set(['has', 'have', 'had', 'ha', 'han', 'habia']);

function negatedBeforeHit(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  hit: ConceptHit,
): boolean {
  const clause = sentence.tokens[hit.first]?.clause;
  return hits.some((negation) => {
    if (negation.concept !== 'negation' || negation.first >= hit.first) return false;
    // "for not paying", "por no pagar": the negation is of the payment, not of the threat.
    if (partOfNonPayment(hits, negation)) return false;
    // "si no paga…", "unless…": the negation belongs to the condition, which is the threat's.
    if (partOfCondition(sentence, hits, negation)) return false;
    // "Since you won't answer me I'm going to call your boss": the customer's verb is negated.
    if (customersNegatedVerb(sentence, negation, hit)) return false;
    // "Can't you borrow it off your boyfriend?": a negated question is a push, not a denial.
    if (suggestiveQuestion(sentence, hits, negation)) return false;
    // "without"/"sin" negates the words just after it ("sin acciones legales"), not a clause
    // ("los casos sin acuerdo los pasamos a un estudio que visita a los vecinos").
    if (
      phraseNegations.has(foldWord(sentence.tokens[negation.first]?.word ?? '')) &&
      hit.first - negation.last > phraseNegationReach
    )
      return false;
    const negationClause = sentence.tokens[negation.first]?.clause;
    if (negationClause === undefined || clause === undefined) return false;
    if (
      negationClause !== clause &&
      !listedAfter(sentence, negationClause, clause) &&
      !negatedSubjectList(sentence, hits, negation, clause)
    )
      return false;
    // "we can't promise we won't call…": a negation under a hedge that keeps the pressure is no
    // reassurance; the hedge's own negation is turned back, and it governs what follows.
    if (underTurnedBackNegation(sentence, hits, negation)) return false;
    return !turnedBack(hits, negation);
  });
}

/**
 * True when `negation` opens a question put to the customer ("Can't you…?", "Why don't you…?",
 * "¿No puede pedirle…?"): it asks them to do the thing, it does not deny it.
 */
function suggestiveQuestion(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  negation: ConceptHit,
): boolean {
  return (
    sentence.question &&
    negation.first <= 2 &&
    hits.some((actor) => actor.concept === 'customer-actor' && actor.first === negation.last + 1)
  );
}

/** Negations of a phrase, not of a verb, and how many words after them they reach. */
const phraseNegations: ReadonlySet<string> = new Set(['without', 'sin']);
const phraseNegationReach = 3;

/** True when a negation turned back into pressure comes before `negation` in its clause. */
function underTurnedBackNegation(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  negation: ConceptHit,
): boolean {
  const clause = sentence.tokens[negation.first]?.clause;
  return hits.some(
    (earlier) =>
      earlier.concept === 'negation' &&
      earlier.last < negation.first &&
      sentence.tokens[earlier.first]?.clause === clause &&
      turnedBack(hits, earlier),
  );
}

/** Words that put a legal step after what it would first need: "…a judgment before any wages…". */
const preconditionWords: ReadonlySet<string> = new Set([
  'before',
  'antes',
  // "a garnishment can only happen with a court order", "solo lo puede ordenar un juez"
  'only',
  // "we cannot garnish your wages unless a court orders it", "salvo que un juez lo ordene"
  'unless',
  'salvo',
  'solo',
  'solamente',
  'unicamente',
]);
/** Verbs that state what a step needs first, with no modal: "requires", "requiere". */
const preconditionVerbs: ReadonlySet<string> = new Set([
  'requires',
  'require',
  'requiere',
  'requieren',
  'exige',
  'exigen',
]);
/** Concepts that make a clause a statement of what would be needed, not of what we will do. */
const hypothetical: readonly ConceptId[] = ['modal', 'conditional', 'obligation'];
/** Legal steps of ours whose denial elsewhere in the sentence denies the precondition too. */
const legalSteps: readonly ConceptId[] = ['legal', 'enforcement', 'authority'];

/**
 * True when the clause of `hit` states what a legal step would need first ("we would need a court
 * judgment before any wages could be garnished", "necesitaríamos una orden judicial antes de…"),
 * and another clause of the sentence denies that we are taking the step ("…and we are not taking
 * you to court"): the law is stated as a limit, and the limit is reassurance.
 */
function deniedPrecondition(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  hit: ConceptHit,
): boolean {
  const clause = sentence.tokens[hit.first]?.clause;
  if (!statesPrecondition(sentence, hits, clause)) return false;
  return (
    hits.some(
      (step) =>
        legalSteps.includes(step.concept) &&
        clauseOfHit(sentence, step) !== clause &&
        negatedBeforeHit(sentence, hits, step),
    ) || deniedByPointer(sentence, hits, (index) => index !== undefined && index > (clause ?? 0))
  );
}

/** Words that point back to a step just named: "…and we are not seeking it", "no existe ninguno". */
const pointersBack: ReadonlySet<string> = new Set(['it', 'one', 'ninguno', 'ninguna', 'lo', 'la']);

/**
 * True when a clause that `inScope` accepts denies, by a word pointing back, the step the sentence
 * named: "…before we could repossess the car, and we are not seeking it", "…tiene que existir un
 * proceso judicial, y no hemos iniciado ninguno". The pointer comes within four words of a negation
 * that nothing turns back ("we don't have one yet" keeps its "yet", and the threat).
 */
function deniedByPointer(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  inScope: (clause: number | undefined) => boolean,
): boolean {
  if (hits.some((hit) => hit.concept === 'not-yet')) return false;
  return hits.some((negation) => {
    if (negation.concept !== 'negation' || turnedBack(hits, negation)) return false;
    const clause = clauseOfHit(sentence, negation);
    if (!inScope(clause)) return false;
    for (let index = negation.last + 1; index <= negation.last + 4; index += 1) {
      const token = sentence.tokens[index];
      if (token === undefined || token.clause !== clause) return false;
      if (pointersBack.has(token.word)) return true;
    }
    return false;
  });
}

/**
 * True when `sentence` states what a legal step would need (as `deniedPrecondition` reads it) and
 * the sentence after it opens by denying the step: "Wages can only be garnished after a creditor
 * gets a court judgment. We don't have one, and we haven't started a lawsuit."
 */
function deniedInNextSentence(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  clause: number | undefined,
  next: Sentence,
  /** The next sentence's concepts, read only once the clause is found to state a precondition. */
  conceptsOfNext: () => readonly ConceptHit[],
): boolean {
  if (!statesPrecondition(sentence, hits, clause)) return false;
  const nextHits = conceptsOfNext();
  // The denial must stand alone: nothing in it still ahead ("We don't have one yet, but if…").
  if (nextHits.some((each) => each.concept === 'conditional' || each.concept === 'future'))
    return false;
  const opening = (clause: number | undefined) => clause === 0;
  return (
    deniedByPointer(next, nextHits, opening) ||
    nextHits.some(
      (step) =>
        legalSteps.includes(step.concept) &&
        opening(clauseOfHit(next, step)) &&
        negatedBeforeHit(next, nextHits, step),
    )
  );
}

/** True when `clause` states what a step would need first: "…only after a court judgment". */
function statesPrecondition(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  clause: number | undefined,
): boolean {
  const inClause = sentence.tokens.filter((token) => token.clause === clause);
  // "Wage garnishment requires a court judgment": the verb itself states the precondition.
  if (inClause.some((token) => preconditionVerbs.has(foldWord(token.word)))) return true;
  if (!inClause.some((token) => preconditionWords.has(foldWord(token.word)))) return false;
  return hits.some(
    (each) => hypothetical.includes(each.concept) && clauseOfHit(sentence, each) === clause,
  );
}

/** Subject words of ours: after the customer's negated verb, they start what we will do. */
const ourSubjects: ReadonlySet<string> = new Set(['we', 'i', 'nosotros', 'yo']);

/**
 * True when `negation` negates the customer's verb ("you won't answer", "you haven't paid") and a
 * subject of ours stands between it and `hit`: "…you won't answer me I'm going to call your wife".
 * The threat after our subject is not negated.
 */
function customersNegatedVerb(sentence: Sentence, negation: ConceptHit, hit: ConceptHit): boolean {
  const tokens = sentence.tokens;
  const you = [negation.first - 1, negation.first - 2].some(
    (index) => tokens[index]?.word === 'you',
  );
  if (!you) return false;
  for (let index = negation.last + 1; index < hit.first; index += 1) {
    if (ourSubjects.has(tokens[index]?.word ?? '')) return true;
  }
  return false;
}

/** Words that join one more item to a list, and the words after "or" that start a new clause. */
const listJoiners: ReadonlySet<string> = new Set(['or', 'o']);
const newClauseAfterOr: ReadonlySet<string> = new Set([
  'we',
  'i',
  'they',
  'you',
  'else',
  'otherwise',
  'this',
  'that',
  'it',
  'nosotros',
  'usted',
  'tu',
  'sino',
  'de',
]);

/**
 * True when every clause after `from` up to `to` continues a list with "or" ("we won't pass it to
 * bailiffs or sheriff officers", "no lo pasaremos a abogados o a una agencia"): a negation carries
 * over the list. "…or we will…", "…or else…" start a clause of their own.
 */
function listedAfter(sentence: Sentence, from: number, to: number): boolean {
  if (from > to) return false;
  let clause = from;
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length && clause < to; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.clause <= clause) continue;
    if (token.clause !== clause + 1 || !listJoiners.has(token.word)) return false;
    const next = tokens[index + 1];
    if (next === undefined || next.clause !== token.clause) return false;
    if (newClauseAfterOr.has(next.word) || /(?:aremos|eremos|iremos)$/u.test(next.word))
      return false;
    clause = token.clause;
  }
  return clause === to;
}

/** Words that join one more denied subject to a list: "…, and no constable…", "…, ni ningún alguacil…". */
const subjectJoiners: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'y', 'o', 'ni']);

/**
 * True when a denied subject runs over commas to its verb: "no one from our office, and no
 * constable or marshal, will be coming", "nadie de la oficina, ni ningún alguacil, va a ir". The
 * negation opens its clause, each clause after it opens with a negation (after a joiner at most),
 * (or goes on with "or"), and the clause `to` opens with an auxiliary: its verb is the denied subjects'
 * own.
 */
function negatedSubjectList(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  negation: ConceptHit,
  to: number,
): boolean {
  const tokens = sentence.tokens;
  const from = tokens[negation.first]?.clause;
  if (from === undefined || from >= to) return false;
  const opening = (clause: number): number => tokens.findIndex((token) => token.clause === clause);
  const hitAt = (concept: ConceptId, index: number): boolean =>
    hits.some((each) => each.concept === concept && each.first === index);
  if (opening(from) !== negation.first) return false;
  for (let clause = from + 1; clause < to; clause += 1) {
    const first = opening(clause);
    if (first < 0) return false;
    const joiner = tokens[first]?.word ?? '';
    // "…, and no constable or marshal": "or" goes on with the denied list without a negation.
    const listGoesOn = joiner === 'or' || joiner === 'o' || joiner === 'nor' || joiner === 'ni';
    const joined = subjectJoiners.has(joiner) && hitAt('negation', first + 1);
    if (!hitAt('negation', first) && !joined && !listGoesOn) return false;
  }
  const verb = deniedSubjectsVerb(sentence, hits, opening(to), to);
  if (verb < 0) return false;
  // "…, will stop us coming": pressure in the verb's clause keeps it a threat. The verb may stand
  // after clause `to` ("no sheriff, constable or police officer will come…": "or" opens a clause).
  const verbClause = tokens[verb]?.clause;
  return !hits.some(
    (each) => pressureAfter.includes(each.concept) && tokens[each.first]?.clause === verbClause,
  );
}

/** The most words a clause's last listed subjects take before their verb ("constable or police officer"). */
const maxListedWords = 5;

/**
 * Where the verb of denied subjects stands, from clause `to`, which opens at `first`: at its
 * opening ("…, will be coming"), or after the list's last items joined by "or"/"and" ("no sheriff,
 * constable or police officer will come"; "or" opens a clause of its own). -1 otherwise.
 */
function deniedSubjectsVerb(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  first: number,
  to: number,
): number {
  const tokens = sentence.tokens;
  const isVerb = (index: number): boolean =>
    hits.some(
      (each) => (each.concept === 'auxiliary' || each.concept === 'future') && each.first === index,
    );
  if (first < 0) return -1;
  if (isVerb(first)) return first;
  let joined = false;
  let clause = to;
  for (let index = first; index < first + maxListedWords; index += 1) {
    const token = tokens[index];
    if (token === undefined) return -1;
    // "or" opens a clause of its own; the list goes on in it.
    const listGoesOn = token.clause === clause + 1 && subjectJoiners.has(token.word);
    if (token.clause !== clause && !listGoesOn) return -1;
    clause = token.clause;
    if (isVerb(index)) return joined ? index : -1;
    if (subjectJoiners.has(token.word)) joined = true;
  }
  return -1;
}

/** The most words (auxiliaries: "will", "have been", "va a") between a subject and its negation. */
const maxAuxiliaries = 3;

/** Concepts after a negated verb that keep the pressure: "…will not stop until you pay". */
const pressureAfter: readonly ConceptId[] = [
  'negation-breaker',
  'frequency',
  'persistence',
  'deadline',
  'escalation',
  'conditional',
  'not-yet',
];

/** Concepts that name who or what a clause is about, and so may be its subject. */
const subjects: readonly ConceptId[] = subjectConcepts;

/**
 * True when `hit` is the subject of its clause and the clause's main verb is negated: "the bailiffs
 * will not come", "su empleador no será contactado". Only auxiliaries may stand between the two, so
 * "the bailiffs say you did not pay" is not a reassurance, and nothing after the negation in the
 * sentence may turn it back into pressure ("…will not wait any longer", "…no pararemos hasta
 * que…", "…will never know, as long as you pay today").
 */
function negatedAfterSubject(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  hit: ConceptHit,
): boolean {
  if (!subjects.includes(hit.concept)) return false;
  const clause = sentence.tokens[hit.first]?.clause;
  const negation = hits.find(
    (each) =>
      each.concept === 'verb-negation' &&
      each.first > hit.last &&
      each.first - hit.last - 1 <= maxAuxiliaries &&
      sentence.tokens[each.first]?.clause === clause,
  );
  if (negation === undefined || partOfNonPayment(hits, negation) || turnedBack(hits, negation))
    return false;
  for (let index = hit.last + 1; index < negation.first; index += 1) {
    const auxiliary = hits.some(
      (each) => each.concept === 'auxiliary' && each.first <= index && index <= each.last,
    );
    if (!auxiliary) return false;
  }
  return !hits.some((each) => pressureAfter.includes(each.concept) && each.first > negation.last);
}

/** Words that open a condition: a negation just after one is the condition's ("if payment isn't…"). */
const conditionOpeners: ReadonlySet<string> = new Set(['if', 'unless', 'si']);
/** How near its clause's condition opener a negation must be to belong to the condition. */
const conditionReach = 4;

function partOfCondition(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  negation: ConceptHit,
): boolean {
  const clause = sentence.tokens[negation.first]?.clause;
  for (let index = negation.first - 1; index >= negation.first - conditionReach; index -= 1) {
    const token = sentence.tokens[index];
    if (token === undefined || token.clause !== clause) break;
    if (conditionOpeners.has(foldWord(token.word))) return true;
  }
  if (inRestrictiveRelative(sentence, negation)) return true;
  return hits.some(
    (hit) =>
      hit.concept === 'conditional' && hit.first <= negation.first && negation.last <= hit.last,
  );
}

/** Who or what a rule about non-payers names before "that/who/que" ("accounts that are not…"). */
const relativeHeads: ReadonlySet<string> = new Set([
  'accounts',
  'account',
  'customers',
  'customer',
  'clients',
  'anyone',
  'anybody',
  'those',
  'people',
  'debtors',
  'balances',
  'cuentas',
  'cuenta',
  'clientes',
  'cliente',
  'aquellos',
  'aquellas',
  'personas',
  'deudores',
  'saldos',
  'los',
  'las',
]);
const relativePronouns: ReadonlySet<string> = new Set(['that', 'who', 'which', 'que', 'quienes']);

/**
 * "Las cuentas que no se regularizan se turnan a la policía", "customers who don't pay are
 * reported…": the negation sits in a relative clause that names who the rule is for. It is the
 * threat's condition, like "si no paga", not a denial of the threat.
 */
function inRestrictiveRelative(sentence: Sentence, negation: ConceptHit): boolean {
  const pronoun = sentence.tokens[negation.first - 1];
  const head = sentence.tokens[negation.first - 2];
  const quienes = pronoun !== undefined && foldWord(pronoun.word) === 'quienes';
  return (
    pronoun !== undefined &&
    relativePronouns.has(foldWord(pronoun.word)) &&
    (quienes || (head !== undefined && relativeHeads.has(foldWord(head.word))))
  );
}

function partOfNonPayment(hits: readonly ConceptHit[], negation: ConceptHit): boolean {
  return hits.some(
    (hit) =>
      hit.concept === 'non-payment' && hit.first <= negation.first && negation.last <= hit.last,
  );
}

/** "you don't want …", "we have no choice but …": words just after a negation that keep the pressure. */
function turnedBack(hits: readonly ConceptHit[], negation: ConceptHit): boolean {
  return hits.some(
    (breaker) =>
      breaker.concept === 'negation-breaker' &&
      breaker.first > negation.last &&
      breaker.first <= negation.last + 3,
  );
}

const verbConcepts: readonly ConceptId[] = ['disclose', 'contact'];
const customersPossessives: ReadonlySet<string> = new Set(['your', 'su', 'sus', 'tu', 'tus']);

/** The folded word at `index` of `sentence`, or '' outside it. */
function wordAt(sentence: Sentence, index: number): string {
  return foldWord(sentence.tokens[index]?.word ?? '');
}

/** True when `hit` is a verb whose subject is the customer ("you may want to talk to …"). */
function customersOwn(sentence: Sentence, hits: readonly ConceptHit[], hit: ConceptHit): boolean {
  if (!verbConcepts.includes(hit.concept)) return false;
  if (addressedToUs(sentence, hit) || toldToCustomer(sentence, hit)) return true;
  // "su aviso", "your letter": a telling that is the customer's own.
  if (customersPossessives.has(wordAt(sentence, hit.first - 1))) return true;
  const clause = sentence.tokens[hit.first]?.clause;
  return hits.some(
    (actor) =>
      actor.concept === 'customer-actor' &&
      actor.last < hit.first &&
      actor.last >= hit.first - 4 &&
      sentence.tokens[actor.first]?.clause === clause,
  );
}

/**
 * True when the verb's object is us: "call me", "tell us". Whoever acts, it is the customer
 * reaching us ("if something changes with your job, call me"), not us reaching someone else.
 * (Spanish joins the object to the verb, "llámenos", and its endings are too like plain verb
 * forms, "reclame", to read safely.)
 */
function addressedToUs(sentence: Sentence, hit: ConceptHit): boolean {
  const next = sentence.tokens[hit.last + 1];
  return (
    next !== undefined &&
    next.clause === sentence.tokens[hit.last]?.clause &&
    (next.word === 'me' || next.word === 'us')
  );
}

const recipientWords: ReadonlySet<string> = new Set(['with', 'to', 'con', 'a']);
const customerWords: ReadonlySet<string> = new Set(['you', 'usted', 'ti', 'vos']);

/**
 * True when a telling verb tells the customer a fact: "I must tell you that…", "le cuento que su
 * hermana llamó". What follows is news for the customer, whoever it names; "le contaremos a su
 * jefe" (no "que") still tells a third party.
 */
function toldToCustomer(sentence: Sentence, hit: ConceptHit): boolean {
  if (hit.concept !== 'disclose') return false;
  const after = wordAt(sentence, hit.last + 1);
  if (after === 'you') return wordAt(sentence, hit.last + 2) === 'that';
  // "we will go over this with you", "lo revisamos con usted": the customer hears it, alone.
  for (let index = hit.last + 1; index <= hit.last + 3; index += 1) {
    const token = sentence.tokens[index];
    if (token === undefined || token.clause !== sentence.tokens[hit.last]?.clause) break;
    if (!recipientWords.has(wordAt(sentence, index))) continue;
    if (!customerWords.has(wordAt(sentence, index + 1))) continue;
    const next = wordAt(sentence, index + 2);
    return next !== 'and' && next !== 'y';
  }
  return (
    after === 'que' &&
    [wordAt(sentence, hit.first), wordAt(sentence, hit.first - 1)].some(
      (each) => each === 'le' || each === 'te',
    )
  );
}

/** Forms of "to be" (and "to get") that make the verb after them passive: "your employer will be told". */
const passiveMarkers: ReadonlySet<string> = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'was',
  'were',
  'get',
  'gets',
  'got',
  'getting',
  'ser',
  'sera',
  'seran',
  'es',
  'son',
  'fue',
  'fueron',
  'sido',
  'sean',
  'sea',
  'seria',
  'serian',
]);

/**
 * Verbs of learning, folded: a third party who "finds out", "would like to know" or "se entera" is
 * the veiled disclosure, so these stay ours whoever their subject is.
 */
const learning =
  /^(know|knew|known|find|found|finding|hear|heard|hearing|learn|learns|learned|learnt|discover|see|saw|seen|wonder|think|thought|sab|sup|enter|descubr|conoc|ver|vea|vean|vio|oir|oye|oig|pens|piens)/u;

/**
 * True when `hit` is a contact or telling verb whose subject is a third party named just before
 * it: "your brother called us", "su hija nos llamó", "your neighbours mentioned", "su hermana llamó
 * preguntando por su crédito". A third party who calls or tells us is not one we call or tell;
 * "your employer will be contacted" (passive) still is.
 */
function thirdPartysOwn(sentence: Sentence, hits: readonly ConceptHit[], hit: ConceptHit): boolean {
  if (!verbConcepts.includes(hit.concept)) return false;
  if (hit.concept === 'disclose' && learning.test(wordAt(sentence, hit.first))) return false;
  const clause = sentence.tokens[hit.first]?.clause;
  return hits.some((actor) => {
    if (actor.concept !== 'third-party' || actor.last >= hit.first) return false;
    if (actor.last < hit.first - 3 || sentence.tokens[actor.first]?.clause !== clause) return false;
    for (let index = actor.last + 1; index < hit.first; index += 1) {
      const token = sentence.tokens[index];
      if (token === undefined || passiveMarkers.has(foldWord(token.word))) return false;
      // "llamó preguntando": the third party's verbs in a row share their subject.
      const ownVerb = hits.some(
        (each) => verbConcepts.includes(each.concept) && each.first <= index && index <= each.last,
      );
      if (ownVerb) continue;
      const person = hits.some(
        (each) =>
          (each.concept === 'first-person' || each.concept === 'second-person') &&
          each.first <= index &&
          index <= each.last,
      );
      // "nos" between ("su hija nos llamó") is the object; "we"/"you" as a subject takes over.
      if (person && !/^(nos|us|me|te|le|les)$/u.test(foldWord(token.word))) return false;
    }
    return true;
  });
}

/** Words that, after a modal, make it a guess about the past: "may have been", "puede haber sido". */
const perfectAuxiliaries: ReadonlySet<string> = new Set(['have', "'ve", 'haber']);

/**
 * True when `hit` is the modal of a modal perfect, or the "have" after one: "a police officer may
 * have been at the accident" guesses at what happened, and voices nothing we will do.
 */
function modalPerfect(sentence: Sentence, hits: readonly ConceptHit[], hit: ConceptHit): boolean {
  const tokens = sentence.tokens;
  if (hit.concept === 'modal')
    return perfectAuxiliaries.has(foldWord(tokens[hit.last + 1]?.word ?? ''));
  if (!perfectAuxiliaries.has(foldWord(tokens[hit.first]?.word ?? ''))) return false;
  return hits.some((modal) => modal.concept === 'modal' && modal.last === hit.first - 1);
}

/** Moods that a negation takes away: "you don't have to do anything", "no tiene que hacer nada". */
const deniableMoods: readonly ConceptId[] = ['modal', 'obligation'];

/**
 * True when `hit` is an obligation or modal the sentence denies: "our legal department closed the
 * file and you don't have to do anything else" tells the customer nothing is asked of them, so
 * the denied "have to" gives no frame its pressing mood ("if you don't pay you will have to…"
 * keeps it: that negation is the condition's).
 */
function deniedObligation(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  hit: ConceptHit,
): boolean {
  return deniableMoods.includes(hit.concept) && negatedBeforeHit(sentence, hits, hit);
}

// Helpers at module level, not closures inside the per-sentence functions: a check reads every
// frame of every sentence on each keystroke, and a closure made per call is garbage per call.
function clauseOfHit(sentence: Sentence, hit: ConceptHit): number | undefined {
  return sentence.tokens[hit.first]?.clause;
}

function fire(
  frame: Frame,
  sentence: Sentence,
  hits: readonly ConceptHit[],
  own: readonly OwnSpan[],
  readNegation = true,
  readExcuses = true,
): ConceptHit[] | undefined {
  if (frame.mood !== undefined) {
    const moodHeld = frame.mood.some((mood) =>
      mood === 'question'
        ? sentence.question
        : hits.some(
            (hit) =>
              hit.concept === mood &&
              !modalPerfect(sentence, hits, hit) &&
              !deniedObligation(sentence, hits, hit),
          ),
    );
    if (!moodHeld) return undefined;
  }
  const chosen: ConceptHit[] = [];
  for (const slot of frame.slots) {
    // Prefer an occurrence that is not negated, so one reassurance does not hide a threat.
    const candidates = hits.filter(
      (hit) =>
        slot.includes(hit.concept) &&
        !(frame.agentAction === true && insideOwnSpan(own, hit)) &&
        !(frame.ordered === true && hit.first < (chosen.at(-1)?.first ?? 0)) &&
        !(
          frame.oursOnly === true &&
          (customersOwn(sentence, hits, hit) || thirdPartysOwn(sentence, hits, hit))
        ),
    );
    if (candidates.length === 0) return undefined;
    const free =
      frame.negatable && readNegation
        ? candidates.find((hit) => !negated(sentence, hits, hit))
        : candidates[0];
    if (free === undefined) return undefined;
    chosen.push(free);
  }
  if (readExcuses && excused(frame, sentence, hits, chosen)) return undefined;
  return chosen;
}

/**
 * True when a concept the frame lists under `unless` says the sentence informs or helps. Sympathy
 * ("sorry to hear") only excuses its own clause, and help only counts when it is offered to the
 * customer: "…your manager, in case they can help" is a third party helping us reach them.
 */
function excused(
  frame: Frame,
  sentence: Sentence,
  hits: readonly ConceptHit[],
  chosen: readonly ConceptHit[],
): boolean {
  const unless = frame.unless;
  if (unless === undefined) return false;
  const clauses = new Set(chosen.map((hit) => clauseOfHit(sentence, hit)));
  return hits.some((hit) => {
    if (!unless.includes(hit.concept)) return false;
    if (hit.concept === 'empathy') return clauses.has(clauseOfHit(sentence, hit));
    if (hit.concept === 'help')
      return !thirdPartysHelp(sentence, hits, hit) && !helpForUs(sentence, hit);
    return true;
  });
}

/** True when the help is for us: "para que nos ayude a ubicarla", "so she can help us find you". */
function helpForUs(sentence: Sentence, help: ConceptHit): boolean {
  return wordAt(sentence, help.first - 1) === 'nos' || wordAt(sentence, help.last + 1) === 'us';
}

const people: readonly ConceptId[] = ['first-person', 'second-person', 'customer-actor'];

/** True when a third party comes before `help` in its clause with no "we" or "you" between. */
function thirdPartysHelp(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  help: ConceptHit,
): boolean {
  const clause = clauseOfHit(sentence, help);
  let third = -1;
  for (const hit of hits) {
    if (hit.first >= help.first || clauseOfHit(sentence, hit) !== clause) continue;
    if (hit.concept === 'third-party') third = Math.max(third, hit.last);
  }
  if (third < 0) return false;
  // "…might help you stay on top of it": help for the customer, whoever gives it.
  if (hits.some((hit) => hit.concept === 'second-person' && hit.first === help.last + 1))
    return false;
  return !hits.some(
    (hit) =>
      people.includes(hit.concept) &&
      hit.first > third &&
      hit.first < help.first &&
      clauseOfHit(sentence, hit) === clause,
  );
}

/**
 * True when a sentence's negation is turned back into pressure ("court action has not been ruled
 * out", "the bailiffs will not stop until…"): the words say no, the sentence does not reassure.
 */
export function negationTurnedBack(hits: readonly ConceptHit[]): boolean {
  return hits.some((hit) => hit.concept === 'negation' && turnedBack(hits, hit));
}

/**
 * The words of an action of ours, and of its denial: inside a stretch telling of the customer's own
 * action or wish ("you don't want calls after 6pm"), theirs.
 */
const actionConcepts: readonly ConceptId[] = [
  'negation',
  'verb-negation',
  'contact',
  'menace',
  'disclose',
  'publish',
  'enforcement',
  'escalation',
  'frequency',
  'persistence',
];

/**
 * `hits` as the model reads them: an action word inside a stretch that tells of the customer's own
 * action ("thanks for stopping by the office", "you don't want calls after 6pm") read as the
 * customer's past or wish (`customer-past`), as the frames that read an action of ours skip it
 * (scope.ts), so the model does not learn "stopping by" as a visit of ours.
 */
function withoutCustomersActions(sentence: Sentence, hits: ConceptHit[]): ConceptHit[] {
  const own = customersOwnSpans(sentence, hits);
  if (own.length === 0) return hits;
  return hits.map((hit) =>
    actionConcepts.includes(hit.concept) && insideOwnSpan(own, hit)
      ? { ...hit, concept: 'customer-past' }
      : hit,
  );
}

/** One read of a draft: its sentences with their concept hits, shared by frames and the model. */
export interface Reading {
  sentences: Array<{ sentence: Sentence; hits: ConceptHit[] }>;
  findings: MeaningFinding[];
  /** Start offsets of sentences that are reassurances (a frame held back only by a negation). */
  reassuring: Set<number>;
}

/** Reads `scan` (quoted text already masked) once in `meaning`'s language: frames and reassurances. */
export function readMeaning(scan: string, meaning: MeaningLocale): Reading {
  const reading: Reading = { sentences: [], findings: [], reassuring: new Set() };
  const sentences = readSentences(scan, meaning.locale);
  const silent: boolean[] = [];
  // Each sentence's concepts, found once and read again by the pairs below.
  const found = sentences.map((sentence) =>
    findConcepts(sentence, meaning.concepts, meaning.locale),
  );
  sentences.forEach((sentence, index) => {
    const hits = found[index] ?? [];
    reading.sentences.push({ sentence, hits: withoutCustomersActions(sentence, hits) });
    const before = reading.findings.length;
    readFrames(sentence, hits, meaning, reading);
    dropDeniedInNextSentence(
      reading,
      before,
      sentence,
      hits,
      sentences[index + 1],
      found[index + 1],
    );
    silent.push(reading.findings.length === before && !reading.reassuring.has(sentence.start));
  });
  // A fragment finishes the sentence before it ("We'll be in touch. Every day, if need be."): a
  // pair that neither sentence fires alone is read once more as one sentence.
  for (let index = 1; index < sentences.length; index += 1) {
    const first = sentences[index - 1];
    const second = sentences[index];
    if (first === undefined || second === undefined || !silent[index - 1] || !silent[index])
      continue;
    const hits = [found[index - 1] ?? [], found[index] ?? []];
    const fragment = Math.min(first.tokens.length, second.tokens.length) <= fragmentTokens;
    const pointsBack = !fragment && pointsBackToThirdParty(second, hits[1] ?? [], hits[0] ?? []);
    if (!fragment && !pointsBack) continue;
    // A negation in either keeps its own sentence's scope: "we don't sue. We'll keep working".
    if (hits.some((each) => each.some((hit) => hit.concept === 'negation'))) continue;
    const joined = joinSentences(first, second);
    readFrames(joined, findConcepts(joined, meaning.concepts, meaning.locale), meaning, reading, {
      spanning: first.tokens.length,
      ...(pointsBack ? { only: 'third-party' as const } : {}),
    });
  }
  coverFinishingFragments(reading, silent);
  return reading;
}

/** The most words a clause may have and still be a stub that leans on the next one. */
const stubWords = 4;

/** Words that open a clause which a short stub before it leans on: "I don't care if…". */
const stubFollowers: ReadonlySet<string> = new Set(['if', 'whether', 'si']);

/**
 * The clause before `clause` when it is a short stub that the clause finishes ("I don't care if
 * you have to borrow it…", "Me da igual si tiene que pedir prestado…"): the finding covers it too,
 * so its rewrite leaves nothing of the old sentence dangling.
 */
function leadingStub(sentence: Sentence, clause: number): number | undefined {
  if (clause <= 0) return undefined;
  const stub = sentence.tokens.filter((token) => token.clause === clause - 1);
  const opener = sentence.tokens.find((token) => token.clause === clause);
  if (stub.length === 0 || stub.length > stubWords || opener === undefined) return undefined;
  return stubFollowers.has(opener.word) ? clause - 1 : undefined;
}

/**
 * Takes back the threats `sentence` added (from `before` on) whose clause states what a legal step
 * would need when the next sentence denies the step ("Wages can only be garnished after a court
 * judgment. We don't have one."); the sentence is then a reassurance, as the word rules read it.
 */
function dropDeniedInNextSentence(
  reading: Reading,
  before: number,
  sentence: Sentence,
  hits: readonly ConceptHit[],
  next: Sentence | undefined,
  nextHits: readonly ConceptHit[] | undefined,
): void {
  if (next === undefined || nextHits === undefined) return;
  const added = reading.findings.slice(before);
  const denied = added.filter((finding) => {
    if (finding.category !== 'threat') return false;
    const clause = sentence.tokens.find((token) => token.start >= finding.start)?.clause;
    return (
      clause !== undefined && deniedInNextSentence(sentence, hits, clause, next, () => nextHits)
    );
  });
  if (denied.length === 0) return;
  reading.findings = [
    ...reading.findings.slice(0, before),
    ...added.filter((f) => !denied.includes(f)),
  ];
  if (reading.findings.length === before) reading.reassuring.add(sentence.start);
}

/**
 * A fragment that goes on with a finding's intent ("…no para de sonar. Mañana, tarde y noche."):
 * the finding covers it too, so its rewrite does not leave the fragment behind to say it again.
 * The fragment read nothing alone and holds a concept of one of the frame's slots.
 */
function coverFinishingFragments(reading: Reading, silent: readonly boolean[]): void {
  for (let index = 1; index < reading.sentences.length; index += 1) {
    const fragment = reading.sentences[index];
    const before = reading.sentences[index - 1]?.sentence;
    if (fragment === undefined || before === undefined || !silent[index]) continue;
    if (fragment.sentence.tokens.length > fragmentTokens) continue;
    // The fragment's concepts as the first reading found them: no second pass over its words.
    const concepts = new Set(fragment.hits.map((hit) => hit.concept));
    for (const finding of reading.findings) {
      if (finding.end > before.end || finding.end <= before.start) continue;
      const frame = frames.find((each) => each.id === finding.explanation.frame);
      if (frame?.slots.some((slot) => slot.some((concept) => concepts.has(concept)))) {
        finding.end = fragment.sentence.end;
      }
    }
  }
}

/**
 * True when a frame read over a joined pair really needs both sentences (its slots reach either
 * side of `at`), and, for a disclosure, the telling is not addressed to the customer: "we only ever
 * discuss it with you. People talk." tells nobody else.
 */
function joinedReading(
  frame: Frame,
  sentence: Sentence,
  hits: readonly ConceptHit[],
  chosen: readonly ConceptHit[],
  at: number,
): boolean {
  if (!chosen.some((hit) => hit.first < at) || !chosen.some((hit) => hit.first >= at)) return false;
  if (frame.category !== 'third-party') return true;
  return !chosen.some(
    (verb) =>
      (verb.concept === 'disclose' || verb.concept === 'contact') &&
      hits.some(
        (hit) =>
          hit.concept === 'customer-actor' &&
          hit.first > verb.last &&
          sentence.tokens[hit.first]?.clause === sentence.tokens[verb.first]?.clause,
      ),
  );
}

/** Object pronouns that may stand for someone the sentence before named: "we may visit her". */
const objectPronouns: ReadonlySet<string> = new Set([
  'her',
  'him',
  'them',
  'la',
  'lo',
  'las',
  'los',
  // "le"/"les" too, though "le recordamos que…" tells the customer (toldToCustomer)
  'le',
  'les',
]);

/**
 * True when `second` reaches someone with a pronoun ("capaz la visitamos", "we may call him") and
 * the sentence before named a third party ("¿Su mamá sigue viviendo en…?"): the pair is read as
 * one, for disclosure only, whatever the sentences' length.
 */
function pointsBackToThirdParty(
  second: Sentence,
  hits: readonly ConceptHit[],
  before: readonly ConceptHit[],
): boolean {
  if (!before.some((hit) => hit.concept === 'third-party')) return false;
  // Ours: "we"/"I" at most three words before the verb ("I'll text him"), or in its ending
  // ("capaz la visitamos").
  return hits.some(
    (hit) =>
      verbConcepts.includes(hit.concept) &&
      hits.some(
        (each) =>
          each.concept === 'first-person' &&
          each.first <= hit.first &&
          each.first >= hit.first - 3 &&
          second.tokens[each.first]?.clause === second.tokens[hit.first]?.clause,
      ) &&
      (objectPronouns.has(wordAt(second, hit.first - 1)) ||
        objectPronouns.has(wordAt(second, hit.last + 1))) &&
      !toldToCustomer(second, hit),
  );
}

/** At most this many words make a sentence a fragment that may finish its neighbour. */
const fragmentTokens = 7;

/** Two neighbouring sentences read as one: the second's clauses follow the first's. */
function joinSentences(first: Sentence, second: Sentence): Sentence {
  const offset = first.clauses.length;
  return {
    start: first.start,
    end: second.end,
    question: first.question || second.question,
    clauses: [...first.clauses, ...second.clauses],
    tokens: [
      ...first.tokens,
      ...second.tokens.map((token, index) => ({
        ...token,
        clause: token.clause + offset,
        ...(index === 0 ? { pause: true as const } : {}),
      })),
    ],
  };
}

/** Runs the frames over one sentence, adding its findings (or its reassurance) to `reading`. */
function readFrames(
  sentence: Sentence,
  hits: readonly ConceptHit[],
  meaning: MeaningLocale,
  reading: Reading,
  /**
   * For a joined pair: a frame counts only when its slots reach both sides of this token, and,
   * when `only` is given, only a frame of that category.
   */
  join?: { spanning: number; only?: ToneCategory },
): void {
  if (hits.length === 0) return;
  const seen = new Set<ToneCategory>();
  const own = customersOwnSpans(sentence, hits);
  let heldBackByNegation = false;
  for (const frame of frames) {
    if (seen.has(frame.category) || (frame.catchAll === true && seen.size > 0)) continue;
    const fired = fire(frame, sentence, hits, own);
    const chosen =
      join === undefined ||
      fired === undefined ||
      ((join.only === undefined || join.only === frame.category) &&
        joinedReading(frame, sentence, hits, fired, join.spanning))
        ? fired
        : undefined;
    if (chosen === undefined) {
      heldBackByNegation ||=
        frame.negatable &&
        hits.some((hit) => hit.concept === 'negation') &&
        fire(frame, sentence, hits, own, false) !== undefined;
      continue;
    }
    const text = meaning.text[frame.id];
    if (text === undefined) continue;
    seen.add(frame.category);
    const clauses = new Set(chosen.map((hit) => sentence.tokens[hit.first]?.clause ?? 0));
    const lead = leadingStub(sentence, Math.min(...clauses));
    if (lead !== undefined) clauses.add(lead);
    const spans = [...clauses].map((index) => sentence.clauses[index]).filter((span) => !!span);
    reading.findings.push({
      category: frame.category,
      ...(frame.severity === undefined ? {} : { severity: frame.severity }),
      start: Math.min(...spans.map((span) => span.start)),
      end: Math.max(...spans.map((span) => span.end)),
      reason: text.reason,
      suggestion: text.suggestion,
      ...(frame.ruleRef === undefined ? {} : { ruleRef: frame.ruleRef }),
      ruleId: `${meaning.locale}.frame.${frame.id}`,
      explanation: {
        frame: frame.id,
        concepts: chosen.map((hit) => ({ concept: hit.concept, words: wordsOf(sentence, hit) })),
      },
    });
  }
  // A sentence about impostors ("if anyone calls claiming to be from us…") is a scam warning, as
  // much a reassurance as a negated threat, whether or not a frame's words are in it. Other excuses
  // (help, sympathy) sit beside real threats too often to shield the sentence from the model.
  const aboutImpostors = hits.some((hit) => hit.concept === 'impostor');
  if ((heldBackByNegation || aboutImpostors) && seen.size === 0)
    reading.reassuring.add(sentence.start);
}

/**
 * True when the clause that runs up to `offset` holds a negation that nothing turns back into
 * pressure: "we have not instructed any bailiffs", "nobody will be contacting the police". Lets the
 * word rules use the same clause-scoped negation as the frames.
 */
export function negatedBefore(scan: string, offset: number, meaning: MeaningLocale): boolean {
  return (
    negatedInClauseBefore(scan, offset, meaning) ||
    subjectNegated(scan, offset, meaning) ||
    notOursInSentence(scan, offset, meaning)
  );
}

/** How far either side of a word rule's match the sentence around it is read. */
const sentenceReach = 200;

/**
 * True when the words at `offset` lie where the frames would not read them as an action of ours:
 * in a sentence about impostors, inside the customer's own telling ("you mentioned your wages are
 * already being garnished"), or in a legal precondition the sentence denies ("we would need a
 * court judgment before any wages could be garnished, and we are not taking you to court"). The
 * word rules read the same scope.
 */
function notOursInSentence(scan: string, offset: number, meaning: MeaningLocale): boolean {
  const from = Math.max(0, offset - sentenceReach);
  const at = offset - from;
  const around = readSentences(scan.slice(from, offset + sentenceReach), meaning.locale);
  const position = around.findIndex((each) => each.start <= at && at < each.end);
  const sentence = around[position];
  if (sentence === undefined) return false;
  const next = around[position + 1];
  const index = sentence.tokens.findIndex((token) => token.start <= at && at < token.end);
  const token = sentence.tokens[index];
  if (token === undefined) return false;
  const hits = findConcepts(sentence, meaning.concepts, meaning.locale);
  const here = hits.find((hit) => hit.first <= index && index <= hit.last) ?? {
    concept: 'legal',
    first: index,
    last: index,
  };
  // Only a telling that names the customer ("you mentioned…", "usted dijo…"): a bare past verb
  // ("existe una orden de captura") is no telling of theirs, and the word rules keep it.
  const told = customersOwnSpans(sentence, hits).filter((span) =>
    hits.some(
      (hit) =>
        hit.concept === 'second-person' && hit.first >= span.first - 1 && hit.first <= span.first,
    ),
  );
  // A sentence about impostors ("people pretending to be from us and threatening arrest", "si
  // alguien le dice que puede ir preso") tells what someone else says: the frames hold back there,
  // and so do the word rules.
  const impostors = hits.some((hit) => hit.concept === 'impostor');
  return (
    impostors ||
    insideOwnSpan(told, here) ||
    deniedPrecondition(sentence, hits, here) ||
    (next !== undefined &&
      deniedInNextSentence(sentence, hits, clauseOfHit(sentence, here), next, () =>
        findConcepts(next, meaning.concepts, meaning.locale),
      ))
  );
}

/**
 * True when the words at `offset` are the subject of a clause whose main verb is negated: "the
 * bailiffs will not come". Reads the sentence from `offset` to its end, at most 200 characters.
 */
function subjectNegated(scan: string, offset: number, meaning: MeaningLocale): boolean {
  const sentence = readSentences(scan.slice(offset, offset + 200), meaning.locale)[0];
  if (sentence === undefined || sentence.start !== 0) return false;
  const hits = findConcepts(sentence, meaning.concepts, meaning.locale);
  return hits.some((hit) => hit.first === 0 && negatedAfterSubject(sentence, hits, hit));
}

function negatedInClauseBefore(scan: string, offset: number, meaning: MeaningLocale): boolean {
  const window = scan.slice(Math.max(0, offset - 200), offset);
  const sentence = readSentences(window, meaning.locale).at(-1);
  // A sentence or clause break between the last word and `offset` closes the clause.
  if (
    sentence === undefined ||
    /[.!?\n,;:()]/u.test(window.slice(sentence.end).replaceAll(QUOTED, '.'))
  )
    return false;
  const lastClause = sentence.tokens.at(-1)?.clause;
  const hits = findConcepts(sentence, meaning.concepts, meaning.locale);
  return hits.some((hit) => {
    if (hit.concept !== 'negation' || partOfNonPayment(hits, hit) || turnedBack(hits, hit))
      return false;
    const clause = sentence.tokens[hit.first]?.clause;
    if (clause === undefined || lastClause === undefined) return false;
    return (
      clause === lastClause ||
      listedAfter(sentence, clause, lastClause) ||
      negatedSubjectList(sentence, hits, hit, lastClause)
    );
  });
}
