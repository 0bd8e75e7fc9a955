/**
 * The plans panel's setup in the agent's words: what it had to default (the policy, the holidays)
 * and why a balance cannot be planned (each unreadable property named, or the read's own message).
 */
import type { Translate } from '../../../../shared/i18n';
import type { PlanNote, PlanSetupUnreadable } from '../host/plan-setup';
import { errorWords } from '../../../../shared/i18n/error-words';
import { describeProblem } from './account-overview';

/** One note about what the setup defaulted. */
export function planNoteText(note: PlanNote, t: Translate): string {
  if (note.code === 'policy-defaulted') return t('card.plans.policyDefaulted');
  if (note.code === 'policy-unavailable') {
    return t('card.plans.policyUnavailable', {
      problem: errorWords(t, { host: 'hubspot', error: { code: note.error } }).title,
    });
  }
  const key = note.code === 'unknown-holidays' ? 'unknownHolidays' : 'holidaysUnavailable';
  return t(`card.plans.${key}`, { holidays: note.holidays });
}

/** Why the balance cannot be planned: a title, and each property problem or the read's message. */
export function planSetupFailure(
  unreadable: PlanSetupUnreadable,
  t: Translate,
): { title: string; body: string } {
  const { problems, message } = unreadable;
  const described = problems.map((problem) => describeProblem(problem, t));
  const body = problems.length === 0 ? message : `${described.join('. ')}.`;
  return { title: t('card.plans.unreadable'), body };
}
