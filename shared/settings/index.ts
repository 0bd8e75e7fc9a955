/** Tactful settings: one model for both hosts, its defaults, validation and admin messages. */
export * from './settings';
export * from './fields';
export * from './messages';
export {
  checkSettings,
  settingsErrorOf,
  validateSettings,
  type SettingsCheck,
  type SettingsError,
  type SettingsProblem,
  type SettingsValidation,
} from './validate-settings';
export { isTimeZone } from './schema';
export * from './settings-needing-attention';
export { settingsAmountIn, toClosedDaysSource, toPlanPolicy } from './plan-policy';
export { toToneOptions } from './tone-options';
