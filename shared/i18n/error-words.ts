/**
 * What the user reads when something expected fails, the same function for every host: an error's
 * code and values to the catalog's keys. The hosts word a shared code apart ("Zendesk is busy",
 * "HubSpot is busy"), so each has its own keys; which codes there are, which values their sentences
 * take, and when Retry can help are decided here once.
 */
import type { HttpErrorCode } from '../ports';
import type { Translate } from './translator';

/** Why the HubSpot card's call to our backend failed: HTTP's reasons, then the backend's own. */
export type BackendErrorCode = HttpErrorCode | 'not-installed' | 'reinstall-needed' | 'daily-limit';

/**
 * A Zendesk sidebar failure: HTTP's, the sidebar's own (`host`), a customer field it cannot use,
 * or a flag change refused for its reason.
 */
export type SidebarError =
  | { readonly code: HttpErrorCode | 'host' }
  | { readonly code: 'invalid-balance'; readonly value: string; readonly currency: string }
  | { readonly code: 'invalid-currency' | 'invalid-due-date'; readonly value: string }
  | { readonly code: 'reason-required' }
  | { readonly code: 'reason-too-long'; readonly max: number };

/** A failure and the host it is shown on. */
export type ShownError =
  | { readonly host: 'zendesk'; readonly error: SidebarError }
  | { readonly host: 'hubspot'; readonly error: { readonly code: BackendErrorCode } };

/** A title and one sentence saying what happened and what to do. */
export interface ErrorWords {
  readonly title: string;
  readonly body: string;
}

/** The words for a failure, in `t`'s language. */
export function errorWords(t: Translate, shown: ShownError): ErrorWords {
  if (shown.host === 'hubspot') {
    const { code } = shown.error;
    return { title: t(`card.errors.${code}.title`), body: t(`card.errors.${code}.body`) };
  }
  return { title: t('errors.title'), body: sidebarErrorBody(t, shown.error) };
}

function sidebarErrorBody(t: Translate, error: SidebarError): string {
  switch (error.code) {
    case 'invalid-balance':
      return t('errors.invalid-balance', { value: error.value, currency: error.currency });
    case 'invalid-currency':
    case 'invalid-due-date':
      return t(`errors.${error.code}`, { value: error.value });
    case 'reason-required':
      return t('history.flags.reasonRequired');
    case 'reason-too-long':
      return t('history.flags.reasonTooLong', { max: error.max });
    default:
      return t(`errors.${error.code}`);
  }
}

/** False once today's HubSpot API limit is used up: it resets at midnight, so Retry cannot help. */
export const retryHelps = (code: BackendErrorCode): boolean => code !== 'daily-limit';
