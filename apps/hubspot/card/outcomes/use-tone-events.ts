/**
 * The tone panel's part in the outcomes (issue 17): every check of the draft is tallied in memory
 * (counts and rule ids only, shared/outcomes/tone-send-tally.ts), and when the agent copies the
 * draft to send it, the tally becomes one tone event for our backend, sent fire and forget: the
 * copy never waits for it and the agent never hears of a failure. A new draft starts a new tally.
 * The copy is also a contact the card's guard watch counts when the email guard says "not now".
 */
import { useCallback, useEffect, useRef } from 'react';
import { todayIn } from '../../../../shared/calendar/calendar';
import {
  emptyToneSendTally,
  tallyCheck,
  toneSendOf,
  type ToneSendTally,
} from '../../../../shared/outcomes/tone-send-tally';
import type { ToneResult } from '../../../../shared/tone';
import type { BackendClient } from '../host/backend-client';
import { recordToneEvent } from '../host/outcomes';
import { useGuardWatch } from '../ui/services';

/** A send id the backend accepts: random, letters and digits only. */
function newSendId(): string {
  return `copy-${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * Tallies `result` whenever `checkedText` is checked anew (not when it is empty), and returns
 * `copied`, to call when the agent copies the draft whose check is `result`.
 */
export function useToneEvents(options: {
  backend: BackendClient;
  checkedText: string;
  result: ToneResult;
  timeZone: string;
  now: () => Date;
}): { copied: (result: ToneResult) => void } {
  const { backend, checkedText, result, timeZone, now } = options;
  const guardWatch = useGuardWatch();
  // Every check but the latest; the latest is counted when the draft is copied (as the sent one).
  const earlier = useRef<ToneSendTally>(emptyToneSendTally);
  const latest = useRef<ToneResult | undefined>(undefined);
  useEffect(() => {
    if (checkedText.trim() === '') {
      earlier.current = emptyToneSendTally;
      latest.current = undefined;
      return;
    }
    if (latest.current !== undefined) earlier.current = tallyCheck(earlier.current, latest.current);
    latest.current = result;
  }, [checkedText, result]);

  const copied = useCallback(
    (sent: ToneResult) => {
      // The agent is the signed user: the backend never takes it from the event.
      const sendId = newSendId();
      const { agent: _agent, ...event } = toneSendOf(earlier.current, sent, {
        sendId,
        agent: '',
        date: todayIn(now(), timeZone),
      });
      recordToneEvent(backend, event);
      // Copying is sending: a contact against the email guard when it says "not now".
      guardWatch.draftCopied(sendId);
      earlier.current = emptyToneSendTally;
      latest.current = undefined;
    },
    [backend, guardWatch, now, timeZone],
  );
  return { copied };
}
