/**
 * An outreach template filled for one contact, as a draft box shows it (the HubSpot card's tone
 * panel): every value the record, the agent and the settings give filled in, each other part
 * marked in the agent's language for them to fill, and what to tell them about the marked parts.
 */
import type { Translate } from '../i18n/translate';
import type { Money } from '../money/money';
import type { OutreachSettings } from '../settings/settings';
import { findTemplate } from './library';
import { outreachValues } from './outreach-fill';
import type { OutreachLocale } from './outreach-locale';
import { fillTemplate, type FilledTemplate } from './render';
import { templatePlaceholders, type TemplateId, type TemplatePlaceholder } from './types';

/** What the record says about the customer a template is filled for. */
export interface TemplateContact {
  customer: { firstName?: string; lastName?: string };
  /** Absent when no balance is recorded or it could not be read. */
  balance?: { amount: Money; dueDate?: string };
}

/** Values the admin sets in Tactful's settings rather than on the contact. */
const fromSettings: ReadonlySet<TemplatePlaceholder> = new Set(['paymentLink', 'companyName']);

/** How a part to fill in reads in the draft, in the agent's language. */
const markerText = (t: Translate, name: TemplatePlaceholder): string =>
  t('card.templates.marker', { value: t(`card.templates.value.${name}`) });

/** One template filled for the contact as far as the values go; the rest marked. */
export function fillForContact(
  t: Translate,
  options: {
    id: TemplateId;
    writeIn: OutreachLocale;
    contact: TemplateContact | undefined;
    outreach: OutreachSettings;
    agentName: string;
  },
): FilledTemplate {
  const { contact, outreach, writeIn } = options;
  // The record's first name, else its last name; the link and company name from the settings.
  const values = outreachValues({
    customer: {
      name: contact?.customer.firstName ?? contact?.customer.lastName ?? '',
      balance: contact?.balance,
    },
    sender: { agentName: options.agentName, companyName: outreach.companyName },
    paymentLink: outreach.paymentLink,
  });
  return fillTemplate(findTemplate(options.id, writeIn.language), values, writeIn.format, (name) =>
    markerText(t, name),
  );
}

/** True while the draft still holds a part to fill in: it is not for the customer yet. */
export const hasMarker = (t: Translate, text: string): boolean =>
  templatePlaceholders.some((name) => text.includes(markerText(t, name)));

/**
 * What the agent reads about a filled template's marked parts: which were missing, which were
 * unusable, and that some come from the settings; undefined when every part was filled.
 */
export function unfilledText(t: Translate, filled: FilledTemplate): string | undefined {
  const { missing, invalid } = filled;
  if (missing.length + invalid.length === 0) return undefined;
  const names = (list: readonly TemplatePlaceholder[]) =>
    list.map((name) => t(`card.templates.value.${name}`)).join(', ');
  const sentences = [
    missing.length > 0 && t('card.templates.missing', { values: names(missing) }),
    invalid.length > 0 && t('card.templates.invalid', { values: names(invalid) }),
    [...missing, ...invalid].some((name) => fromSettings.has(name)) &&
      t('card.templates.fromSettings'),
  ];
  return sentences.filter((sentence) => typeof sentence === 'string').join(' ');
}
