/**
 * Applies every suggestion the tone check makes across the tone corpus (tests/fixtures/tone/*.jsonl
 * and the blind batches) and checks that each result reads as a sentence: the finding's rule does
 * not fire again on the new words, and nothing of the replaced clause is left dangling.
 *
 * "Dangling" is read from the words around the replacement. A whole-sentence suggestion must be
 * followed by the end of the draft or a new sentence, never by the rest of the old one (", hasta
 * que pague.") or a second full stop. In English, part-of-speech tags from `compromise` (a test-only
 * dependency: the hosts never load it) check the rest: after a clause ("we haven't been able to
 * reach you") only a conjunction, preposition or adverb may follow, not the old verb's object
 * ("every letter we sent"); after "… to" a verb's base form; and a word swapped for a word keeps its
 * part of speech (a noun for a noun). Spanish has no tagger here, so the same checks use the
 * words that open a clause or a phrase.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise/two';
import { z } from 'zod';
import { corpusDir, loadToneCorpus } from '../../tests/fixtures/tone/corpus';
import { applySuggestion, replacedRange } from './apply';
import { checkTone } from './index';
import type { Finding } from './types';

const batchLine = z.object({ id: z.string(), locale: z.enum(['en', 'es']), text: z.string() });

/** Every message of the corpus and the blind batches, with its locale. */
function allMessages(): Array<{ id: string; locale: string; text: string }> {
  const corpus = loadToneCorpus().map(({ id, locale, text }) => ({
    id,
    locale: locale ?? 'en',
    text,
  }));
  const dir = join(corpusDir, 'batches');
  const batches = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => batchLine.parse(JSON.parse(line))),
    );
  return [...corpus, ...batches];
}

const endsSentence = /[.!?…]["'”’»)]*$/u;
/** What may follow a whole sentence: the end, or white space and a new sentence. */
const newSentence = /^["'”’»)]*(?:\s*$|\s+[^\s\p{Ll}.,;:!?…])/u;
const nextWord = /^\s*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const lastWord = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)\s*$/u;

type Tags = readonly string[];

/** The sentence of `text` around `start..end`: from the break before to the break after. */
function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  const breaks = /[.!?\n]/gu;
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(breaks)) {
    if (found.index < start - 1) from = found.index + 1;
    else if (found.index >= end) {
      to = found.index + 1;
      break;
    }
  }
  return { from, to };
}

/** The tags of the word at `offset` in `text`, from compromise (reading only its sentence). */
function tagsAt(text: string, offset: number): Tags {
  const { from, to } = sentenceAround(text, offset, offset + 1);
  const sentences = nlp(text.slice(from, to)).json({
    offset: true,
    terms: { offset: true },
  }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
  }>;
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const start = from + term.offset.start;
      if (start <= offset && offset < start + Math.max(1, term.offset.length)) return term.tags;
    }
  }
  return [];
}

/** A coarse part of speech, for "a noun is replaced by a noun". */
function partOf(tags: Tags): string {
  if (tags.includes('Determiner')) return 'determiner';
  if (tags.includes('Preposition') || tags.includes('Conjunction')) return 'function';
  if (tags.includes('Verb')) return 'verb';
  if (tags.includes('Adjective')) return 'adjective';
  if (tags.includes('Adverb')) return 'adverb';
  if (tags.includes('Noun')) return 'noun';
  return 'other';
}

const clauses = new Map<string, boolean>();

/** English clauses: a pronoun subject and a verb ("we haven't been able to reach you"). */
function isClause(suggestion: string): boolean {
  let clause = clauses.get(suggestion);
  if (clause === undefined) {
    clause = nlp(suggestion).has('^#Pronoun #Verb');
    clauses.set(suggestion, clause);
  }
  return clause;
}

const joinsEs = new Set(
  'y e pero o u porque pues aunque mientras si cuando hasta así entonces ni sino antes después que desde durante en por para con sin a de'.split(
    ' ',
  ),
);
const articlesEs = new Set(
  'el la los las un una unos unas del al como de en con su sus a por para'.split(' '),
);
const prepositionEs = /^(?:con|de|en|a|por|para|según)\s/iu;

