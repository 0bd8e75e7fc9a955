import { describe, expect, it } from '@jest/globals';
import { applyAllSuggestions, applySuggestion } from './apply';
import { checkTone } from './index';
import type { ToneRuleSet } from './types';
import { combinedSourceLimit, compileRuleSet } from './pattern';
import { ruleSets } from './rules';

const categories = (text: string, options = {}) =>
  checkTone(text, options).findings.map((finding) => finding.category);

describe('checkTone', () => {
  it('flags the brief example as accusatory and offers the kinder rewrite', () => {
    const text = "You haven't paid your bill";
    const result = checkTone(text);
    expect(result.verdict).toBe('review');
    expect(result.findings).toEqual([
      expect.objectContaining({
        category: 'accusatory',
        severity: 'review',
        start: 0,
        end: text.length,
        excerpt: text,
        suggestion:
          "I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?",
      }),
    ]);
  });

  it('lets a polite, empathetic message through with no review findings and a high score', () => {
    const text =
      "Hi Ana, I'm sorry to hear things are tight. We can offer a payment plan with smaller monthly amounts. What would work for you?";
    const result = checkTone(text);
    expect(result.verdict).toBe('ok');
    expect(result.findings.every((finding) => finding.severity === 'info')).toBe(true);
    expect(result.findings.map((finding) => finding.category)).toContain('positive');
    expect(result.score).toBeGreaterThan(checkTone('Your balance is $40.').score);
  });

  // What must never be sent (block) and what the agent should rethink (review), by category.
  it.each<[string, 'block' | 'review', string]>([
    ['We will take legal action next week.', 'block', 'threat'],
    ['You could be arrested for this.', 'block', 'threat'],
    ['We will garnish your wages.', 'block', 'threat'],
    ['The bailiffs will seize your car.', 'block', 'threat'],
    ['This is Officer Grant from the police department.', 'block', 'misrepresentation'],
    ["I'm an attorney and you owe this money.", 'block', 'misrepresentation'],
    ['We will tell your employer about this debt.', 'block', 'third-party'],
    ['We will post your name on social media.', 'block', 'third-party'],
    ['You are a deadbeat.', 'block', 'shaming'],
    ['Pay the damn bill.', 'block', 'profanity'],
    ["We'll keep calling until you pay.", 'block', 'harassment'],
    ['You failed to make the payment.', 'review', 'accusatory'],
    ['Why haven’t you replied?', 'review', 'accusatory'],
    ['Payment in full is required immediately.', 'review', 'pressure'],
    ['PAY THIS NOW', 'review', 'pressure'],
    ['Your balance is overdue!!!', 'review', 'pressure'],
    ['Pursuant to your agreement, the account is delinquent.', 'review', 'jargon'],
  ])('reads %j as %s (%s)', (text, verdict, category) => {
    const result = checkTone(text, { locale: 'en' });
    expect(result.verdict).toBe(verdict);
    expect(result.findings.map((finding) => finding.category)).toContain(category);
  });

  it('reads negations as reassurances, not threats', () => {
    for (const text of [
      'We will not take legal action.',
      'You will not be arrested.',
      "We won't contact your employer.",
      'There is no risk of arrest.',
      'No legal action will be taken while the plan is active.',
      'You don’t need to pay the full amount today.',
    ]) {
      expect(checkTone(text, { locale: 'en' })).toMatchObject({ verdict: 'ok' });
    }
    expect(checkTone('No vamos a iniciar acciones legales.', { locale: 'es' }).verdict).toBe('ok');
  });

  it('still sees a threat behind a negation that does not govern it', () => {
    expect(categories("If you don't pay we will take legal action.")).toContain('threat');
    expect(categories("We won't hesitate to take legal action.")).toContain('threat');
    expect(categories('We have no choice but to take legal action.')).toContain('threat');
    expect(checkTone('Si no paga iniciaremos acciones legales.').verdict).toBe('block');
  });

  it('reads a step told as over as news, and one still ahead as a threat', () => {
    expect(categories('Good news: the lien on your truck has been released.')).not.toContain(
      'threat',
    );
    expect(
      categories('El embargo de su cuenta fue levantado ayer.', { locale: 'es' }),
    ).not.toContain('threat');
    expect(
      categories('Your repossession was cancelled, but it will be reinstated if you miss Friday.'),
    ).toContain('threat');
    expect(categories('The lien on your truck will be lifted once you pay in full.')).toContain(
      'threat',
    );
    expect(
      categories('El embargo fue levantado, pero se reactivará si no paga.', { locale: 'es' }),
    ).toContain('threat');
  });

  it("skips the customer's quoted words", () => {
    const reply = [
      'Thanks for your message, I understand.',
      '> this is bullshit, I will sue you',
      '',
      'On Mon, 3 Jun 2024 at 10:00, Ana <ana@example.com> wrote:',
      'You people are idiots and I will take legal action.',
    ].join('\n');
    const result = checkTone(reply);
    expect(result.verdict).toBe('ok');
    expect(checkTone('El lun, 3 jun 2024, Ana escribió:\nson unos idiotas').verdict).toBe('ok');
  });

  it('checks Spanish drafts with the Spanish rules, detected or chosen', () => {
    const text = 'Usted no ha pagado su factura.';
    const detected = checkTone(text);
    expect(detected.locale).toBe('es');
    expect(detected.findings[0]).toMatchObject({
      category: 'accusatory',
      excerpt: 'Usted no ha pagado su factura.',
    });
    expect(checkTone('Hola, le embargaremos la nómina.', { locale: 'es' }).verdict).toBe('block');
  });

  it('falls back to English when the language cannot be told', () => {
    expect(checkTone('12345 ???').locale).toBe('en');
    expect(checkTone('', { locale: 'auto' }).locale).toBe('en');
  });

  it('handles empty input, emoji and other scripts', () => {
    expect(checkTone('')).toEqual({ verdict: 'ok', score: 75, locale: 'en', findings: [] });
    const text = '🙂 Hi Zoë, 😡 you failed to pay 💸 — 你好';
    const [finding] = checkTone(text).findings;
    expect(finding).toBeDefined();
    expect(text.slice(finding?.start, finding?.end)).toBe('you failed to');
  });

  it('checks a 50 KB draft', () => {
    const text = 'We can offer a payment plan. '.repeat(1800) + 'You are pathetic.';
    expect(text.length).toBeGreaterThan(50_000);
    const result = checkTone(text);
    expect(result.verdict).toBe('block');
    expect(result.findings.at(-1)).toMatchObject({ category: 'shaming', excerpt: 'pathetic' });
  });

  it('flags company phrases and lets admins allow exact phrases', () => {
    const flagged = checkTone('Please settle up, mate.', {
      flagPhrases: [{ phrase: 'settle up', category: 'pressure', suggestion: 'pay' }, 'mate'],
    });
    expect(flagged.findings.map((finding) => [finding.excerpt, finding.severity])).toEqual([
      ['settle up', 'review'],
      ['mate', 'review'],
    ]);
    expect(applyAllSuggestions('Please settle up, mate.', flagged.findings)).toBe(
      'Please pay, mate.',
    );

    const allowed = checkTone('We may refer the account to our solicitors.', {
      allowPhrases: ['refer the account to our solicitors'],
    });
    expect(allowed.verdict).toBe('ok');
  });

  it('lets admins choose which categories block', () => {
    const text = 'Pay immediately or we will take legal action.';
    expect(checkTone(text).verdict).toBe('block');
    const relaxed = checkTone(text, { blockCategories: [] });
    expect(relaxed.verdict).toBe('review');
    const strict = checkTone('Please pay immediately.', { blockCategories: ['pressure'] });
    expect(strict.verdict).toBe('block');
  });

  it('scores harmful drafts lower than neutral ones and keeps the score within 0..100', () => {
    const bad = checkTone('You idiot, pay now or we will sue you and tell your boss!!!');
    expect(bad.score).toBeGreaterThanOrEqual(0);
    expect(bad.score).toBeLessThan(checkTone('Your balance is $40.').score);
  });
});

