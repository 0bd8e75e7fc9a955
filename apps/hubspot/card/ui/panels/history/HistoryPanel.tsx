/**
 * The history panel: the summary, whether each channel may be used now (and when next, in the
 * customer's time and the agent's), the suggested next step, the contact's flags, and the timeline
 * of calls, emails, notes, meetings and tasks with Load more.
 */
import { Divider, Flex, Heading, LoadingButton, Text } from '@hubspot/ui-extensions';
import { useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../../shared/history';
import { shownTimeline, type ShownSection } from '../../../../../../shared/history/view';
import { ErrorAlert } from '../../ErrorAlert';
import { Loadable } from '../../Loadable';
import { FlagEditor } from './FlagEditor';
import { useCardI18n } from '../../i18n';
import { eventText } from '../../../../../../shared/history/view-words';
import { ContactGuards, HistorySummary } from '../../../../../react/panels/HistoryInsight';
import { firstTimelinePage, showMore } from '../../../../../../shared/history/timeline-view';
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
  const timeline = useMemo(
    () => shownTimeline(view.timeline, picture.now, shown, picture.hasMore),
    [view, picture, shown],
  );
  const more = (section: ShownSection<ContactEvent>) => {
    const next = showMore(shown, section.id, section.hidden);
    setShown(next.shown);
    if (next.readNextPage) void history.loadMore();
  };
  return (
    <Flex direction="column" gap="small">
      <HistorySummary t={t} rows={view.summary} zone={timeZone} format={format} />
      <ContactGuards t={t} locale={locale} view={view} format={format} />
      <Divider />
      <FlagEditor flags={picture.flags} write={history.writeFlag} />
      <Divider />
      <Heading>{t('history.timeline.title')}</Heading>
      {timeline.empty ? (
        <Text testId="history-empty" variant="microcopy">
          {t('card.history.empty')}
        </Text>
      ) : null}
      {timeline.sections.map((section) => (
        <Flex key={section.id} direction="column" gap="extra-small">
          <Heading>{t(`card.history.section.${section.id}`)}</Heading>
          {section.entries.map((event, index) => (
            <Flex key={event.id} direction="column" gap="flush">
              <Text testId={`history-${section.id}-${index}`} variant="microcopy">
                {`${format(event.at, timeZone)} · ${eventText(t, event)}`}
              </Text>
              {event.excerpt ? <Text>{event.excerpt}</Text> : null}
            </Flex>
          ))}
          {section.more ? (
            <LoadingButton
              testId={`${section.id}-show-more`}
              size="sm"
              loading={section.id === 'history' && history.more.status === 'loading'}
              onClick={() => more(section)}
            >
              {t('card.history.showMore')}
            </LoadingButton>
          ) : null}
        </Flex>
      ))}
      {history.more.status === 'failed' ? (
        <ErrorAlert testId="history-more-failed" code={history.more.error.code} />
      ) : null}
    </Flex>
  );
}
