/**
 * Tone check: the public API of `shared/tone`, with the meaning reader's language data installed,
 * so every check reads frames as well as word rules.
 */
import { installMeaning } from './meaning/slot';
import { meaningLocales } from './meaning/locales';

installMeaning(meaningLocales);

export * from './core';
