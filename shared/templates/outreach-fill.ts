/**
 * Filling the reply of a new outbound ticket with a template (the Zendesk new-ticket sidebar):
 * which values the customer's record, the agent and the link they typed give, and what the agent
 * is told once the fill is done, refused for missing values, or refused by the host.
 */
import type { Translate } from '../i18n/translate';
import type { Money } from '../money/money';
import type { Result } from '../ports';
import { findTemplate } from './library';
import type { OutreachLocale } from './outreach-locale';
import { renderTemplate, type TemplateError, type TemplateValues } from './render';
import type { TemplateId, TemplatePlaceholder } from './types';

/** What the record and the sender say, as far as they know it. */
export interface OutreachFillSource {
  customer: { name: string; balance?: { amount: Money; dueDate?: string } | undefined };
  sender: { agentName?: string; companyName?: string };
  /** The payment link the agent left in the field ('' when none). */
  paymentLink: string;
}

/** The template values `source` gives; a blank link or unknown part is left out. */
export function outreachValues({
  customer,
  sender,
  paymentLink,
}: OutreachFillSource): TemplateValues {
  const values: TemplateValues = { customerName: customer.name };
  if (customer.balance) {
    values.amount = customer.balance.amount;
    if (customer.balance.dueDate) values.dueDate = customer.balance.dueDate;
  }
  if (paymentLink.trim() !== '') values.paymentLink = paymentLink.trim();
  if (sender.agentName) values.agentName = sender.agentName;
  if (sender.companyName) values.companyName = sender.companyName;
  return values;
}

/** Template `id` in `writeIn`'s language, as plain text with every value `source` gives; or which
 * values are missing or unusable (nothing is written then). */
export function renderOutreach(
  id: TemplateId,
  writeIn: OutreachLocale,
  source: OutreachFillSource,
): Result<string, TemplateError> {
  return renderTemplate(findTemplate(id, writeIn.language), outreachValues(source), writeIn.format);
}

/** How a fill ended: written into the reply, values still missing, or the host refused. */
export type FillOutcome =
  | { kind: 'filled'; title: string }
  | { kind: 'missing'; placeholders: TemplatePlaceholder[] }
  | { kind: 'failed' };

/** The outcome of filling template `title`; an error naming no value is the host's refusal. */
export function fillOutcome(
  title: string,
  result: Result<unknown, TemplateError | { code: string }>,
): FillOutcome {
  if (result.ok) return { kind: 'filled', title };
  const { error } = result;
  return 'placeholders' in error && error.placeholders.length > 0
    ? { kind: 'missing', placeholders: error.placeholders }
    : { kind: 'failed' };
}

/** What the agent reads about `outcome`: a status once filled, an alert otherwise. */
export function fillOutcomeWords(
  t: Translate,
  outcome: FillOutcome,
): { role: 'status' | 'alert'; text: string } {
  switch (outcome.kind) {
    case 'filled':
      return { role: 'status', text: t('newTicket.templates.filled', { title: outcome.title }) };
    case 'missing': {
      const values = outcome.placeholders.map((name) => t(`newTicket.placeholder.${name}`));
      return {
        role: 'alert',
        text: t('newTicket.templates.missing', { values: values.join(', ') }),
      };
    }
    case 'failed':
      return { role: 'alert', text: t('newTicket.templates.failed') };
  }
}

/** The payment link field's hint: where its starting value came from. */
export const paymentLinkHintKey = (settingsLink: string) =>
  settingsLink === ''
    ? 'newTicket.templates.paymentLinkHint'
    : 'newTicket.templates.paymentLinkFromSettings';
