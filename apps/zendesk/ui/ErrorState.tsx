/**
 * A panel's error: what went wrong in the agent's words, and a Retry button. The alert itself is its
 * own chunk (ErrorAlert.tsx), fetched once the sidebar has painted (TicketSidebar.tsx) or when an
 * error first shows: a busy line stands in for the moment it takes to arrive.
 */
import type { ErrorStateProps } from './ErrorAlert';
import { useChunk } from './chunk';
import { useI18n } from './i18n';
import { Loading } from './Loading';
import { errorAlert } from './load-error-alert';

export type { ErrorStateProps };

/** An error alert with a Retry button that runs the panel's load again. */
export function ErrorState({ message, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  const { value: Alert, failure } = useChunk(errorAlert);
  if (Alert !== undefined) return <Alert message={message} onRetry={onRetry} />;
  // The app's own files unreachable: the same words and Retry, without Garden's styling.
  if (failure !== undefined) {
    return (
      <div role="alert">
        <p>{t('errors.title')}</p>
        <p>{message}</p>
        <button type="button" onClick={onRetry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return <Loading label={t('loading')} />;
}
