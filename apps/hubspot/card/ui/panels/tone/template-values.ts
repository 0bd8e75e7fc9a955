/**
 * Fills an outreach template for the contact the card is on: the customer's first name, balance
 * and due date from the record, the agent's name from HubSpot, the company name and payment link
 * from the portal's settings. Says in plain words which value is missing when one is.
 */
import { baseLanguage, languageIn } from '../../../../../../shared/i18n/language';
import { err, type Result } from '../../../../../../shared/ports';
import {
  findTemplate,
  isTemplateLocale,
  renderTemplate,
  type TemplateId,
  type TemplateLocale,
  type TemplatePlaceholder,
} from '../../../../../../shared/templates';
import type { OutreachSettings } from '../../../../../../shared/settings';
import type { DraftContact } from './useDraftSetup';

/** Where each value comes from, so the agent knows what to fill in and where. */
const valueSources: Record<TemplatePlaceholder, string> = {
  customerName: "the contact's first name",
  amount: "the contact's outstanding balance",
  dueDate: "the contact's balance due date",
  paymentLink: 'the payment link (Tactful settings)',
  agentName: 'your name in HubSpot',
  companyName: 'the company name (Tactful settings)',
};

/** The language to write to this customer in: theirs when we have templates in it. */
export function templateLocaleFor(
  contact: DraftContact | undefined,
  fallback: TemplateLocale,
): TemplateLocale {
  return languageIn(contact?.customer.language, isTemplateLocale) ?? fallback;
}

/** One template rendered for the contact, or a sentence naming what is missing or wrong. */
export function renderForContact(options: {
  id: TemplateId;
  locale: TemplateLocale;
  contact: DraftContact | undefined;
  outreach: OutreachSettings;
  agentName: string;
}): Result<string, string> {
  const { contact, outreach } = options;
  if (contact === undefined) {
    return err("The contact's details could not be read, so the template cannot be filled in.");
  }
  const { customer, balance } = contact;
  // Amounts and dates in the customer's own variant of the language (es-MX, en-GB) when known.
  const language = customer.language;
  const formatLocale =
    language !== undefined && baseLanguage(language) === options.locale ? language : options.locale;
  const rendered = renderTemplate(
    findTemplate(options.id, options.locale),
    {
      customerName: customer.firstName ?? customer.lastName,
      amount: balance?.amount,
      dueDate: balance?.dueDate,
      paymentLink: outreach.paymentLink,
      agentName: options.agentName,
      companyName: outreach.companyName,
    },
    formatLocale,
  );
  if (rendered.ok) return rendered;
  const names = rendered.error.placeholders.map((name) => valueSources[name]).join(', ');
  return err(
    rendered.error.code === 'invalid-values'
      ? `This template cannot use ${names}. Check the value and try again.`
      : `This template needs ${names}. Add it, then choose the template again.`,
  );
}
