/**
 * The tone panel's state: shared/tone/reply-controller, following the agent's draft through the
 * adapter, checking it with the admin's settings in the customer's language, applying suggestions
 * back into the draft, and answering `ticket.save`. This wires the host to it and subscribes.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { HttpError, Result } from '../../../../../shared/ports';
import { createReplyController } from '../../../../../shared/tone/reply-controller';
import { saveRefusal } from '../../../../../shared/tone/view-words';
import { outcomesSettingsFromZendeskParameters } from '../../../host/outcome-parameters';
import { followDraft, guardTicketSave } from '../../../host/draft';
import { zendeskReplyPorts } from '../../../host/tone-ports';
import { useHost } from '../../ClientProvider';
import { noteReplyAgainstGuard } from '../../../host/guard-notice';
import { useI18n } from '../../i18n';
import { useLoadedSettings } from '../../useLoadedSettings';
import { useToneFeedback } from '../../../../react/tone-feedback';
import { useSnapshot } from '../../../../react/load';

/**
 * Live tone check of the reply draft, with apply/apply-all, retry, the save outcome and, when the
 * admin turned it on, agent feedback written as a custom object record in this account.
 */
export function useToneCheck() {
  const host = useHost();
  const { client } = host;
  const { tone } = useLoadedSettings();
  // The message depends on the agent's language only; a ref keeps the save hook registered once.
  const { t } = useI18n();
  const translate = useRef(t);
  translate.current = t;
  const ports = useMemo(() => zendeskReplyPorts(client, tone), [client, tone]);
  const tones = useMemo(() => createReplyController(ports), [ports]);

  useEffect(() => {
    void tones.refresh();
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

  useEffect(
    () =>
      guardTicketSave(client, async (draft) => {
        const sent = await ports.checkSaved(draft.html);
        const { recordToneEvents } = outcomesSettingsFromZendeskParameters(host.settings.raw);
        const { decision, counted } = tones.save(sent, draft.type, tone.onSave, recordToneEvents);
        if (counted) {
          // After the answer, never awaited: the save does not wait for (or fail with) the count.
          void import('../../../host/record-day-events')
            .then(({ recordToneSave }) => recordToneSave(host, counted, sent))
            .catch(() => console.warn('Tactful: tone event not recorded'));
          noteReplyAgainstGuard(host);
        }
        return saveRefusal(translate.current, decision);
      }),
    [client, host, tone, ports, tones],
  );

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
