import { describe, expect, it } from '@jest/globals';
import { checkTone } from '../tone';
import {
  buildToneFeedback,
  toneFeedbackFromRecord,
  toneFeedbackRecordFields,
  toneFeedbackSchema,
  type ToneFeedback,
} from '.';

const at = new Date('2026-11-25T15:00:00Z');

describe('buildToneFeedback', () => {
  it('records the disputed finding with its span in the plain text, even for an HTML draft', () => {
    const html = "<p>Hello Ana,</p><p>You <b>haven't paid</b> your bill.</p>";
    const result = checkTone(html, { format: 'html', locale: 'en' });
    const disputed = result.findings.find((finding) => finding.category === 'accusatory');
    expect(disputed).toBeDefined();
    const feedback = buildToneFeedback({
      kind: 'wrong-finding',
      result,
      draft: { format: 'html', input: html },
      ...(disputed ? { disputed } : {}),
      note: '  We say this on purpose.  ',
      at,
      includeDraft: true,
    });
    expect(toneFeedbackSchema.parse(feedback)).toEqual(feedback);
    const text = feedback.draft ?? '';
    expect(text).toBe("Hello Ana,\n\nYou haven't paid your bill.");
    const recorded = feedback.findings[feedback.disputed ?? -1];
    expect(recorded?.ruleId).toBe(disputed?.ruleId);
    expect(text.slice(recorded?.start, recorded?.end)).toBe(recorded?.excerpt);
    expect(feedback).toMatchObject({
      kind: 'wrong-finding',
      locale: 'en',
      verdict: result.verdict,
      note: 'We say this on purpose.',
      at: '2026-11-25T15:00:00.000Z',
    });
  });

  it('keeps the draft out unless the admin allows it, and names no finding for "missed"', () => {
    const input = 'We will tell your neighbours about this debt.';
    const result = checkTone(input, { locale: 'en' });
    const feedback = buildToneFeedback({
      kind: 'missed',
      result,
      draft: { format: 'text', input },
      note: '',
      at,
      includeDraft: false,
    });
    expect(feedback.draft).toBeUndefined();
    expect(feedback.disputed).toBeNull();
    expect(JSON.stringify(feedback)).not.toContain('neighbours about this debt');
  });

  it('gives the same click the same id, and another click another', () => {
    const result = checkTone('Pay now.', { locale: 'en' });
    const click = (when: Date) =>
      buildToneFeedback({
        kind: 'missed',
        result,
        draft: { format: 'text', input: 'Pay now.' },
        note: 'pushy',
        at: when,
        includeDraft: false,
      }).id;
    expect(click(at)).toBe(click(at));
    expect(click(new Date(at.getTime() + 1))).not.toBe(click(at));
  });
});

describe('Zendesk record fields', () => {
  it('reads back what it wrote', () => {
    const result = checkTone("You haven't paid.", { locale: 'en' });
    const disputed = result.findings[0];
    const feedback: ToneFeedback = buildToneFeedback({
      kind: 'wrong-finding',
      result,
      draft: { format: 'text', input: "You haven't paid." },
      ...(disputed ? { disputed } : {}),
      note: 'fine here',
      at,
      includeDraft: true,
    });
    const fields = toneFeedbackRecordFields(feedback);
    expect(fields).toMatchObject({ kind: 'wrong_finding', disputed_rule_id: disputed?.ruleId });
    expect(
      toneFeedbackFromRecord({ id: '7', external_id: feedback.id, custom_object_fields: fields }),
    ).toEqual({ ok: true, value: feedback });
  });

  it('says which record it cannot read instead of throwing', () => {
    expect(
      toneFeedbackFromRecord({
        id: '8',
        custom_object_fields: { kind: 'missed', findings: '{not json' },
      }),
    ).toEqual({ ok: false, error: expect.stringMatching(/^record 8: /) });
  });
});
