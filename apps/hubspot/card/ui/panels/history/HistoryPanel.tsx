/**
 * The history panel: the summary, whether each channel may be used now (and when next, in the
 * customer's time and the agent's), the suggested next step, the contact's flags, and the timeline
 * of calls, emails, notes, meetings and tasks with Load more.
 */
import { Divider, Flex } from '@hubspot/ui-extensions';
import { useMemo, useState } from 'react';
import type { ContactEvent } from '../../../../../../shared/history';
import { shownTimeline, type ShownSection } from '../../../../../../shared/history/view';
import { errorWords } from '../../../../../../shared/i18n/error-words';
import { Loadable } from '../../Loadable';
import { FlagEditor } from './FlagEditor';
import { useCardI18n } from '../../i18n';
import { ContactGuards, HistorySummary } from '../../../../../react/panels/HistoryInsight';
import { Timeline } from '../../../../../react/panels/Timeline';
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
      <Timeline
        t={t}
        zone={timeZone}
        format={format}
        parts={timeline.sections.map((section) => ({
          id: section.id,
          headed: true,
          entries: section.entries.map((event) => ({ event })),
          ...(section.more && {
            more: {
              reads: 'more',
              busy: section.id === 'history' && history.more.status === 'loading',
              onMore: () => more(section),
            },
          }),
        }))}
        failure={
          history.more.status === 'failed'
            ? errorWords(t, { host: 'hubspot', error: history.more.error })
            : undefined
        }
      />
    </Flex>
  );
}
