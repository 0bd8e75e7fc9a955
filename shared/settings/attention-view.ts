/**
 * What "Settings need attention" shows whom: an admin every problem, warning and the first-run
 * checklist until all is well; anyone else a one-line notice while something stops a feature,
 * and nothing otherwise (nor before we know who is looking). The checklist's steps in order.
 */
import type { Translate } from '../i18n/translate';
import type { Emphasis } from '../view/emphasis';

/** The first-run steps, in the order the admin takes them. */
export const firstRunSteps = ['fieldsMapped', 'policySet', 'testDraftChecked'] as const;

/** One first-run step. */
export type FirstRunStep = (typeof firstRunSteps)[number];

const stepLabels = {
  fieldsMapped: 'settingsAttention.checklist.fieldsMapped',
  policySet: 'settingsAttention.checklist.policySet',
  testDraftChecked: 'settingsAttention.checklist.testDraft',
} as const satisfies Record<FirstRunStep, string>;

/** Which form the notice takes. */
export type AttentionShown = 'nothing' | 'agent-notice' | 'admin';

/** The notice for a viewer (`isAdmin` undefined while their role loads). */
export function attentionShown(
  isAdmin: boolean | undefined,
  view: { problems: readonly unknown[]; warnings: readonly unknown[]; checklistDone: boolean },
): AttentionShown {
  if (isAdmin === undefined) return 'nothing';
  if (!isAdmin) return view.problems.length > 0 ? 'agent-notice' : 'nothing';
  const allWell = view.problems.length === 0 && view.warnings.length === 0 && view.checklistDone;
  return allWell ? 'nothing' : 'admin';
}

/** Each step's label and state, done (good) or still to do (muted). */
export function firstRunStepWords(
  t: Translate,
  checklist: Readonly<Record<FirstRunStep, boolean>>,
): { step: FirstRunStep; label: string; state: string; emphasis: Emphasis }[] {
  return firstRunSteps.map((step) => ({
    step,
    label: t(stepLabels[step]),
    state: t(
      checklist[step] ? 'settingsAttention.checklist.done' : 'settingsAttention.checklist.todo',
    ),
    emphasis: checklist[step] ? 'good' : 'muted',
  }));
}
