/**
 * Agent feedback on the tone check (issue 13): "This finding is wrong" about one finding, or
 * "Tactful missed something" about a whole draft. One click makes one record: the locale, the
 * verdict, every finding (category, severity, rule, span, excerpt), which one was disputed, the
 * agent's note and the time; the draft itself only when the admin allows it. No customer, ticket
 * or agent id: the hosts store it (Zendesk: a custom object record; HubSpot: our backend's store)
 * and `tactful corpus export` turns it into candidate corpus lines for a human to label.
 */
import * as z from 'zod/mini';
import { htmlToText } from '../tone/html';
import { toneCategories, type Finding, type ToneResult } from '../tone/types';
import { fingerprint } from '../text/fingerprint';
import { toneFeedbackKinds, toneFeedbackLimits, type ToneFeedbackKind } from './limits';

export { toneFeedbackKinds, toneFeedbackLimits, type ToneFeedbackKind } from './limits';

/** A feedback id: made by the client, so a retried write of the same click stores it once. */
export const toneFeedbackIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{8,128}$/));

/** One finding as recorded: enough to find it again in the draft and to see why it fired. */
export const feedbackFindingSchema = z
  .object({
    category: z.enum(toneCategories),
    severity: z.enum(['info', 'review', 'block']),
    ruleId: z.string().check(z.minLength(1), z.maxLength(toneFeedbackLimits.ruleId)),
    /** UTF-16 offsets into the recorded draft text (plain text, even for an HTML draft). */
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    excerpt: z.string().check(z.maxLength(toneFeedbackLimits.excerpt)),
  })
  .check(
    z.refine((finding) => finding.end >= finding.start, {
      path: ['end'],
      error: 'a span ends after it starts',
    }),
  );
export type FeedbackFinding = z.infer<typeof feedbackFindingSchema>;

/** One piece of agent feedback, as every host stores it and the command line reads it. */
export const toneFeedbackSchema = z
  .object({
    id: toneFeedbackIdSchema,
    kind: z.enum(toneFeedbackKinds),
    /** The locale whose rules checked the draft (`en`, `es`). */
    locale: z.string().check(z.regex(/^[a-z]{2,3}$/)),
    verdict: z.enum(['ok', 'review', 'block']),
    findings: z.array(feedbackFindingSchema).check(z.maxLength(toneFeedbackLimits.findings)),
    /** Index in `findings` of the finding the agent called wrong; null for "missed something". */
    disputed: z.nullable(z.int().check(z.nonnegative())),
    note: z.string().check(z.maxLength(toneFeedbackLimits.note)),
    /** When the agent clicked (ISO 8601, UTC). */
    at: z.iso.datetime({ offset: true }),
    /** The checked draft as plain text; present only when the admin allows it. */
    draft: z.optional(z.string().check(z.maxLength(toneFeedbackLimits.draft))),
  })
  .check(
    z.superRefine((feedback, ctx) => {
      const { kind, disputed, findings } = feedback;
      if (kind === 'wrong-finding' && (disputed === null || disputed >= findings.length)) {
        ctx.addIssue({ code: 'custom', path: ['disputed'], message: 'names one of the findings' });
      }
      if (kind === 'missed' && disputed !== null) {
        ctx.addIssue({ code: 'custom', path: ['disputed'], message: 'is null for "missed"' });
      }
    }),
  );
export type ToneFeedback = z.infer<typeof toneFeedbackSchema>;

/** What the agent clicked, on which check, and what the admin allows to be kept. */
export interface ToneFeedbackInput {
  kind: ToneFeedbackKind;
  /** The check the agent saw. */
  result: ToneResult;
  /** The draft that check read: its findings' offsets index `input` in its own format. */
  draft: { format: 'text' | 'html'; input: string };
  /** The finding called wrong (one of `result.findings`); required for `wrong-finding`. */
  disputed?: Finding;
  note: string;
  at: Date;
  /** `tone.feedbackIncludeDraft`: keep the draft's text in the record. */
  includeDraft: boolean;
}

