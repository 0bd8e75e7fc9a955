/** The compact timeline, newest first: customer text as text; replies and older tickets on request. */
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { TicketEntry } from '../../../host/history';
import { BusyButton } from '../../BusyButton';
import { useI18n } from '../../i18n';
import { useFormatMoment } from './history-view';
import type { TimelineRow } from '../../../host/history/loaded-history';
import type { useHistory } from './useHistory';
import { Section } from '../../Section';

interface TimelineProps {
  rows: readonly TimelineRow[];
  agentZone: string;
  hasOlder: boolean;
  more: ReturnType<typeof useHistory>['more'];
  onShowReplies: (ticket: TicketEntry) => void;
  onLoadOlder: () => void;
}

/** The customer's touches, newest first. */
export function TimelineSection(props: TimelineProps) {
  const { t } = useI18n();
  const format = useFormatMoment();
  const { rows, agentZone, hasOlder, more } = props;
  return (
    <Section title={t('history.timeline.title')}>
      {rows.length === 0 && <SM>{t('history.timeline.empty')}</SM>}
      <ol
        aria-label={t('history.timeline.title')}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {rows.map(({ event, replies }) => (
          <li key={event.id} style={{ borderTop: '1px solid #e9ebed', padding: '4px 0' }}>
            <SM>
              {format(event.at, agentZone)}{' '}
              <Tag size="small">{t(`history.channel.${event.channel}`)}</Tag>{' '}
              {t(`history.timeline.${event.direction}`)}
            </SM>
            {/* Customer text is rendered as text, never as HTML. */}
            {event.excerpt && <SM>{event.excerpt}</SM>}
            {replies && (
              <BusyButton
                isBasic
                busy={replies.status === 'loading'}
                label={t('history.timeline.showReplies', { id: replies.ticket.ticketId })}
                busyLabel={t('history.timeline.loadingReplies')}
                onClick={() => props.onShowReplies(replies.ticket)}
              />
            )}
            {replies?.status === 'failed' && (
              <SM role="alert">{t('history.timeline.repliesFailed')}</SM>
            )}
          </li>
        ))}
      </ol>
      {more.status === 'failed' && <SM role="alert">{t('history.timeline.olderFailed')}</SM>}
      {hasOlder && (
        <BusyButton
          busy={more.status === 'loading'}
          label={t('history.timeline.loadOlder')}
          busyLabel={t('history.timeline.loadingOlder')}
          onClick={props.onLoadOlder}
        />
      )}
    </Section>
  );
}
