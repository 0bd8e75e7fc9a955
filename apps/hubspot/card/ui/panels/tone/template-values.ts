/**
 * Fills an outreach template for the contact the card is on: the customer's first name, balance
 * and due date from the record, the agent's name from HubSpot, the company name and payment link
 * from the portal's settings. A value that is missing or unusable is marked in the draft, in the
 * agent's language, for them to fill in.
 */
import type { Translate } from '../../../../../../shared/i18n';
import {
  fillTemplate,
  findTemplate,
  templatePlaceholders,
  type FilledTemplate,
  type TemplateId,
  type TemplatePlaceholder,
} from '../../../../../../shared/templates';
import type { OutreachLocale } from '../../../../../../shared/templates/outreach-locale';
import type { OutreachSettings } from '../../../../../../shared/settings';
import type { DraftContact } from './useDraftSetup';

/** One template filled for the contact as far as the values go; the rest marked. */
export function fillForContact(
  t: Translate,
  options: {
    id: TemplateId;
    writeIn: OutreachLocale;
    contact: DraftContact | undefined;
    outreach: OutreachSettings;
    agentName: string;
  },
): FilledTemplate {
  const { contact, outreach, writeIn } = options;
  return fillTemplate(
    findTemplate(options.id, writeIn.language),
    {
      customerName: contact?.customer.firstName ?? contact?.customer.lastName,
      amount: contact?.balance?.amount,
      dueDate: contact?.balance?.dueDate,
      paymentLink: outreach.paymentLink,
      agentName: options.agentName,
      companyName: outreach.companyName,
    },
    writeIn.format,
    (name) => markerText(t, name),
  );
}

/** How a part to fill in reads in the draft, in the agent's language. */
const markerText = (t: Translate, name: TemplatePlaceholder): string =>
  t('card.templates.marker', { value: t(`card.templates.value.${name}`) });

/** True while the draft still holds a part to fill in: it is not for the customer yet. */
export const hasMarker = (t: Translate, text: string): boolean =>
  templatePlaceholders.some((name) => text.includes(markerText(t, name)));