/** Why applying `finding` to `text` leaves a broken sentence, or undefined when it reads well. */
function danglingReason(text: string, locale: string, finding: Finding): string | undefined {
  const suggestion = finding.suggestion ?? '';
  const range = replacedRange(text, finding);
  if (range === undefined) return 'does not apply';
  const applied = applySuggestion(text, finding);
  const end = range.start + range.replacement.length;
  const after = applied.slice(end);
  const before = applied.slice(0, range.start);
  if (endsSentence.test(suggestion)) {
    // After the old sentence's own closing marks, the draft's next sentence follows as it was.
    const closed = endsSentence.test(text.slice(range.start, range.end));
    if (closed ? /^["'”’»)]*(?:\s|$)/u.test(after) : newSentence.test(after)) return undefined;
    return `left after a sentence: "${after.slice(0, 30)}"`;
  }
  const next = nextWord.exec(after)?.[1];
  if (locale === 'es') {
    const previous = lastWord.exec(before)?.[1]?.toLowerCase();
    if (
      /^no hemos\b/iu.test(suggestion) &&
      next !== undefined &&
      !joinsEs.has(next.toLowerCase())
    ) {
      return `"${next}" left after a clause`;
    }
    if (prepositionEs.test(suggestion) && previous !== undefined && articlesEs.has(previous)) {
      return `"${previous}" before a phrase that starts with a preposition`;
    }
    return undefined;
  }
  if (/\bto$/u.test(suggestion)) {
    if (next === undefined) return 'nothing after "to"';
    const tags = tagsAt(applied, end + after.indexOf(next));
    const inflected = ['PastTense', 'Gerund', 'Participle', 'Determiner', 'Pronoun'];
    return tags.some((tag) => inflected.includes(tag))
      ? `"${next}" is not a verb's base form`
      : undefined;
  }
  // Capitals keep their own words; other word rules swap a word or phrase for one of the same kind.
  if (isClause(suggestion) && !finding.ruleId.endsWith('.capitals')) {
    if (next === undefined) return undefined;
    const part = partOf(tagsAt(applied, end + after.indexOf(next)));
    return part === 'function' || part === 'adverb'
      ? undefined
      : `"${next}" (${part}) left after a clause`;
  }
  return undefined;
}

/** Applies each suggestion in `messages` alone; lists each result that re-fires or dangles. */
function brokenApplications(
  messages: ReadonlyArray<{ id: string; locale: string; text: string }>,
): { applied: number; broken: string[]; known: number } {
  let applied = 0;
  let known = 0;
  const broken: string[] = [];
  for (const message of messages) {
    const result = checkTone(message.text, { locale: message.locale });
    for (const finding of result.findings) {
      if (finding.suggestion === undefined) continue;
      applied += 1;
      const range = replacedRange(message.text, finding);
      const after = applySuggestion(message.text, finding);
      const start = range?.start ?? finding.start;
      const end = start + (range?.replacement.length ?? 0);
      // The rule's own sentence is enough to say whether it fires again, and much faster.
      const { from, to } = sentenceAround(after, start, end);
      const again = checkTone(after.slice(from, to), { locale: message.locale }).findings.some(
        (other) =>
          other.ruleId === finding.ruleId && from + other.start < end && start < from + other.end,
      );
      const dangling = danglingReason(message.text, message.locale, finding);
      if (!again && dangling !== undefined && knownCause(message.text, finding) !== undefined) {
        known += 1;
      } else if (again || dangling !== undefined) {
        broken.push(
          `${message.id} ${finding.ruleId}: ${again ? 'fires again' : dangling} in "${after.slice(Math.max(0, start - 30), end + 40)}"`,
        );
      }
    }
  }
  return { applied, broken, known };
}

/**
 * Why a result that reads badly is outside the word rules and `apply.ts`, by its cause, or
 * undefined: check.ts suggests "." for a run of opening marks ("¡¡¡ÚLTIMO AVISO") as for a closing
 * one; the meaning reader ends a frame's clause inside a number or a reference ("1.118,40 €",
 * "clause 7(b)"), so the rest of it is left after the new sentence; a frame's span ends inside
 * quotes or brackets that its sentence goes on after.
 */
function knownCause(text: string, finding: Finding): string | undefined {
  const before = text.charAt(finding.end - 1);
  const after = text.slice(finding.end, finding.end + 2);
  if (finding.ruleId.endsWith('.exclamations') && /^[¡¿]/u.test(finding.excerpt)) {
    return 'check.ts: an opening "¡¡¡" becomes "."';
  }
  if (/\p{N}/u.test(before) && /^(?:[.,]\p{N}|[(%])/u.test(after)) {
    return 'meaning: a clause that ends inside a number';
  }
  if (/^["'”’»)]/u.test(after) || /\(/u.test(text.slice(finding.start - 1, finding.start))) {
    return 'meaning: a span inside quotes or brackets';
  }
  return undefined;
}

describe('applying a suggestion', () => {
  it.each<[string, string, string]>([
    [
      'Maria, you have ignored every letter we sent.',
      'en',
      "Maria, we haven't been able to reach you.",
    ],
    [
      'You ignored our calls for two months and only got in touch now.',
      'en',
      "We haven't been able to reach you and only got in touch now.",
    ],
    [
      "Why haven't you paid yet? It was due.",
      'en',
      'Is anything making it hard to pay? It was due.',
    ],
    ["Why didn't you pay?", 'en', 'Is anything making it hard to pay?'],
    ['Your arrears of £612 remain.', 'en', 'Your overdue payments of £612 remain.'],
    [
      '¿Por qué no ha pagado todavía? Venció ayer.',
      'es',
      '¿Hay algo que le esté dificultando el pago? Venció ayer.',
    ],
    [
      'Ana, usted ha ignorado nuestros tres últimos correos.',
      'es',
      'Ana, no hemos podido hablar con usted.',
    ],
  ])('%s', (text, locale, expected) => {
    const finding = checkTone(text, { locale }).findings.find(
      (each) => each.category === 'accusatory' || each.category === 'jargon',
    );
    expect(finding && applySuggestion(text, finding)).toBe(expected);
  });

  it('replaces the rest of the sentence after a whole-sentence suggestion, and its closing marks', () => {
    const text = 'If we do not hear from you, this is your final warning. Thanks, Ana';
    const finding = { start: 28, end: 54, suggestion: "We're here to help." };
    expect(applySuggestion(text, finding)).toBe(
      "If we do not hear from you, We're here to help. Thanks, Ana",
    );
    expect(
      applySuggestion('Hi, this is it, until you pay. Bye', {
        start: 4,
        end: 14,
        suggestion: 'We can help.',
      }),
    ).toBe('Hi, We can help. Bye');
    expect(
      applySuggestion("Ah, 'the cheque is in the post'. Bye", {
        start: 4,
        end: 30,
        suggestion: 'Thanks.',
      }),
    ).toBe('Ah, Thanks. Bye');
  });
});

describe('applying every suggestion in the tone corpus', () => {
  it('leaves a sentence the same rule passes, with nothing of the old clause dangling', () => {
    const { applied, broken, known } = brokenApplications(allMessages());
    expect(applied).toBeGreaterThan(2500);
    expect(broken).toEqual([]);
    // Causes outside these files (see knownCause); each fixed one lowers this ceiling. Round E's
    // 900 messages brought two more of the known kinds (30 before them), round F's 900 four more,
    // round G's 900 three more, round H's 1,200 (w34–w36, w38) three more, round I's 900
    // (w39–w41) one more, round J's 600 (w42–w43) one more, round K's 900 (w44–w46) two more,
    // round L's 900 (w47–w49) four more, round M's 900 (w50–w52) one more, round N's 900
    // (w53–w55) two more, round O's 600 (w56–w57) eight more, round S's 900 (w67–w69) two more, round T's 900 (w70–w72) five more,
    // round U's 900 (w73–w75) two more, round W's 900 (w76–w78) seven more, round X's 900 none,
    // round Z's 900 (w85–w87) five more, round AA's 900 (w88–w90) three more,
    // round AB's 900 (w91–w93) four more, round AC's 900 (w94–w96) seven more.
    expect(known).toBeLessThanOrEqual(96);
  });
});
