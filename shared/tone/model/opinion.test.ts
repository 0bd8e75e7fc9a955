/**
 * The learned model reads each sentence with the findings the rules made in it. These cases pin
 * what an agent notices: a reassurance that names bailiffs or an employer is not blocked, the same
 * words as a threat still are, and the model never clears an admin's own phrase or shouting.
 */
import { checkTone } from '..';
import { meaningFor } from '../meaning/slot';
import { ruleSets } from '../rules';

const blockingRules = (text: string, options = {}): string[] =>
  checkTone(text, { locale: 'en', ...options })
    .findings.filter((finding) => finding.severity === 'block')
    .map((finding) => finding.ruleId);

describe('the tone model, reading findings in context', () => {
  it.each([
    'Dear Mr Douglas, I can confirm that no bailiffs or enforcement agents have been instructed, and none will be.',
    "You asked if we're taking you to court over the balance - we're not. There's no legal action planned.",
  ])('clears a reassurance the word rules took for a threat: %s', (text) => {
    expect(checkTone(text, { locale: 'en' }).verdict).toBe('ok');
  });

  it.each([
    'We have instructed enforcement agents to attend your home next week.',
    "If this isn't paid by Friday we'll be taking you to court.",
    "We will contact your employer about this if you don't pay.",
  ])('still blocks the same words as a threat: %s', (text) => {
    expect(checkTone(text, { locale: 'en' }).verdict).toBe('block');
  });

  // The frames read "wouldn't" as a reassurance; the model raises such a sentence only when it is
  // all but certain (the `reassured` threshold), so real reassurances stay ok.
  it.each([
    "I imagine your boss wouldn't love hearing from us about this, so let's sort it out.",
    'Why not take out a payday loan and clear this today?',
  ])('blocks a threat hedged as a negation: %s', (text) => {
    expect(checkTone(text, { locale: 'en' }).verdict).toBe('block');
  });

  it("never clears an admin's own flagged phrase", () => {
    const text =
      'Dear Mr Douglas, I can confirm that no bailiffs or enforcement agents have been instructed, and none will be.';
    expect(
      blockingRules(text, { flagPhrases: [{ phrase: 'bailiffs', severity: 'block' }] }),
    ).toEqual(['company.flag']);
  });

  it('never clears shouting, however reassuring the words', () => {
    expect(
      checkTone('WE HAVE NOT INSTRUCTED BAILIFFS AND NEVER WILL.', { locale: 'en' }).verdict,
    ).toBe('review');
  });

  it('never flags a rewrite the tone check itself offers', () => {
    const offered = (['en', 'es'] as const).flatMap((locale) =>
      [
        ...ruleSets[locale].rules.map((rule) => rule.suggestion),
        ...Object.values(meaningFor(locale)?.text ?? {}).map((text) => text.suggestion),
      ].flatMap((text) => (text === undefined ? [] : [{ locale, text }])),
    );
    const flaggedByModel = offered.filter(({ locale, text }) =>
      checkTone(text, { locale }).findings.some((finding) => finding.ruleId.includes('.model.')),
    );
    expect(flaggedByModel).toEqual([]);
  });
});
