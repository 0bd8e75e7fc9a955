import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { applyAllSuggestions, applySuggestion, replacedRange } from './apply';
import { checkTone } from './check';
import { htmlToText } from './html';

// Drafts built from real rule words, filler and arbitrary Unicode, so findings actually occur.
const phrases = [
  'You failed to',
  'legal action',
  'we will not take legal action',
  'deadbeat',
  'PAY NOW',
  '!!!',
  'in arrears',
  'delinquent',
  "you haven't paid your bill",
  'I understand',
  'payment plan',
  'acciones legales',
  'no ha pagado su factura',
  '> quoted idiot line\n',
  'On Mon Ana wrote:\n',
  '🙂',
  'Zoë',
  '\u00a0',
  '’',
];
const draft = fc
  .array(fc.oneof(fc.constantFrom(...phrases), fc.string(), fc.constantFrom(' ', '. ', '\n')), {
    maxLength: 25,
  })
  .map((parts) => parts.join(''));

const tags = [
  '<p>',
  '</p>',
  '<b>',
  '</b>',
  '<br>',
  '<blockquote>',
  '</blockquote>',
  '&amp;',
  '&nbsp;',
  '<a href="x">',
  '</a>',
  '<',
  '&',
];
const html = fc
  .array(fc.oneof(fc.constantFrom(...phrases, ...tags), fc.string()), { maxLength: 25 })
  .map((parts) => parts.join(''));
const locale = fc.constantFrom('en', 'es', 'auto');

describe('checkTone properties', () => {
  it('never throws, and every finding points at its own excerpt inside the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(draft, fc.string(), fc.string({ unit: 'binary' })),
        locale,
        (text, loc) => {
          const result = checkTone(text, { locale: loc });
          expect(['ok', 'review', 'block']).toContain(result.verdict);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          for (const finding of result.findings) {
            expect(
              0 <= finding.start && finding.start < finding.end && finding.end <= text.length,
            ).toBe(true);
            expect(finding.excerpt).toBe(text.slice(finding.start, finding.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the verdict is the most severe finding', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { verdict, findings } = checkTone(text);
        const severities = findings.map((finding) => finding.severity);
        const expected = severities.includes('block')
          ? 'block'
          : severities.includes('review')
            ? 'review'
            : 'ok';
        expect(verdict).toBe(expected);
      }),
    );
  });

  it('applying a suggestion changes only its span, and a whole sentence only the rest of its own', () => {
    fc.assert(
      fc.property(draft, (text) => {
        for (const finding of checkTone(text).findings) {
          if (finding.suggestion === undefined) continue;
          const range = replacedRange(text, finding);
          expect(range?.start).toBe(finding.start);
          if (range === undefined) continue;
          expect(range.end).toBeGreaterThanOrEqual(finding.end);
          // Past the span, only the rest of the sentence: no sentence break is crossed.
          expect(text.slice(finding.end, range.end)).not.toMatch(/[.!?…]\s+\S/u);
          const applied = applySuggestion(text, finding);
          expect(applied.slice(0, finding.start)).toBe(text.slice(0, finding.start));
          expect(applied.slice(finding.start + range.replacement.length)).toBe(
            text.slice(range.end),
          );
        }
      }),
    );
  });

  it('applying all suggestions keeps every character outside the replaced parts, in order', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { findings } = checkTone(text);
        const applied = applyAllSuggestions(text, findings);
        // Walk the text: untouched stretches must reappear verbatim and in order.
        const spans = findings
          .flatMap((finding) => replacedRange(text, finding, findings) ?? [])
          .sort((a, b) => a.start - b.start || b.end - a.end);
        let cursor = 0;
        let position = 0;
        for (const span of spans) {
          if (span.start < cursor) continue;
          const kept = text.slice(cursor, span.start);
          expect(applied.slice(position, position + kept.length)).toBe(kept);
          position += kept.length + span.replacement.length;
          cursor = Math.max(span.end, span.start + 1);
        }
        expect(applied.slice(position)).toBe(text.slice(cursor));
      }),
    );
  });

  it('a negated threat is never a threat', () => {
    const negations = ['We will not', 'We are not going to', 'We never', 'We do not plan to'];
    const threats = [
      'take legal action',
      'take you to court',
      'garnish your wages',
      'contact your employer',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...negations), fc.constantFrom(...threats), (neg, threat) => {
        const result = checkTone(`${neg} ${threat}.`, { locale: 'en' });
        expect(result.findings.filter((finding) => finding.severity === 'block')).toEqual([]);
      }),
    );
  });

  it('HTML: never throws, spans sit inside the HTML, and their visible text is the excerpt', () => {
    fc.assert(
      fc.property(html, locale, (input, loc) => {
        const result = checkTone(input, { format: 'html', locale: loc });
        for (const finding of result.findings) {
          expect(
            0 <= finding.start && finding.start < finding.end && finding.end <= input.length,
          ).toBe(true);
          expect(htmlToText(input.slice(finding.start, finding.end)).text.replace(/\n/g, '')).toBe(
            finding.excerpt.replace(/\n/g, ''),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('HTML: applying suggestions keeps every tag of the draft, so formatting survives', () => {
    // Tags as browsers read them: quotes delimit only attribute values.
    const tagsOf = (markup: string) =>
      markup.match(
        /<!--[\s\S]*?(?:-->|$)|<\/?[A-Za-z][^\s/>]*(?:=\s*"[^"]*"|=\s*'[^']*'|[^>])*>/g,
      ) ?? [];
    fc.assert(
      fc.property(html, (input) => {
        const { findings } = checkTone(input, { format: 'html', locale: 'en' });
        expect(tagsOf(applyAllSuggestions(input, findings))).toEqual(tagsOf(input));
      }),
      { numRuns: 300 },
    );
  });
});
