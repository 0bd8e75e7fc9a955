/**
 * How a finding reads when the agent and the customer speak the same language or different ones:
 * `shared/tone/view.test.ts` checks these on `toneWords`, and each host's `tone-cases.test.tsx`
 * drives them through its real tone panel. The language rule lives once, in shared/tone/view-words.
 */
import type { CatalogLanguage } from '../i18n/translate';
import type { ToneCategory } from '../tone/types';

/** A blaming draft, checked in the customer's language, read by the agent. */
export interface ToneWordsCase {
  name: string;
  /** The agent's locale (Zendesk's current user, HubSpot's user). */
  agentLocale: CatalogLanguage;
  /** The customer's language (the requester's locale, the contact's `hs_language`). */
  customerLocale: CatalogLanguage;
  /** Plain text; the Zendesk test wraps it in a paragraph. */
  draft: string;
  /** The first problem's category. */
  category: ToneCategory;
  /**
   * `written`: the rule's own reason, in the customer's language, which the agent reads too;
   * `explained`: the category's explanation in the agent's language.
   */
  explanation: 'written' | 'explained';
  /** `plain`: "Try instead"; `names-language`: the label says the rewrite is in the customer's language. */
  suggestionLabel: 'plain' | 'names-language';
}

const english = "Hi Maria, you haven't paid your bill.";
const spanish = 'Hola Lucía, usted no ha pagado su factura.';

export const toneWordsCases: readonly ToneWordsCase[] = [
  {
    name: 'English agent, English customer: the rule’s reason as written',
    agentLocale: 'en',
    customerLocale: 'en',
    draft: english,
    category: 'accusatory',
    explanation: 'written',
    suggestionLabel: 'plain',
  },
  {
    name: 'English agent, Spanish customer: explained in English, the rewrite labelled Spanish',
    agentLocale: 'en',
    customerLocale: 'es',
    draft: spanish,
    category: 'accusatory',
    explanation: 'explained',
    suggestionLabel: 'names-language',
  },
  {
    name: 'Spanish agent, Spanish customer: the rule’s reason as written',
    agentLocale: 'es',
    customerLocale: 'es',
    draft: spanish,
    category: 'accusatory',
    explanation: 'written',
    suggestionLabel: 'plain',
  },
  {
    name: 'Spanish agent, English customer: explained in Spanish, the rewrite labelled English',
    agentLocale: 'es',
    customerLocale: 'en',
    draft: english,
    category: 'accusatory',
    explanation: 'explained',
    suggestionLabel: 'names-language',
  },
];
