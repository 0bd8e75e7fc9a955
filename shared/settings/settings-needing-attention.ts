/**
 * Problems in valid settings that still stop Tactful from working well: the admin's
 * "settings need attention" list. Invalid settings never get here; their errors come from
 * `validateSettings` / `settingsFromZendeskParameters`.
 */
import { flagField, type SettingsField } from './fields';
import {
  settingsMessage,
  toneCategoryLabel,
  type MessageParams,
  type SettingsAttentionCode,
} from './messages';
import { flagKinds } from '../history/flag-kinds';
import { type BlockableToneCategory, type SettingsLocale, type TactfulSettings } from './settings';

/** One thing for an admin to look at. `error`: a feature cannot work; `warning`: a risk. */
export interface SettingsAttention {
  field: SettingsField;
  code: SettingsAttentionCode;
  severity: 'error' | 'warning';
  message: string;
  params: MessageParams;
}

// Wording that can break collections law (FDCPA §806/§807, CONC 7.9/7.11): recommend blocking it.
const legalRiskCategories: readonly BlockableToneCategory[] = [
  'threat',
  'misrepresentation',
  'third-party',
];

/**
 * Lists what needs an admin's attention, errors first: unmapped balance, currency or due-date
 * fields (errors), unmapped flags, a block mode that blocks nothing, legal-risk categories left
 * unblocked, phrases both flagged and allowed, and no company name for the templates (warnings). Empty when all is well.
 */
export function settingsNeedingAttention(
  settings: TactfulSettings,
  locale: SettingsLocale = 'en',
): SettingsAttention[] {
  const items: SettingsAttention[] = [];
  const add = (
    field: SettingsField,
    code: SettingsAttentionCode,
    severity: SettingsAttention['severity'],
    params: MessageParams = {},
  ) =>
    items.push({
      field,
      code,
      severity,
      params,
      message: settingsMessage(code, field, params, locale),
    });

  const required = [
    ['fields.balance', settings.fields.balance],
    ['fields.currency', settings.fields.currency],
    ['fields.dueDate', settings.fields.dueDate],
  ] as const;
  for (const [field, key] of required) {
    if (key.trim() === '') add(field, 'field-not-mapped', 'error');
  }
  for (const flag of flagKinds) {
    if (settings.fields.flags[flag].trim() === '')
      add(flagField(flag), 'flag-not-mapped', 'warning');
  }

  const { tone } = settings;
  if (tone.onSave === 'block' && tone.blockCategories.length === 0) {
    add('tone.blockCategories', 'nothing-blocks', 'warning');
  }
  const unblocked = legalRiskCategories.filter(
    (category) => !tone.blockCategories.includes(category),
  );
  if (unblocked.length > 0) {
    const names = unblocked.map((category) => toneCategoryLabel(category, locale));
    add('tone.blockCategories', 'legal-risk-not-blocked', 'warning', {
      categories: names.join(', '),
    });
  }
  const allowed = new Set(tone.allowPhrases.map((phrase) => phrase.toLowerCase()));
  for (const phrase of tone.flagPhrases) {
    if (allowed.has(phrase.toLowerCase())) {
      add('tone.flagPhrases', 'phrase-flagged-and-allowed', 'warning', { value: phrase });
    }
  }
  if (settings.outreach.companyName.trim() === '') {
    add('outreach.companyName', 'company-name-missing', 'warning');
  }
  return items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
