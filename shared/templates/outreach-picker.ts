/**
 * The new-ticket template picker's controller: the template chosen (the first for the customer's
 * language until the agent picks), the payment link as the agent edits it for this ticket only
 * (starting from the settings' link), and how the last fill ended. Framework-free: the host
 * injects the fill and subscribes to the snapshot; a fill is always of what is chosen when pressed.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import { fillOutcome, type FillOutcome } from './outreach-fill';
import type { TemplateError } from './render';
import type { TemplateId } from './types';

/** The picker's fields and the last fill's outcome. */
export interface OutreachPickerSnapshot {
  readonly chosen: TemplateId | undefined;
  readonly paymentLink: string;
  readonly outcome: FillOutcome | undefined;
}

/** What the picker can do, beside its snapshot. */
export interface OutreachPicker extends Readable<OutreachPickerSnapshot> {
  choose(id: string): void;
  typeLink(paymentLink: string): void;
  /** Fills the reply with the chosen template; nothing while none is chosen. */
  fill(): Promise<void>;
}

/** How the picker starts, and how the host fills the reply. */
export interface OutreachPickerOptions {
  readonly templates: readonly { readonly id: TemplateId; readonly title: string }[];
  readonly paymentLink: string;
  fill(
    id: TemplateId,
    paymentLink: string,
  ): Promise<Result<unknown, TemplateError | { code: string }>>;
}

/** A picker on the first template, with the settings' link. */
export function createOutreachPicker(options: OutreachPickerOptions): OutreachPicker {
  const { templates } = options;
  const store = createStore<OutreachPickerSnapshot>({
    chosen: templates[0]?.id,
    paymentLink: options.paymentLink,
    outcome: undefined,
  });
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    choose(id) {
      const template = templates.find((candidate) => candidate.id === id);
      if (template) store.set({ chosen: template.id });
    },
    typeLink: (paymentLink) => store.set({ paymentLink }),
    async fill() {
      const { chosen, paymentLink } = store.getSnapshot();
      const template = templates.find((candidate) => candidate.id === chosen);
      if (template === undefined) return;
      const result = await options.fill(template.id, paymentLink);
      store.set({ outcome: fillOutcome(template.title, result) });
    },
  };
}