/** Maps spans of the checked input to spans of the plain text recorded. */
type SpanMap = (start: number, end: number) => { start: number; end: number };

/**
 * The draft as plain text with a map from the checked input's offsets. HTML drafts become their
 * visible text (a corpus line is text); leading and trailing white space (the paragraphs' line
 * breaks) is dropped and the offsets follow.
 */
function plainDraft(draft: ToneFeedbackInput['draft']): { text: string; span: SpanMap } {
  const html = draft.format === 'html' ? htmlToText(draft.input) : undefined;
  const full = html?.text ?? draft.input;
  const lead = full.length - full.trimStart().length;
  const text = full.trim();
  const clamp = (offset: number) => Math.min(Math.max(offset - lead, 0), text.length);
  if (html === undefined) {
    return { text, span: (start, end) => ({ start: clamp(start), end: clamp(end) }) };
  }
  return {
    text,
    span: (start, end) => {
      // The text characters whose HTML lies wholly inside the finding's HTML span.
      let first = -1;
      let last = -1;
      for (let index = 0; index < html.text.length; index += 1) {
        const from = html.htmlStart[index] ?? 0;
        const to = html.htmlEnd[index] ?? 0;
        if (from >= start && to <= end) {
          if (first < 0) first = index;
          last = index;
        } else if (from >= end) break;
      }
      if (first < 0) {
        const after = html.htmlStart.findIndex((from) => from >= start);
        const at = clamp(after < 0 ? html.text.length : after);
        return { start: at, end: at };
      }
      return { start: clamp(first), end: clamp(last + 1) };
    },
  };
}

function recordedFinding(finding: Finding, span: SpanMap): FeedbackFinding {
  return {
    category: finding.category,
    severity: finding.severity,
    ruleId: finding.ruleId.slice(0, toneFeedbackLimits.ruleId),
    ...span(finding.start, finding.end),
    excerpt: finding.excerpt.slice(0, toneFeedbackLimits.excerpt),
  };
}

/**
 * The record for one click. Findings keep the check's order (at most `toneFeedbackLimits.findings`,
 * always including the disputed one); the note is trimmed to its limit; the draft is kept only when
 * `includeDraft` and it fits. The id is a fingerprint of the click, so resending it is harmless.
 * Throws when `disputed` is not one of the result's findings (a wiring bug, not an agent's doing).
 */
export function buildToneFeedback(input: ToneFeedbackInput): ToneFeedback {
  const { kind, result, disputed } = input;
  let disputedIndex: number | null = null;
  if (kind === 'wrong-finding') {
    const index = result.findings.findIndex(
      (finding) =>
        finding === disputed ||
        (finding.ruleId === disputed?.ruleId &&
          finding.start === disputed.start &&
          finding.end === disputed.end),
    );
    if (index < 0) throw new Error('The disputed finding is not one of the check’s findings');
    disputedIndex = index;
  }
  const { text, span } = plainDraft(input.draft);
  const max = toneFeedbackLimits.findings;
  let kept = result.findings.slice(0, max);
  if (disputedIndex !== null && disputedIndex >= max) {
    const chosen = result.findings[disputedIndex];
    if (chosen !== undefined) kept = [...kept.slice(0, max - 1), chosen];
    disputedIndex = kept.length - 1;
  }
  const findings = kept.map((finding) => recordedFinding(finding, span));
  const note = input.note.trim().slice(0, toneFeedbackLimits.note);
  const at = input.at.toISOString();
  const id = `tf-${fingerprint(JSON.stringify([kind, at, disputedIndex, note, text, findings]))}`;
  const draft =
    input.includeDraft && text.length <= toneFeedbackLimits.draft ? { draft: text } : {};
  return {
    id,
    kind,
    locale: result.locale,
    verdict: result.verdict,
    findings,
    disputed: disputedIndex,
    note,
    at,
    ...draft,
  };
}
