/**
 * May we contact them now? One line per channel, with the next allowed time in both zones, the
 * nudge, and the flags the customer's words suggested. What the guards say can count toward the
 * outcomes page (once per channel a day, see host/guard-notice).
 */
import { useEffect } from 'react';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { HistoryView } from '../../../../../shared/history/view';
import { guardWords, nudgeLines } from '../../../../../shared/history/view-words';
import { noteGuards } from '../../../host/guard-notice';
import type { HistoryCustomer } from '../../../host/history';
import { useHost } from '../../ClientProvider';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { SuggestedFlagWarnings } from '../signals/SuggestedFlagWarnings';
import { useFormatMoment } from './history-view';
import { Section } from '../../Section';

/**
 * The guards for call, email and SMS, the suggested next step, then the suggested flags.
 * `countFor`: what a "not now" counts once for, the ticket or `customer-<id>` (a new ticket's
 * requester); undefined where it does not count (a profile).
 */
export function GuardsSection(props: {
  view: Pick<HistoryView, 'guards' | 'nudge'>;
  customer: HistoryCustomer;
  countFor: 'ticket' | `customer-${number}` | undefined;
}) {
  const { t, locale } = useI18n();
  const format = useFormatMoment();
  const host = useHost();
  const { guards, nudge } = props.view;
  const { countFor } = props;
  useEffect(() => {
    if (countFor) noteGuards(host, guards, countFor === 'ticket' ? undefined : countFor);
  }, [host, guards, countFor]);
  return (
    <>
      <Section title={t('history.guards.title')}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {guardWords(t, guards, format).map((guard) => (
            <li key={guard.channel} aria-label={guard.label} style={{ marginTop: 6 }}>
              <SM isBold tag="span">
                {guard.label}
              </SM>{' '}
              <Tag hue={hue[guard.emphasis]}>{guard.stateLabel}</Tag>
              {[...guard.reasons, guard.next, ...guard.notices].map(
                (line) => line && <SM key={line}>{line}</SM>,
              )}
            </li>
          ))}
        </ul>
        <div aria-label={t('history.nudge.title')} role="group" style={{ marginTop: 8 }}>
          <SM tag="h3" isBold>
            {t('history.nudge.title')}
          </SM>
          {nudgeLines(t, nudge, locale, format).map((line) => (
            <SM key={line}>{line}</SM>
          ))}
        </div>
      </Section>
      <SuggestedFlagWarnings customer={props.customer} />
    </>
  );
}
