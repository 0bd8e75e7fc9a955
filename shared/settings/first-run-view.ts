/**
 * The admin's first-run checklist, decided once for both hosts: which steps each host lists, in
 * what order, and how a done or open step is marked. The hosts only work out whether each step is
 * done (from their own settings store) and render these codes; the words come from the catalog.
 */
import type { Translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/messages/en';
import type { Emphasis } from '../view/emphasis';

/**
 * Each host's steps, in the order the admin takes them, with the catalog key of each one's label: the
 * hosts word a step apart (Zendesk's fields are HubSpot's properties, saved per portal). The card
 * also asks for the company name and payment link its templates sign and link with; the sidebar
 * names a missing company name among its warnings instead, so its checklist leaves that step out.
 */
export const firstRunStepsOn = {
  zendesk: [
    { step: 'fieldsMapped', label: 'settingsAttention.checklist.fieldsMapped' },
    { step: 'policySet', label: 'settingsAttention.checklist.policySet' },
    { step: 'testDraftChecked', label: 'settingsAttention.checklist.testDraft' },
  ],
  hubspot: [
    { step: 'fieldsMapped', label: 'card.checklist.fieldsMapped' },
    { step: 'policySet', label: 'card.checklist.policySet' },
    { step: 'outreachSet', label: 'card.checklist.outreachSet' },
    { step: 'testDraftChecked', label: 'settingsAttention.checklist.testDraft' },
  ],
} as const satisfies Record<string, readonly { step: string; label: MessageKey }[]>;

/** A host that shows the checklist. */
export type ChecklistHost = keyof typeof firstRunStepsOn;

/** One first-run step. */
export type FirstRunStep = FirstRunStepOn<ChecklistHost>;

/** A step a host lists. */
export type FirstRunStepOn<H extends ChecklistHost> = (typeof firstRunStepsOn)[H][number]['step'];

/** Whether each of a host's steps is done. */
export type FirstRunChecklistOn<H extends ChecklistHost> = Readonly<
  Record<FirstRunStepOn<H>, boolean>
>;

/** A host's checklist, as it is shown there. */
export type ShownChecklist =
  | { readonly host: 'zendesk'; readonly checklist: FirstRunChecklistOn<'zendesk'> }
  | { readonly host: 'hubspot'; readonly checklist: FirstRunChecklistOn<'hubspot'> };

/** A step is done, or still for the admin to do. */
export type FirstRunState = 'done' | 'todo';

/**
 * An open step is something the admin should act on (caution), not something out of play (muted):
 * the sidebar used to mark it grey while the card marked it as a warning.
 */
const stateEmphasis = { done: 'good', todo: 'caution' } as const satisfies Record<
  FirstRunState,
  Emphasis
>;

/** One step as shown: what it is, its label's key, and whether it is done. */
export interface FirstRunStepView {
  readonly step: FirstRunStep;
  readonly label: MessageKey;
  readonly state: FirstRunState;
  readonly emphasis: Emphasis;
}

/** The host's steps in order, each done or to do. */
export function firstRunView(shown: ShownChecklist): FirstRunStepView[] {
  const steps: readonly { step: FirstRunStep; label: MessageKey }[] = firstRunStepsOn[shown.host];
  const done: Readonly<Partial<Record<FirstRunStep, boolean>>> = shown.checklist;
  return steps.map(({ step, label }) => {
    const state = done[step] === true ? 'done' : 'todo';
    return { step, label, state, emphasis: stateEmphasis[state] };
  });
}

/** True once every one of the host's steps is done. */
export const firstRunDone = (shown: ShownChecklist): boolean =>
  firstRunView(shown).every((step) => step.state === 'done');

const stateWords = {
  done: 'settingsAttention.checklist.done',
  todo: 'settingsAttention.checklist.todo',
} as const satisfies Record<FirstRunState, string>;

/** One step in words, with how to mark it. */
export interface FirstRunStepWords {
  readonly step: FirstRunStep;
  readonly done: boolean;
  readonly label: string;
  readonly state: string;
  readonly emphasis: Emphasis;
}

/** The host's steps in `t`'s language. */
export function firstRunStepWords(t: Translate, shown: ShownChecklist): FirstRunStepWords[] {
  return firstRunView(shown).map((step) => ({
    step: step.step,
    done: step.state === 'done',
    label: t(step.label),
    state: t(stateWords[step.state]),
    emphasis: step.emphasis,
  }));
}
