/**
 * May we contact them now? The guards and the nudge as both hosts draw them
 * (apps/react/panels/HistoryInsight.tsx), then the flags the customer's words suggested. What the
 * guards say can count toward the outcomes page (once per channel a day, see host/guard-notice).
 */
import { useEffect } from 'react';
import type { HistoryView } from '../../../../../shared/history/view';
import { noteGuards } from '../../../host/guard-notice';
import type { HistoryCustomer } from '../../../host/history';
import { useHost } from '../../ClientProvider';
import { useI18n } from '../../i18n';
import { gardenKit } from '../../kit';
import { SuggestedFlagWarnings } from '../signals/SuggestedFlagWarnings';
import { useFormatMoment } from './history-view';
import { KitProvider } from '../../../../react/kit';
import { ContactGuards } from '../../../../react/panels/HistoryInsight';

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
  const { guards } = props.view;
  const { countFor } = props;
  useEffect(() => {
    if (countFor) noteGuards(host, guards, countFor === 'ticket' ? undefined : countFor);
  }, [host, guards, countFor]);
  return (
    <KitProvider kit={gardenKit}>
      <ContactGuards t={t} locale={locale} view={props.view} format={format} />
      <SuggestedFlagWarnings customer={props.customer} />
    </KitProvider>
  );
}
