/**
 * The signals section's controller: the contact's newest inbound email from the card's opening
 * page of engagements (the backend passes its text on, never storing it; no request of its own
 * for it), the contact's language, time zone and balance currency from the collections read the
 * history panel makes too (the backend client shares one request), and the learned model (its
 * weights fetched from our backend once per open; the word rules answer, and the section says so,
 * if they fail). The email is read in the customer's language.
 */
import { useCallback } from 'react';
import { decodeHubSpotTimeZone } from '../../../../../../shared/calendar/hubspot-timezone';
import { ok, type Result } from '../../../../../../shared/ports';
import { customerMessageText, looksLikeHtml } from '../../../../../../shared/signals/message-text';
import { messageReader } from '../../../../../../shared/signals/reader';
import { signalsView, type SignalsView } from '../../../../../../shared/signals/view';
import { backendPaths, contactCollectionsSchema, type FlagKind } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { loadModelWeights } from '../../../host/model-weights';
import { useCardServices, useOpeningReads } from '../../services';
import { useLoaded, type Loaded } from '../../use-loaded';

/** What the section shows: whether the customer has written, and the signals in their words. */
export interface SignalsRead {
  hasMessage: boolean;
  view: SignalsView;
  /** Today in the contact's time zone, for a promise's due date. */
  today: string;
  /** The flags the contact has already (no one-click Set for these). */
  setFlags: readonly FlagKind[];
  /** The learned model's weights could not be fetched: the word rules read the message alone. */
  rulesOnly: boolean;
}

/** The section's state and a retry. */
export function useSignals(): { state: Loaded<SignalsRead, BackendError>; retry: () => void } {
  const { crm, backend, clock } = useCardServices();
  const opening = useOpeningReads();
  const load = useCallback(async (): Promise<Result<SignalsRead, BackendError>> => {
    const [page, collections, model] = await Promise.all([
      opening.firstEngagementPage(),
      backend.request(
        { path: backendPaths.collections(crm.scope.contactId) },
        contactCollectionsSchema,
      ),
      // The model only adds to the rules: if its weights fail, the rules alone answer.
      loadModelWeights(backend, 'signals'),
    ]);
    if (!page.ok) return page;
    if (!collections.ok) return collections;
    const email = page.value.latestInboundEmail;
    const text = email
      ? customerMessageText(looksLikeHtml(email.text) ? { html: email.text } : { text: email.text })
      : '';
    const contact = collections.value;
    const { today, read } = messageReader(
      {
        language: contact.language,
        timeZone:
          decodeHubSpotTimeZone(contact.timeZone) ??
          decodeHubSpotTimeZone(crm.scope.portalTimeZone),
        currency: contact.balance?.currency,
      },
      clock.now(),
    );
    const setFlags = contact.flags.map((flag) => flag.kind);
    const hasMessage = email !== undefined && text !== '';
    const view = hasMessage ? signalsView([read(email.id, text)]) : { items: [] };
    return ok({ hasMessage, view, today, setFlags, rulesOnly: model === 'unavailable' });
  }, [crm, backend, clock, opening]);
  const { state, reload } = useLoaded(load);
  return { state, retry: reload };
}
