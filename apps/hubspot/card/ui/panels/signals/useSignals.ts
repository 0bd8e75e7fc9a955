/**
 * The signals section's controller: our backend reads the contact's newest inbound email in its own
 * memory (issue 20), from the same first page of engagements the history panel reads (kept a few
 * seconds, so no second HubSpot read), in the contact's language, time zone and currency, and
 * answers with the signals as the section shows them. The card carries no signals engine.
 */
import { useCallback } from 'react';
import type { Result } from '../../../../../../shared/ports';
import { languagePaths, signalsReplySchema, type SignalsReply } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { useCardServices } from '../../services';
import { useLoaded, type Loaded } from '../../../../../react/load';

/** What the section shows: whether the customer has written, and the signals in their words. */
export type SignalsRead = SignalsReply;

/** The section's state and a retry. */
export function useSignals(): { state: Loaded<SignalsRead, BackendError>; retry: () => void } {
  const { crm, backend } = useCardServices();
  const load = useCallback(
    (): Promise<Result<SignalsRead, BackendError>> =>
      backend.request(
        {
          path: languagePaths.signals(crm.scope.contactId),
          query: { portalTimeZone: crm.scope.portalTimeZone },
        },
        signalsReplySchema,
      ),
    [crm, backend],
  );
  const { state, reload } = useLoaded(load);
  return { state, retry: reload };
}
