/**
 * Fills an outreach template for the contact the card is on: the customer's first name, balance
 * and due date from the record, the agent's name from HubSpot, the company name and payment link
 * from the portal's settings. A value that is missing or unusable is marked in the draft, in the
 * agent's language, for them to fill in.
 */
import { baseLanguage, languageIn } from '../../../../../../shared/i18n/language';
import type { Translate } from '../../../../../../shared/i18n';
import {
  fillTemplate,
  findTemplate,
  isTemplateLocale,
  templatePlaceholders,
  type FilledTemplate,
  type TemplateId,
  type TemplatePlaceholder,
  type TemplateLocale,
} from '../../../../../../shared/templates';
import type { OutreachSettings } from '../../../../../../shared/settings';
import type { DraftContact } from './useDraftSetup';

/** The language to write to this customer in: theirs when we have templates in it. */
export function templateLocaleFor(
  contact: DraftContact | undefined,
  fallback: TemplateLocale,
): TemplateLocale {
  return languageIn(contact?.customer.language, isTemplateLocale) ?? fallback;
}

/** One template filled for the contact as far as the values go; the rest marked. */
export function fillForContact(
  t: Translate,
  options: {
    id: TemplateId;
    locale: TemplateLocale;
    contact: DraftContact | undefined;
    outreach: OutreachSettings;
    agentName: string;
  },
): FilledTemplate {
  const { contact, outreach } = options;
  // Amounts and dates in the customer's own variant of the language (es-MX, en-GB) when known.
  const language = contact?.customer.language;
  const formatLocale =
    language !== undefined && baseLanguage(language) === options.locale ? language : options.locale;
  return fillTemplate(
    findTemplate(options.id, options.locale),
    {
      customerName: contact?.customer.firstName ?? contact?.customer.lastName,
      amount: contact?.balance?.amount,
      dueDate: contact?.balance?.dueDate,
      paymentLink: outreach.paymentLink,
      agentName: options.agentName,
      companyName: outreach.companyName,
    },
    formatLocale,
    (name) => markerText(t, name),
  );
}

/** How a part to fill in reads in the draft, in the agent's language. */
const markerText = (t: Translate, name: TemplatePlaceholder): string =>
  t('card.templates.marker', { value: t(`card.templates.value.${name}`) });

/** True while the draft still holds a part to fill in: it is not for the customer yet. */
export const hasMarker = (t: Translate, text: string): boolean =>
  templatePlaceholders.some((name) => text.includes(markerText(t, name)));
