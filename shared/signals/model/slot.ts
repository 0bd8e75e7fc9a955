/**
 * Where the signals' learned second opinion is plugged in. Its code and weights load in a chunk of
 * their own (`loadSignalModel` in load.ts), so `readCustomerMessage` carries neither: until one is
 * installed it returns the word rules' signals alone.
 */
import type { Sentence } from '../../tone/meaning/tokens';
import type { TermHit } from '../../tone/meaning/concepts';
import type { CueId } from '../cues';
import type { Signal } from '../types';

/** What the rules read of a message, as the model is given it. */
export interface RulesReading {
  /** The message as written (spans and excerpts are against it). */
  text: string;
  locale: 'en' | 'es';
  /** Its sentences with the cues found in each (quoted lines blanked). */
  sentences: ReadonlyArray<{ sentence: Sentence; hits: ReadonlyArray<TermHit<CueId>> }>;
  /** The rules' signals, in order. */
  signals: readonly Signal[];
}

/** Reads the rules' reading again and returns the signals to show. */
export type SignalJudge = (reading: RulesReading) => Signal[];

let judge: SignalJudge | undefined;

/** Makes `readCustomerMessage` ask `read` for a second opinion (undefined: rules only again). */
export function installSignalJudge(read: SignalJudge | undefined): void {
  judge = read;
}

/** The installed second opinion, or undefined before the model's chunk is loaded. */
export function signalJudge(): SignalJudge | undefined {
  return judge;
}
