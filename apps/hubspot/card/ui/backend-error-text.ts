/** What the user reads when a backend call fails, per error code, from the shared catalog. */
import type { Translate } from '../../../../shared/i18n';
import { backendErrorCodes, type BackendErrorCode } from '../host/backend-client';
import { createCardTranslator } from './i18n';

/** A title and one sentence saying what happened and what to do. */
export interface ErrorText {
  title: string;
  body: string;
}

/** The words for a backend failure, in `t`'s language. */
export function errorText(t: Translate, code: BackendErrorCode): ErrorText {
  return { title: t(`card.errors.${code}.title`), body: t(`card.errors.${code}.body`) };
}

const english = createCardTranslator('en');

/**
 * The English words for each backend failure.
 * @deprecated Use {@link errorText} with the user's translator (`useCardI18n().t`).
 */
export const backendErrorText = Object.fromEntries(
  backendErrorCodes.map((code) => [code, errorText(english, code)]),
) as Record<BackendErrorCode, ErrorText>;
