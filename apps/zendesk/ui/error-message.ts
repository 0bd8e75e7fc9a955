/** The agent-facing sentence for an expected failure from the Zendesk adapter. */
import type { CustomerReadError } from '../host/customer';
import type { Translate } from './i18n';

/** Translates an adapter error (HTTP, host, or an unusable field value) for the agent. */
export function errorMessage(t: Translate, error: CustomerReadError): string {
  switch (error.code) {
    case 'invalid-balance':
      return t('errors.invalid-balance', { value: error.value, currency: error.currency });
    case 'invalid-currency':
      return t('errors.invalid-currency', { value: error.value });
    case 'invalid-due-date':
      return t('errors.invalid-due-date', { value: error.value });
    default:
      return t(`errors.${error.code}`);
  }
}
