/**
 * The flags the signals section just suggested for a customer, for the warning beside the guards:
 * the history panel read the flag log before the section wrote its suggestions there, so it hears
 * them here until its next read brings them from the log.
 */
import { createStore } from '../../../../../shared/view/store';
import type { FlagSuggestion } from '../../../host/history';
import { useSnapshot } from '../../../../react/load';

const none: readonly FlagSuggestion[] = [];
const published = createStore<{ userId?: number; suggestions: readonly FlagSuggestion[] }>({
  suggestions: none,
});

/** Publishes the suggestions the section made for `userId` (replacing any earlier ones). */
export const publishSuggestions = (userId: number, suggestions: readonly FlagSuggestion[]) =>
  published.set({ userId, suggestions });

/** The suggestions last published for `userId` (none for another customer). */
export function usePublishedSuggestions(userId: number): readonly FlagSuggestion[] {
  const snapshot = useSnapshot(published);
  return snapshot.userId === userId ? snapshot.suggestions : none;
}
