/**
 * When a draft checked elsewhere (the HubSpot card asks our backend) is sent and what its reply
 * may be shown for: a reply is kept with the draft and options it answers, so it is never shown for
 * anything else, and until the reply for the draft as it is arrives there is no verdict, never a
 * stale one. The host keeps the state and the request; this decides.
 */
import type { ToneResult } from './types';

/** A check asked: the draft and the options it was read with. */
export interface Asked<O> {
  text: string;
  options: O;
}

/** A reply, kept with what it answers. */
export type Answer<O, E> = Asked<O> & ({ ok: true; result: ToneResult } | { ok: false; error: E });

/** Where the check of the draft as it is now stands. */
export type DraftCheckStatus<E> =
  { status: 'checking' } | { status: 'ready' } | { status: 'failed'; error: E };

/** A blank draft's check: nothing to find (a blank draft is never sent). */
export const blankResult: ToneResult = { verdict: 'ok', score: 100, locale: 'auto', findings: [] };

const isBlank = (text: string): boolean => text.trim() === '';

/** True when `answer` is about `asked` (options compared by identity: they change as a whole). */
export function answers<O, E>(answer: Answer<O, E> | undefined, asked: Asked<O>): boolean {
  return answer !== undefined && answer.text === asked.text && answer.options === asked.options;
}

/**
 * True when the settled draft should be sent now: one request at a time, never a blank draft, and
 * not again once answered (a failed check waits for Retry to clear its answer).
 */
export function shouldAsk<O, E>(
  settled: Asked<O>,
  answer: Answer<O, E> | undefined,
  inFlight: boolean,
): boolean {
  return !inFlight && !isBlank(settled.text) && !answers(answer, settled);
}

/** Where the check of the draft `now` stands, given the last reply. */
export function draftCheckStatus<O, E>(
  now: Asked<O>,
  answer: Answer<O, E> | undefined,
): DraftCheckStatus<E> {
  if (isBlank(now.text)) return { status: 'ready' };
  if (answer === undefined || !answers(answer, now)) return { status: 'checking' };
  return answer.ok ? { status: 'ready' } : { status: 'failed', error: answer.error };
}

/**
 * What shows under the draft: nothing for a blank one, why the check failed, or the findings with
 * "Checking the draft…" in the verdict's place until the check catches up with typing.
 */
export function draftCheckShows(
  text: string,
  check: DraftCheckStatus<unknown>,
): 'nothing' | 'failed' | 'checking' | 'verdict' {
  if (isBlank(text)) return 'nothing';
  return check.status === 'failed' ? 'failed' : check.status === 'ready' ? 'verdict' : 'checking';
}
