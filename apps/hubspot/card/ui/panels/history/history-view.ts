/**
 * The history panel's words: the shared view model's codes (shared/history/view.ts) in the user's
 * language through the shared catalog, with instants in the agent's locale and the zone's
 * abbreviation (the card shows two zones side by side, so each says which it is).
 */
import { formatDate, formatMoment } from '../../../../../../shared/calendar/display';
import type { ContactEvent } from '../../../../../../shared/history';
import type { GuardView, NudgeView } from '../../../../../../shared/history/view';
import {
  eventText,
  nudgeDetailText,
  twoZoneText,
} from '../../../../../../shared/history/view-words';
import type { Translate } from '../../../../../../shared/i18n';
import type { ContactFlag } from '../../../../contract';

/** One line of the timeline. */
export interface EventView {
  id: string;
  when: string;
  what: string;
  excerpt: string;
}

/** One timeline event for display. */
export function describeEvent(
  t: Translate,
  event: ContactEvent,
  zone: string,
  locale: string,
): EventView {
  return {
    id: event.id,
    when: formatMoment(event.at, zone, locale),
    what: eventText(t, event),
    excerpt: event.excerpt ?? '',
  };
}

/** When a closed channel opens: in both zones, or not until a flag is cleared; '' when allowed. */
export function describeNext(t: Translate, guard: GuardView, locale: string): string {
  if (guard.state === 'until-cleared') return t('history.guards.untilCleared');
  return guard.next === null
    ? ''
    : `${t('history.guards.next')} ${twoZoneText(t, guard.next, (at, zone) => formatMoment(at, zone, locale))}`;
}

/** The nudge: what to do and why, then on which channel when. */
export function describeNudge(t: Translate, nudge: NudgeView, locale: string): string[] {
  const lines = [t(`history.nudge.kind.${nudge.kind}`), ...nudgeDetailText(t, nudge, locale)];
  const next = nudge.suggested;
  if (next !== null) {
    lines.push(
      `${t(`history.channel.${next.channel}`)} · ${twoZoneText(t, next.when, (at, zone) => formatMoment(at, zone, locale))}`,
    );
  }
  return lines;
}

/** A set flag's date, who raised it and why, as the agent reads it. */
export function describeFlag(t: Translate, flag: ContactFlag, locale: string): string {
  const since = formatDate(flag.since, locale);
  const line = t('card.history.flagLine', { since, source: flag.source });
  return flag.reason ? `${line}: ${flag.reason}` : line;
}
