/**
 * Recording an accepted plan as the agent follows it: saving, saved, the ticket now following the
 * next promise, a conflict (the records are written but the ticket changed under us, so the
 * follow-up tag waits for Re-apply) or an error; and how each is announced.
 */
import { formatLongDate, type PlainDate } from '../calendar/calendar';
import type { Translate } from '../i18n/translate';
import type { HttpError, Result } from '../ports';
import type { Emphasis } from '../view/emphasis';

/** Where recording an accepted plan stands. */
export type AcceptState =
  | { status: 'idle' }
  | { status: 'saving'; optionId?: string | undefined }
  | { status: 'saved'; optionId?: string | undefined }
  /** The ticket now follows up on `due`, the next pending promise. */
  | { status: 'following'; due: PlainDate }
  /** The records are written; the ticket changed under us, so the tag waits for Re-apply. */
  | { status: 'conflict'; planKey: string; nextDue: PlainDate; optionId?: string | undefined }
  | { status: 'error'; error: HttpError };

/**
 * The state once the ticket's follow-up tag was written (`tagged`, or undefined with no ticket to
 * tag): `done`, a conflict to re-apply, or the error.
 */
export function acceptAfterTagging(
  tagged: Result<unknown, HttpError> | undefined,
  planKey: string,
  nextDue: PlainDate,
  done: AcceptState,
): AcceptState {
  if (tagged === undefined || tagged.ok) return done;
  if (tagged.error.code !== 'conflict') return { status: 'error', error: tagged.error };
  const optionId = done.status === 'saved' ? done.optionId : undefined;
  return { status: 'conflict', planKey, nextDue, optionId };
}

/** How an outcome of Accept is announced; a conflict has a title and offers Re-apply. */
export interface AcceptNotice {
  emphasis: Emphasis;
  role: 'status' | 'alert';
  title?: string;
  text: string;
  reapply: boolean;
}

/** The notice for `state`, or undefined while idle or saving (nothing to announce). */
export function acceptNotice(
  t: Translate,
  state: AcceptState,
  locale: string,
): AcceptNotice | undefined {
  switch (state.status) {
    case 'idle':
    case 'saving':
      return undefined;
    case 'saved':
      return { emphasis: 'good', role: 'status', text: t('plans.saved'), reapply: false };
    case 'following': {
      const text = t('plans.followingUp', { date: formatLongDate(state.due, locale) });
      return { emphasis: 'good', role: 'status', text, reapply: false };
    }
    case 'conflict': {
      const title = t('plans.conflictTitle');
      return {
        emphasis: 'caution',
        role: 'alert',
        title,
        text: t('plans.conflict'),
        reapply: true,
      };
    }
    case 'error': {
      const text = t('plans.saveFailed', { reason: t(`errors.${state.error.code}`) });
      return { emphasis: 'bad', role: 'alert', text, reapply: false };
    }
  }
}
