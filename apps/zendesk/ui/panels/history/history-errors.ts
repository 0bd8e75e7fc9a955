/** The agent-facing sentence for a history failure (reading Zendesk, or a refused flag change). */
import type { FlagChangeError } from '../../../host/history';
import { errorMessage } from '../../error-message';
import type { Translate } from '../../i18n';

/** Translates a history adapter error for the agent. */
export function historyErrorMessage(t: Translate, error: FlagChangeError): string {
  if (error.code === 'reason-required') return t('history.flags.reasonRequired');
  if (error.code === 'reason-too-long') return t('history.flags.reasonTooLong', { max: 500 });
  return errorMessage(t, error);
}
