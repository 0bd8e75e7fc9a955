/**
 * The Accept button as both hosts show it, for the chosen option: closed whenever `acceptClosed`
 * gives a reason (outside policy, a save under way, already recorded), busy while a save is under
 * way (the sidebar says "Saving…", the card spins).
 */
import { acceptClosed, type AcceptProgress } from './choice';

/** Whether Accept can be pressed for `option`, and whether it shows a save under way. */
export function acceptButton(
  progress: AcceptProgress,
  option: { readonly id: string; readonly withinPolicy: boolean },
): { disabled: boolean; busy: boolean } {
  return {
    disabled: acceptClosed(progress, option) !== undefined,
    busy: progress.status === 'saving',
  };
}
