/** The agent-facing sentence for an expected failure from the Zendesk adapter. */
import type { FlagChangeError } from '../host/history';
import type { Translate } from './i18n';

/**
 * Translates an adapter error (HTTP, host, an unusable field value, or a refused flag change, whose
 * errors include every customer read's) for the agent.
 */
export function errorMessage(t: Translate, error: FlagChangeError): string {
  switch (error.code) {
    case 'invalid-balance':
      return t('errors.invalid-balance', { value: error.value, currency: error.currency });
    case 'invalid-currency':
      return t('errors.invalid-currency', { value: error.value });
    case 'invalid-due-date':
      return t('errors.invalid-due-date', { value: error.value });
    case 'reason-required':
      return t('history.flags.reasonRequired');
    case 'reason-too-long':
      return t('history.flags.reasonTooLong', { max: error.max });
    default:
      return t(`errors.${error.code}`);
  }
}
