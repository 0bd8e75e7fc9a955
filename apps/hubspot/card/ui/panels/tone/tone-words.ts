/** The words the draft box shows for tone categories and verdicts. */
import type { ToneCategory, VerdictLabel } from '../../../../../../shared/tone';

/** A short name for each finding category. */
export const categoryLabels: Record<ToneCategory, string> = {
  accusatory: 'Blaming',
  shaming: 'Shaming or insult',
  profanity: 'Profanity',
  threat: 'Threat',
  misrepresentation: 'Misleading claim',
  'third-party': 'Third-party disclosure',
  pressure: 'Pressure',
  harassment: 'Harassment',
  jargon: 'Jargon',
  positive: 'Good practice',
};

/** What each verdict label code says (the Zendesk catalog's English words), and how it looks. */
export const verdictWords: Record<
  VerdictLabel,
  { label: string; variant: 'success' | 'warning' | 'danger' }
> = {
  'tone.verdict.ok': { label: 'Kind and clear', variant: 'success' },
  'tone.verdict.review': { label: 'Review before sending', variant: 'warning' },
  'tone.verdict.block': { label: 'Do not send as written', variant: 'danger' },
};

/** What the agent reads around "This finding is wrong" and "Tactful missed something". */
export const feedbackWords = {
  wrong: 'This finding is wrong',
  reported: 'Reported as wrong',
  missed: 'Tactful missed something',
  note: 'Note for the Tactful team (optional)',
  noteHint: (max: number) =>
    `Up to ${max} characters: what was wrong or missed. Leave out customer details.`,
  thanks: { title: 'Thanks', message: 'Your feedback was recorded.' },
  failed: 'Feedback not recorded',
} as const;
