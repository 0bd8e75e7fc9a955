/**
 * A panel's error as Garden draws it: what went wrong in the agent's words, and a Retry button. Its
 * own chunk (load-error-alert.ts), out of the ticket sidebar's first paint: Garden's notifications
 * and buttons are 7 KB gzipped that a sidebar reading fine never shows (issue 16).
 */
import { Alert } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from './i18n';

export interface ErrorStateProps {
  /** The translated explanation. */
  message: string;
  onRetry: () => void;
}

/** An error alert with a Retry button that runs the panel's load again. */
export function ErrorAlert({ message, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <Alert type="error" role="alert">
      <Alert.Title>{t('errors.title')}</Alert.Title>
      <Alert.Paragraph>{message}</Alert.Paragraph>
      <Button size="small" onClick={onRetry} style={{ marginTop: 8 }}>
        {t('retry')}
      </Button>
    </Alert>
  );
}
