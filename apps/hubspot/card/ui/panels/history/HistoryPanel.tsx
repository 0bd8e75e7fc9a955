/**
 * The history panel: the summary, whether each channel may be used now (and when next, in the
 * customer's time and the agent's), the suggested next step, the contact's flags, and the timeline
 * of calls, emails, notes, meetings and tasks with Load more.
 */
import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  Divider,
  Flex,
  Heading,
  LoadingButton,
  Text,
} from '@hubspot/ui-extensions';
import { useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../../shared/history';
import { ErrorAlert } from '../../ErrorAlert';
import { Loadable } from '../../Loadable';
import { FlagEditor } from './FlagEditor';
import { GuardList } from './GuardList';
import { useCardI18n } from '../../i18n';
import {
  eventText,
  nudgeLines,
  summaryValueText,
} from '../../../../../../shared/history/view-words';
import {
  firstTimelinePage,
  showMore,
  timelineSections,
} from '../../../../../../shared/history/timeline-view';
import { formatMoment } from '../../../../../../shared/calendar/display';
import { useContactHistory, type HistoryPicture } from './useContactHistory';

/** The panel, wired to its controller. */
export function HistoryPanel() {
  const history = useContactHistory();
  return (
    <Loadable load={history} id="history" loading="card.history.loading">
      {(picture) => <HistoryView picture={picture} history={history} />}
    </Loadable>
  );
}

function HistoryView(props: {
  picture: HistoryPicture;
  history: ReturnType<typeof useContactHistory>;
}) {
  const { picture, history } = props;
  const { view, timeZone } = picture;
  const { t, locale } = useCardI18n();
  const [shown, setShown] = useState(firstTimelinePage);
  const format = (at: string, zone: string) => formatMoment(at, zone, locale);
  const sections = useMemo(
    () => timelineSections(view.timeline, picture.now, shown),
    [view, picture.now, shown],
  );
  const more = (section: 'upcoming' | 'history') => {
    const next = showMore(shown, section, sections[section].hidden);
    setShown(next.shown);
    if (next.readNextPage) void history.loadMore();
  };
  return (
    <Flex direction="column" gap="small">
      <DescriptionList direction="row">
        {view.summary.map((row) => (
          <DescriptionListItem key={row.code} label={t(`history.summary.${row.code}`)}>
            <Text testId={`history-summary-${row.code}`}>
              {summaryValueText(t, row.value, timeZone, format)}
            </Text>
          </DescriptionListItem>
        ))}
      </DescriptionList>
      <Alert testId="history-nudge" title={t('history.nudge.title')} variant="info">
        {nudgeLines(t, view.nudge, locale, format).join(' ')}
      </Alert>
      <GuardList guards={view.guards} />
      <Divider />
      <Heading>{t('card.history.flags')}</Heading>
      <FlagEditor
        flags={picture.flags}
        write={history.flagWrite}
        onChange={(change, source, fromMessage) =>
          void history.changeFlag(change, source, fromMessage)
        }
      />
      <Divider />
      <Heading>{t('history.timeline.title')}</Heading>
      {sections.upcoming.entries.length + sections.history.entries.length === 0 ? (
        <Text testId="history-empty" variant="microcopy">
          {t('card.history.empty')}
        </Text>
      ) : null}
      <TimelineSection
        id="upcoming"
        zone={timeZone}
        entries={sections.upcoming.entries}
        more={sections.upcoming.hidden > 0}
        loading={false}
        onMore={() => more('upcoming')}
      />
      <TimelineSection
        id="history"
        zone={timeZone}
        entries={sections.history.entries}
        more={sections.history.hidden > 0 || picture.hasMore}
        loading={history.more.status === 'loading'}
        onMore={() => more('history')}
      />
      {history.more.status === 'failed' ? (
        <ErrorAlert testId="history-more-failed" code={history.more.error.code} />
      ) : null}
    </Flex>
  );
}

/** "Upcoming" or "History": its entries, and Show more while some are not on screen. */
function TimelineSection(props: {
  id: 'upcoming' | 'history';
  entries: readonly ContactEvent[];
  /** The customer's zone, which the entries' times are written in. */
  zone: string;
  more: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t, locale } = useCardI18n();
  if (props.entries.length === 0) return null;
  return (
    <Flex direction="column" gap="extra-small">
      <Heading>{t(`card.history.section.${props.id}`)}</Heading>
      {props.entries.map((event, index) => (
        <Flex key={event.id} direction="column" gap="flush">
          <Text testId={`history-${props.id}-${index}`} variant="microcopy">
            {`${formatMoment(event.at, props.zone, locale)} · ${eventText(t, event)}`}
          </Text>
          {event.excerpt ? <Text>{event.excerpt}</Text> : null}
        </Flex>
      ))}
      {props.more ? (
        <LoadingButton
          testId={`${props.id}-show-more`}
          size="sm"
          loading={props.loading}
          onClick={props.onMore}
        >
          {t('card.history.showMore')}
        </LoadingButton>
      ) : null}
    </Flex>
  );
}
