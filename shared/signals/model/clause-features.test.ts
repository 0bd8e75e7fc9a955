/**
 * The model's clause features: a word in a negation's reach, a word in a clause about the writer,
 * and words one apart in a clause, in both languages, with sentences the corpus does not hold.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { readCustomerMessage } from '..';
import { clauseFeatures } from './clause-features';
import { installSignalJudge, type RulesReading } from './slot';

afterEach(() => installSignalJudge(undefined));

/** The labels of the first sentence's clause features, read as the model is given it. */
function labels(text: string, locale: 'en' | 'es'): string[] {
  let reading: RulesReading | undefined;
  installSignalJudge((read) => {
    reading = read;
    return [...read.signals];
  });
  readCustomerMessage(text, { locale, today: '2026-11-27', timeZone: 'Europe/London' });
  const first = reading?.sentences[0];
  if (first === undefined) throw new Error('no sentence');
  return clauseFeatures(first.sentence, first.hits, locale, 1 << 13, true).flatMap(
    (feature) => feature.label ?? [],
  );
}

describe('clause features', () => {
  it('mark a state the writer tells of themselves, negated or not', () => {
    expect(labels("Honestly I can't sleep for worrying about it", 'en')).toEqual(
      expect.arrayContaining(['p:can', 'pn:sleep', 'pn:worri']),
    );
    expect(labels('Ya no puedo dormir por las noches', 'es')).toEqual(
      expect.arrayContaining(['pn:dorm']),
    );
  });

  it('mark a denial without a writer as a plain negation', () => {
    const read = labels('The statement is not disputed by anyone', 'en');
    expect(read).toEqual(expect.arrayContaining(['n:disput']));
    expect(read.some((label) => label.startsWith('p:') || label.startsWith('pn:'))).toBe(false);
  });

  it('leave words of another clause or out of reach unmarked', () => {
    // "not" reaches "disputing" and "it"; the clause after the comma is the writer's, unnegated.
    const read = labels('He is not disputing it, but I paid in full', 'en');
    expect(read).toEqual(expect.arrayContaining(['n:disput', 'p:paid']));
    expect(read).not.toContain('n:paid');
    expect(read).not.toContain('pn:paid');
  });

  it('pair words one apart within a clause only', () => {
    const read = labels("I can't really sleep, the bills keep coming", 'en');
    expect(read).toEqual(expect.arrayContaining(['g:not sleep', 'g:bill come']));
    expect(read.filter((label) => label.startsWith('g:realli'))).toEqual([]);
  });
});