describe('applySuggestion', () => {
  it('rewrites one span and keeps the rest of the draft', () => {
    const text = 'Hi Ana, you have ignored our emails. Thanks.';
    const finding = checkTone(text).findings.find((item) => item.category === 'accusatory');
    expect(finding).toBeDefined();
    if (finding === undefined) return;
    expect(applySuggestion(text, finding)).toBe(
      "Hi Ana, we haven't been able to reach you. Thanks.",
    );
  });

  it('applies every suggestion right to left so offsets stay valid', () => {
    const text = 'Your account is delinquent and in arrears. PAY NOW';
    const result = checkTone(text);
    expect(applyAllSuggestions(text, result.findings)).toBe(
      'Your account is overdue and behind on payments. Pay now',
    );
  });

  it('leaves the text alone for a finding without a suggestion or out of range', () => {
    expect(applySuggestion('abc', { start: 0, end: 1 })).toBe('abc');
    expect(applySuggestion('abc', { start: 2, end: 9, suggestion: 'x' })).toBe('abc');
  });
});

describe('rule sets', () => {
  it.each(Object.values(ruleSets))(
    '$locale compiles to one matcher small enough for V8 to optimise',
    (ruleSet) => {
      expect(compileRuleSet(ruleSet).matcher.source.length).toBeLessThan(combinedSourceLimit);
    },
  );

  it('refuse capturing groups, which would break the combined matcher', () => {
    const broken: ToneRuleSet = {
      locale: 'xx',
      detectionWords: [],
      negation: 'not',
      undone: 'over',
      undoneBefore: 'ended',
      stillAhead: 'again',
      quoteHeader: '^$',
      messages: { shouting: '', exclamations: '', companyPhrase: '' },
      rules: [{ id: 'xx.bad', category: 'jargon', pattern: '(bad)', reason: '' }],
    };
    expect(() => compileRuleSet(broken)).toThrow(/xx\.bad/);
  });
});
