/**
 * Tone check with the meaning reader's lexicons installed but not the learned model: for the
 * HubSpot card, which fetches the model's weights from our backend (`installToneModel`) instead of
 * bundling them. Until they arrive `checkTone` reads word rules and frames only, so a host must not
 * present its verdict as the full check (the card shows "Checking the draft…", as Zendesk does
 * while its model's chunk loads).
 */
import { installMeaning } from './meaning/slot';
import { meaningLocales } from './meaning/locales/all';

installMeaning(meaningLocales);

export * from './core';
