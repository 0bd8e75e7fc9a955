/**
 * Whose action a clause tells of. A threat is something we (the agent, the company, someone acting
 * for us) will or might do to the customer; a clause that thanks the customer for something, or
 * tells what the customer did ("thanks for stopping by the lot", "since you called ahead", "gracias
 * por pasar", "como usted llamó"), holds the customer's own action, and the visit, call or menace
 * words in it are not ours. Frames that read an action of ours (`Frame.agentAction`) skip concept
 * occurrences inside such a stretch; one step here, for every such frame and both languages.
 */
import { foldWord } from './stem';
import { subjectConcepts, type ConceptHit, type ConceptId } from './concepts';
import type { Sentence } from './tokens';

/** A stretch of tokens (inclusive) that tells of the customer's own action or what befell them. */
export interface OwnSpan {
  first: number;
  last: number;
}

/**
 * Concepts that start the next clause of intent, which is no longer the customer's: a future, a
 * condition, an obligation ("since you called, we will…", "…you must…").
 */
const intentStarts: readonly ConceptId[] = ['future', 'conditional', 'obligation', 'modal'];

/** Concepts that name who a clause is about and may stand as the subject of what follows. */
const subjectsBefore: readonly ConceptId[] = subjectConcepts;

/**
 * First-person words that are the object or a possessive ("thanks for calling us", "since you came
 * to our office"), so do not start a clause of ours; the rest ("we", "I", "our team") do.
 */
const firstPersonObjects: ReadonlySet<string> = new Set([
  'us',
  'our',
  'ours',
  'me',
  'my',
  'nos',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
  'mi',
  'mis',
]);

/**
 * A "past" verb that is an obligation or a modal is not something the customer did: "you need to",
 * "you needed to".
 */
const notAnAction: readonly ConceptId[] = ['obligation', 'modal', 'future', 'conditional'];

/**
 * Words before "you" that make it the object, not the subject: "getting you blacklisted", "have
 * you arrested"; or ask a question: "have you looked at…?", "did you…?".
 */
const beforeObjectOrQuestion: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'did',
  'do',
  'does',
  'get',
  'gets',
  'getting',
  'got',
  'make',
  'makes',
  'made',
  'see',
  'want',
  'leave',
  'keep',
  'find',
  'found',
]);

function overlaps(a: ConceptHit, b: ConceptHit): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * The stretches of `sentence` that tell of the customer's own action: from an acknowledgement or
 * a "you" + past verb to the end of its clause, or to where a clause of ours starts (a first-person
 * subject, a future, a condition or an obligation, with the subject just before it).
 */
export function customersOwnSpans(sentence: Sentence, hits: readonly ConceptHit[]): OwnSpan[] {
  const spans: OwnSpan[] = [];
  for (const opener of hits) {
    if (opener.concept !== 'acknowledgement' && opener.concept !== 'customer-past') continue;
    if (
      opener.concept === 'customer-past' &&
      (hits.some((other) => notAnAction.includes(other.concept) && overlaps(other, opener)) ||
        beforeObjectOrQuestion.has(sentence.tokens[opener.first - 1]?.word ?? ''))
    )
      continue;
    const clause = sentence.tokens[opener.first]?.clause;
    let last = opener.last;
    while (sentence.tokens[last + 1]?.clause === clause) last += 1;
    for (const hit of hits) {
      if (hit.first <= opener.last || hit.first > last) continue;
      const ours =
        intentStarts.includes(hit.concept) ||
        (hit.concept === 'first-person' &&
          !firstPersonObjects.has(foldWord(sentence.tokens[hit.first]?.word ?? '')));
      if (!ours) continue;
      // "…your boss will hear": the subject before the future belongs to the clause it starts.
      const subject = hits.find(
        (each) =>
          subjectsBefore.includes(each.concept) &&
          each.first > opener.last &&
          each.last < hit.first &&
          hit.first - each.last <= 2,
      );
      last = Math.min(last, (subject?.first ?? hit.first) - 1);
    }
    if (last >= opener.first) spans.push({ first: opener.first, last });
  }
  return spans;
}

/** True when `hit` lies inside one of `spans` (the customer's own action, not ours). */
export function insideOwnSpan(spans: readonly OwnSpan[], hit: ConceptHit): boolean {
  for (const span of spans) if (span.first <= hit.first && hit.last <= span.last) return true;
  return false;
}
