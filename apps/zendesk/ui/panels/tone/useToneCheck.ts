/**
 * The tone panel's state: shared/tone/reply-controller, following the agent's draft through the
 * adapter, checking it with the admin's settings in the customer's language and applying suggestions
 * back into the draft. This wires the host to it and subscribes. `ticket.save` is answered by the
 * hook the sidebar registers as it opens (save-guard.ts), through the same controller
 * (tone-session.ts), so the save's outcome shows here.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { HttpError, Result } from '../../../../../shared/ports';
import { followDraft, type ReplyDraft } from '../../../host/draft';
import type { HostError } from '../../../host/zaf-client';
import { useHost } from '../../ClientProvider';
import { useLoadedSettings } from '../../useLoadedSettings';
import { useToneFeedback } from '../../../../react/tone-feedback';
import { useSnapshot } from '../../../../react/load';
import { toneSession } from './tone-session';

/**
 * Live tone check of the reply draft, with apply/apply-all, retry, the save outcome and, when the
 * admin turned it on, agent feedback written as a custom object record in this account.
 * `justRead`: the draft the sidebar read a moment before this panel's chunk ran
 * (LazyToneCheckPanel.tsx), taken for the first check instead of reading it again.
 */
export function useToneCheck(justRead?: Result<ReplyDraft, HostError>) {
  const host = useHost();
  const { client } = host;
  const { tone } = useLoadedSettings();
  const { ports, tones } = useMemo(() => toneSession(client, tone), [client, tone]);
  // Only the panel's first check may take it: any later one reads the draft as it is then.
  const opening = useRef(justRead);

  useEffect(() => {
    const known = opening.current;
    opening.current = undefined;
    void tones.refresh(known);
    const stopFollowing = followDraft(client, tones.changed);
    const onRequesterChange = () => {
      ports.forgetLocale();
      void tones.refresh();
    };
    client.on('ticket.requester.id.changed', onRequesterChange);
    return () => {
      tones.stop();
      stopFollowing();
      client.off('ticket.requester.id.changed', onRequesterChange);
    };
  }, [client, ports, tones]);

  const { state, saveOutcome } = useSnapshot(tones);
  const checked = state.status === 'ready' ? state.value : undefined;
  const subject =
    checked &&
    ({ result: checked.result, draft: { format: 'html', input: checked.draft.html } } as const);
  const feedback = useToneFeedback<HttpError>(tone, subject, {
    // The feedback schema loads with the first click, not with the sidebar (issue 16).
    write: (input) =>
      import(/* webpackChunkName: "tone-feedback" */ '../../../host/write-tone-feedback').then(
        ({ writeToneFeedback }) => writeToneFeedback(host.http, host.retry, input),
        (): Result<void, HttpError> => ({
          ok: false,
          error: { code: 'network', message: 'Tactful could not load' },
        }),
      ),
    now: () => host.clock.now(),
  });

  return { state, checked, feedback, saveOutcome, onSave: tone.onSave, ...tones };
}
