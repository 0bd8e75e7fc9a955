import { describe, expect, it } from '@jest/globals';
import { applyAllSuggestions, applySuggestion } from './apply';
import { checkTone } from './check';
import { htmlToText } from './html';

describe('HTML drafts', () => {
  it('reads the visible text: tags dropped, entities decoded, blocks on new lines', () => {
    expect(htmlToText('<p>Tom &amp; Ana</p><p>Hi&nbsp;there</p><script>x()</script>').text).toBe(
      '\nTom & Ana\n\nHi\u00a0there\n',
    );
  });

  it('points findings into the HTML and rewrites them without losing the formatting around them', () => {
    const draft = '<p>Hi <b>Ana</b>,</p><p>Your account is <i>delinquent</i> &amp; in arrears.</p>';
    const result = checkTone(draft, { format: 'html' });
    expect(
      result.findings.map((finding) => [finding.excerpt, draft.slice(finding.start, finding.end)]),
    ).toEqual([
      ['delinquent', 'delinquent'],
      ['in arrears', 'in arrears'],
    ]);
    expect(applyAllSuggestions(draft, result.findings)).toBe(
      '<p>Hi <b>Ana</b>,</p><p>Your account is <i>overdue</i> &amp; behind on payments.</p>',
    );
  });

  it('keeps tags inside a rewritten span, so the markup stays balanced', () => {
    const draft = '<p><b>You</b> haven&#39;t paid your bill</p>';
    const [finding] = checkTone(draft, { format: 'html' }).findings;
    expect(finding).toMatchObject({
      category: 'accusatory',
      excerpt: "You haven't paid your bill",
    });
    if (finding === undefined) return;
    const applied = applySuggestion(draft, finding);
    expect(applied).toBe(
      "<p><b>I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?</b></p>",
    );
  });

  it('escapes suggestions so they cannot inject markup', () => {
    const draft = '<p>delinquent</p>';
    const result = checkTone(draft, {
      format: 'html',
      flagPhrases: [{ phrase: 'overdue', suggestion: '<img src=x>' }],
    });
    const flagged = checkTone('<p>overdue</p>', {
      format: 'html',
      flagPhrases: [{ phrase: 'overdue', suggestion: '<img src=x>' }],
    });
    expect(result.verdict).toBe('review');
    expect(flagged.findings[0]?.suggestion).toBe('&lt;img src=x&gt;');
  });

  it("skips the customer's words inside <blockquote>", () => {
    const draft = '<p>Thanks, I understand.</p><blockquote>you idiots, I will sue</blockquote>';
    expect(checkTone(draft, { format: 'html' }).verdict).toBe('ok');
  });
});
