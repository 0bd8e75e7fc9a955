/**
 * A read's three states, as every panel and the settings page show them: a spinner while it
 * loads; when it failed, what happened, what to do and Retry (except when today's HubSpot API
 * limit is used up: it resets at midnight, so a retry cannot help); else what was read.
 */
import { Button, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import type { BackendErrorCode } from '../host/backend-client';
import { errorWords, retryHelps } from '../../../../shared/i18n/error-words';
import { useCardI18n } from './i18n';
import type { Loaded } from '../../../react/load';

/** Why a read failed: a backend error code, or a title and body already worded. */
export type Failure = { code: BackendErrorCode } | { title: string; body: string };

/** A read as its hook returns it: where it stands, and a retry. */
export interface Load<T> {
  state: Loaded<T, Failure>;
  retry: () => void;
}

export function Loadable<T>(props: {
  load: Load<T>;
  /** Names the test ids: `<id>-error` and `<id>-retry`. */
  id: string;
  /** The spinner's label. */
  loading: MessageKey;
  /** A small spinner in its place (a part of a panel), not one centred in the panel. */
  inline?: boolean;
  children: (value: T) => ReactNode;
}) {
  const { load, id } = props;
  const { state } = load;
  const { t } = useCardI18n();
  if (state.status === 'loading') {
    const label = t(props.loading);
    return props.inline ? (
      <LoadingSpinner label={label} size="xs" />
    ) : (
      <LoadingSpinner label={label} layout="centered" />
    );
  }
  if (state.status === 'ready') return props.children(state.value);
  const failure = state.error;
  const text = 'code' in failure ? errorWords(t, { host: 'hubspot', error: failure }) : failure;
  return (
    <ErrorState testId={`${id}-error`} title={text.title}>
      <Text>{text.body}</Text>
      {'code' in failure && !retryHelps(failure.code) ? null : (
        <Button testId={`${id}-retry`} onClick={load.retry}>
          {t('retry')}
        </Button>
      )}
    </ErrorState>
  );
}
