/**
 * Tone check without the meaning data installed: for hosts that load it lazily after first paint
 * (`loadMeaning`). Everything else imports `shared/tone`, which installs it at once.
 */
export { checkTone, isToneLocale, prepareToneCheck, toneLocales } from './check';
export { applyAllSuggestions, applySuggestion } from './apply';
export { defaultBlockCategories, defaultSeverity, severityFor } from './policy';
export { detectLocale } from './detect';
export { htmlToText } from './html';
export { ruleSets, type ToneLocale } from './rules';
export {
  toneCategories,
  type Finding,
  type FindingExplanation,
  type FlagPhrase,
  type Severity,
  type ToneCategory,
  type ToneOptions,
  type ToneResult,
  type ToneRule,
  type ToneRuleSet,
  type Verdict,
} from './types';
export { loadMeaning, meaningLoaded } from './meaning/slot';
export {
  applyAllFrom,
  decideSave,
  isGoodFinding,
  severityEmphasis,
  toneLanguageFor,
  toneView,
  verdictEmphasis,
  verdictLabels,
  type SaveDecision,
  type SavedCommentType,
  type ToneView,
  type VerdictLabel,
} from './view';
