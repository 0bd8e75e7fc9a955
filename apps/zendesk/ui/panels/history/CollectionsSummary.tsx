/** The customer's collections summary for their profile: balance, stage, flags and last contact. */
import type { ReactNode } from 'react';
import { MD, SM } from '@zendeskgarden/react-typography';
import { Well } from '@zendeskgarden/react-notifications';
import { formatDate } from '../../../../../shared/calendar/display';
import type { SummaryValue } from '../../../../../shared/history/view';
import { formatMoney } from '../../../../../shared/money/money';
import type { HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { summaryValueText } from '../../../../../shared/history/view-words';
import { flagKinds } from '../../../../../shared/history';
import { ActiveFlags } from '../../../../react/panels/ActiveFlags';
import { useFormatMoment } from './history-view';

interface CollectionsSummaryProps {
  customer: HistoryCustomer;
  /** The customer's stage, or null without a due date. */
  stage: string | null;
  /** The most recent touch either way. */
  lastContact: SummaryValue;
  agentZone: string;
  /** Where open plans and promises go once the plans panel provides them. */
  children?: ReactNode;
}

/** Balance and due date, stage, flags and the last contact, in one recessed block. */
export function CollectionsSummary({
  customer,
  stage,
  lastContact,
  agentZone,
  children,
}: CollectionsSummaryProps) {
  const { t, locale } = useI18n();
  const format = useFormatMoment();
  const balance = customer.balance;
  return (
    <section aria-label={t('profile.title')}>
      <Well isRecessed style={{ padding: 12 }}>
        <SM tag="h3" isBold>
          {t('profile.title')}
        </SM>
        <SM>{t('profile.balance')}</SM>
        {balance ? (
          <>
            <MD isBold>{formatMoney(balance.amount, locale)}</MD>
            {balance.dueDate && (
              <SM>{t('profile.dueOn', { date: formatDate(balance.dueDate, locale) })}</SM>
            )}
          </>
        ) : (
          <SM>{t('profile.noBalance')}</SM>
        )}
        <SM>
          {t('profile.stage')}: {stage ?? t('history.summary.unknown')}
        </SM>
        <SM>
          {t('profile.lastContact')}:{' '}
          {lastContact.kind === 'none'
            ? t('profile.noContact')
            : summaryValueText(t, lastContact, agentZone, format)}
        </SM>
        <div aria-label={t('profile.flags')} role="group">
          <ActiveFlags
            t={t}
            flags={flagKinds.filter((kind) => customer.flagStates[kind]).map((kind) => ({ kind }))}
            none={t('profile.noFlags')}
          />
        </div>
        {children}
      </Well>
    </section>
  );
}
