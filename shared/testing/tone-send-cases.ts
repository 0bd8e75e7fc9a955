/**
 * What sending a checked draft does under the admin's "on save" mode, the same rule on both hosts:
 * Zendesk's Submit (the `ticket.save` hook) and the HubSpot card's Copy. `shared/tone/view.test.ts`
 * checks these on `decideSave` and `decideCopy`; each host's `tone-cases.test.tsx` drives them
 * through its real tone panel.
 */
import type { ToneOnSave } from '../settings/settings';
import type { ToneCategory } from '../tone/types';

/** An English public reply (plain text) and what sending it does. */
export interface ToneSendCase {
  name: string;
  draft: string;
  onSave: ToneOnSave;
  /**
   * `stopped`: Submit refused, Copy off; `warned`: it goes, with a warning naming the problems;
   * `sent`: it goes, no warning.
   */
  outcome: 'stopped' | 'warned' | 'sent';
  /** The blocking findings' categories, named by the stop or the warning. */
  categories: ToneCategory[];
}

const threat = 'Hi Maria, if you do not pay we will take you to court.';

export const toneSendCases: readonly ToneSendCase[] = [
  {
    name: 'a threat in block mode is stopped, naming it',
    draft: threat,
    onSave: 'block',
    outcome: 'stopped',
    categories: ['threat'],
  },
  {
    name: 'a threat in warn mode goes, with a warning',
    draft: threat,
    onSave: 'warn',
    outcome: 'warned',
    categories: ['threat'],
  },
  {
    name: 'blaming only asks for a review: it goes in block mode',
    draft: "Hi Maria, you haven't paid your bill.",
    onSave: 'block',
    outcome: 'sent',
    categories: [],
  },
  {
    name: 'a kind reply goes',
    draft: 'Hi Maria, can you tell me what would help you most with this payment?',
    onSave: 'block',
    outcome: 'sent',
    categories: [],
  },
];
