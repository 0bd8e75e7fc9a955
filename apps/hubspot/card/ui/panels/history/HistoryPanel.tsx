/**
 * The history panel: the summary, whether each channel may be used now (and when next, in the
 * customer's time and the agent's), the suggested next step, the contact's flags, and the timeline
 * of calls, emails, notes, meetings and tasks with Load more.
 */
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Divider,
  ErrorState,
  Flex,
  Heading,
  LoadingButton,
  LoadingSpinner,
  Text,
} from '@hubspot/ui-extensions';
import { useMemo } from 'react';
import { errorText } from '../../backend-error-text';
import { FlagEditor } from './FlagEditor';
import { GuardList } from './GuardList';
import { useCardI18n } from '../../i18n';
import { summaryValueText } from '../../../../../../shared/history/view-words';
import { describeEvent, describeNudge, formatInstant } from './history-view';
import { useContactHistory, type HistoryPicture } from './useContactHistory';

/** The panel, wired to its controller. */
export function HistoryPanel() {
  const history = useContactHistory();
  const { state } = history;
  const { t } = useCardI18n();
  if (state.status === 'loading') {
    return <LoadingSpinner label={t('card.history.loading')} layout="centered" />;
  }
  if (state.status === 'failed') {
    const text = errorText(t, state.error.code);
    return (
      <ErrorState testId="history-error" title={text.title}>
        <Text>{text.body}</Text>
        {state.error.code === 'daily-limit' ? null : (
          <Button testId="history-retry" onClick={history.retry}>
            {t('retry')}
          </Button>
        )}
      </ErrorState>
    );
  }
  return <HistoryView picture={state.value} history={history} />;
}

function HistoryView(props: {
  picture: HistoryPicture;
  history: ReturnType<typeof useContactHistory>;
}) {
  const { picture, history } = props;
  const { view, timeZone } = picture;
  const { t, locale } = useCardI18n();
  const events = useMemo(
    () => view.timeline.map((e) => describeEvent(t, e, timeZone, locale)),
    [t, view, timeZone, locale],
  );
  return (
    <Flex direction="column" gap="small">
      <DescriptionList direction="row">
        {view.summary.map((row) => (
          <DescriptionListItem key={row.code} label={t(`history.summary.${row.code}`)}>
            <Text testId={`history-summary-${row.code}`}>
              {summaryValueText(t, row.value, timeZone, (at, zone) =>
                formatInstant(at, zone, locale),
              )}
            </Text>
          </DescriptionListItem>
        ))}
      </DescriptionList>
      <Alert testId="history-nudge" title={t('history.nudge.title')} variant="info">
        {describeNudge(t, view.nudge, locale).join(' ')}
      </Alert>
      <GuardList guards={view.guards} />
      <Divider />
      <Heading>{t('card.history.flags')}</Heading>
      <FlagEditor
        flags={picture.flags}
        write={history.flagWrite}
        onSet={(kind, source, reason) => void history.setFlag(kind, source, reason)}
        onClear={(kind, reason) => void history.clearFlag(kind, reason)}
      />
      <Divider />
      <Heading>{t('history.timeline.title')}</Heading>
      {events.length === 0 ? (
        <Text testId="history-empty" variant="microcopy">
          {t('card.history.empty')}
        </Text>
      ) : (
        events.map((event, index) => (
          <Flex key={event.id} direction="column" gap="flush">
            <Text testId={`history-event-${index}`} variant="microcopy">
              {event.when} · {event.what}
            </Text>
            {event.excerpt ? <Text>{event.excerpt}</Text> : null}
          </Flex>
        ))
      )}
      {history.more.status === 'failed' ? (
        <Alert
          testId="history-more-failed"
          title={errorText(t, history.more.error.code).title}
          variant="danger"
        >
          {errorText(t, history.more.error.code).body}
        </Alert>
      ) : null}
      {picture.hasMore ? (
        <LoadingButton
          testId="history-load-more"
          loading={history.more.status === 'loading'}
          onClick={() => void history.loadMore()}
        >
          {t('card.history.loadMore')}
        </LoadingButton>
      ) : null}
    </Flex>
  );
}
