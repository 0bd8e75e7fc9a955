/**
 * What "Settings need attention" shows whom: an admin every problem, warning and the first-run
 * checklist until all is well; anyone else a one-line notice while something stops a feature,
 * and nothing otherwise (nor before we know who is looking). The checklist is first-run-view.ts.
 */

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
