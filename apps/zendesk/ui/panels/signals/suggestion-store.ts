/**
 * The flags the signals section just suggested for a customer, for the warning beside the guards:
 * the history panel read the flag log before the section wrote its suggestions there, so it hears
 * them here until its next read brings them from the log.
 */
import { useSyncExternalStore } from 'react';
import type { FlagSuggestion } from '../../../host/history';

type Listener = () => void;

const listeners = new Set<Listener>();
let current: { userId: number; suggestions: readonly FlagSuggestion[] } | undefined;

/** Publishes the suggestions the section made for `userId` (replacing any earlier ones). */
export function publishSuggestions(userId: number, suggestions: readonly FlagSuggestion[]): void {
  current = { userId, suggestions };
  for (const listener of listeners) listener();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const none: readonly FlagSuggestion[] = [];

/** The suggestions last published for `userId` (none for another customer). */
export function usePublishedSuggestions(userId: number): readonly FlagSuggestion[] {
  const snapshot = useSyncExternalStore(subscribe, () => current);
  return snapshot?.userId === userId ? snapshot.suggestions : none;
}
