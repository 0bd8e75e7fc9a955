/** A failed backend call where it happened: what went wrong and what to do, as a danger alert. */
import { Alert } from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { BackendErrorCode } from '../host/backend-client';
import { errorWords } from '../../../../shared/i18n/error-words';
import { useCardI18n } from './i18n';

/** The error's title and body; `more` adds a sentence, `children` a control (a Retry). */
export function ErrorAlert(props: {
  testId: string;
  code: BackendErrorCode;
  more?: string;
  children?: ReactNode;
}) {
  const { t } = useCardI18n();
  const text = errorWords(t, { host: 'hubspot', error: props });
  return (
    <Alert testId={props.testId} title={text.title} variant="danger">
      {props.more === undefined ? text.body : `${text.body} ${props.more}`}
      {props.children}
    </Alert>
  );
}
