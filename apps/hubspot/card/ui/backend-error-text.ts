/** What the user reads when a backend call fails, per error code, from the shared catalog. */
import type { Translate } from '../../../../shared/i18n';
import type { BackendErrorCode } from '../host/backend-client';

/** A title and one sentence saying what happened and what to do. */
export interface ErrorText {
  title: string;
  body: string;
}

/** The words for a backend failure, in `t`'s language. */
export function errorText(t: Translate, code: BackendErrorCode): ErrorText {
  return { title: t(`card.errors.${code}.title`), body: t(`card.errors.${code}.body`) };
}

/** False once today's HubSpot API limit is used up: it resets at midnight, so Retry cannot help. */
export const retryHelps = (code: BackendErrorCode): boolean => code !== 'daily-limit';
