/**
 * Applying a whole-sentence suggestion next to words no suggestion covers, in a plain-text draft
 * (the HubSpot card) and the same draft as HTML (Zendesk's editor): the same words on both, and a
 * threat the agent wrote is never deleted without a replacement.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyAllSuggestions, applySuggestion } from './apply';
import { checkTone } from './check';
import { htmlToText } from './html';
import type { Finding } from './types';

const kindSentence =
  "I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?";

/** The draft with its first suggestion applied, knowing every finding of the check. */
function rewriteFirst(draft: string, format: 'text' | 'html'): string {
  const { findings } = checkTone(draft, { locale: 'en', format });
  const first = findings.find((finding) => finding.suggestion !== undefined);
  if (first === undefined) throw new Error(`no suggestion for ${draft}`);
  return applySuggestion(draft, first, findings);
}

/** What the agent sees of a draft: its visible text, without the paragraph's line breaks. */
const visible = (draft: string, format: 'text' | 'html'): string =>
  format === 'html' ? htmlToText(draft).text.trim() : draft;

describe('a whole-sentence suggestion beside a threat it does not rewrite', () => {
  const draft = "Hi Maria, you haven't paid your bill and we will sue.";

  it.each<'text' | 'html'>(['text', 'html'])(
    'keeps the threat as a sentence of its own (%s)',
    (format) => {
      const input = format === 'html' ? `<p>${draft}</p>` : draft;
      expect(visible(rewriteFirst(input, format), format)).toBe(
        `Hi Maria, ${kindSentence} And we will sue.`,
      );
    },
  );

  it('keeps the words after a comma too, without the comma', () => {
    const text = "Hi Maria, you haven't paid your bill, so we will sue.";
    expect(rewriteFirst(text, 'text')).toBe(`Hi Maria, ${kindSentence} So we will sue.`);
  });

  it('still replaces the rest of the sentence when nothing in it is left unrewritten', () => {
    const text = "Hi Maria, you haven't paid your bill and that is that. Thanks";
    expect(rewriteFirst(text, 'text')).toBe(`Hi Maria, ${kindSentence} Thanks`);
  });

  it('without the other findings, takes the rest as before (the caller did not say)', () => {
    const finding = { start: 10, end: 36, suggestion: 'We can help.' };
    expect(applySuggestion(draft, finding)).toBe('Hi Maria, We can help.');
    expect(
      applySuggestion(draft, finding, [finding, { start: 41, end: 52, suggestion: undefined }]),
    ).toBe('Hi Maria, We can help. And we will sue.');
  });

  it('Apply all keeps it too, and the kept words are never rewritten twice', () => {
    const { findings } = checkTone(draft, { locale: 'en' });
    const applicable = findings.filter((finding) => finding.suggestion !== undefined);
    expect(applyAllSuggestions(draft, applicable, findings)).toBe(
      `Hi Maria, ${kindSentence} And we will sue.`,
    );
  });
});

describe('a rewritten question', () => {
  const draft = 'Hi Maria, what the hell is going on with your payment?';

  it.each<'text' | 'html'>(['text', 'html'])(
    'takes the draft’s own "?" with the sentence it replaces (%s)',
    (format) => {
      const input = format === 'html' ? `<p>${draft}</p>` : draft;
      expect(visible(rewriteFirst(input, format), format)).toBe(
        "Hi Maria, we're here to help you find a way forward.",
      );
    },
  );
});

/** The words of `text`, in lower case, one space apart: what stays when case or commas change. */
const wordsOf = (text: string): string => (text.toLowerCase().match(/\p{L}+/gu) ?? []).join(' ');

/** Words a finding without a suggestion covers, in a draft of words and punctuation. */
const word = fc.constantFrom('you', 'paid', 'bill', 'and', 'so', 'we', 'sue', 'now', 'Maria');
const mark = fc.constantFrom(' ', ' ', ', ', '. ', '? ', ' - ');
const sentence = fc
  .array(fc.tuple(word, mark), { minLength: 2, maxLength: 14 })
  .map((parts) => parts.map(([each, after]) => each + after).join(''));

describe('applying suggestions, whatever the draft', () => {
  it('never deletes the words of a finding without a suggestion that no suggestion covers', () => {
    fc.assert(
      fc.property(
        sentence,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('We can help.', 'Is anything making it hard to pay?', 'overdue'),
        (text, picks, suggestion) => {
          const findings: Finding[] = picks.map(([a, b, suggests]) => {
            const start = a % text.length;
            const end = start + 1 + (b % Math.max(1, Math.min(12, text.length - start)));
            return {
              category: 'threat',
              severity: 'block',
              start,
              end: Math.min(end, text.length),
              excerpt: text.slice(start, Math.min(end, text.length)),
              reason: 'test',
              ruleId: 'test.rule',
              ...(suggests ? { suggestion } : {}),
            };
          });
          const applied = applyAllSuggestions(text, findings);
          for (const kept of findings) {
            if (kept.suggestion !== undefined) continue;
            // Covered by a suggestion's own span: rewritten, not deleted.
            const rewritten = findings.some(
              (other) =>
                other.suggestion !== undefined && other.start < kept.end && kept.start < other.end,
            );
            if (rewritten) continue;
            expect(wordsOf(applied)).toContain(wordsOf(kept.excerpt));
          }
        },
      ),
    );
  });
});
