/** A panel's read before it is ready: a skeleton while it loads, the error with Retry once it failed. */
import type { FlagChangeError } from '../host/history';
import { ErrorState } from './ErrorState';
import { errorWords } from '../../../shared/i18n/error-words';
import { useI18n } from './i18n';
import { Loading } from './Loading';

/** Nothing in any other state (ready, or one of the panel's own): the panel renders that. */
export function ReadState(props: {
  state: { readonly status: string; readonly error?: FlagChangeError };
  onRetry: () => void;
  /** What is loading, when more than "Loading…" helps. */
  label?: string;
}) {
  const { t } = useI18n();
  const { status, error } = props.state;
  if (status === 'loading') return <Loading label={props.label ?? t('loading')} />;
  return (
    error && (
      <ErrorState
        message={errorWords(t, { host: 'zendesk', error }).body}
        onRetry={props.onRetry}
      />
    )
  );
}
