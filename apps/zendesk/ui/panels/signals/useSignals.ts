/**
 * The signals section's controller: reads the customer's latest comment and who they are through
 * the host adapters, loads the learned model (its own chunk; the word rules answer if it fails),
 * and reads the comment in the customer's language, time zone and currency.
 */
import { useCallback } from 'react';
import { ok } from '../../../../../shared/ports';
import { readCustomerMessage } from '../../../../../shared/signals';
import { loadSignalModel } from '../../../../../shared/signals/model/load';
import { signalsView, type SignalsView } from '../../../../../shared/signals/view';
import { readLatestCustomerComments } from '../../../host/customer-comments';
import { readTicketCustomer } from '../../../host/customer';
import { useHost } from '../../ClientProvider';
import { useLoad } from '../../useLoad';

/** What the section shows: whether the customer has written, and the signals in their words. */
export interface SignalsRead {
  hasComment: boolean;
  view: SignalsView;
}

/** The language the reader reads in: Spanish for any `es-*` locale, else found from the words. */
function readerLocale(locale: string | undefined): 'es' | 'en' | 'auto' {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return language === 'es' || language === 'en' ? language : 'auto';
}

export function useSignals() {
  const { client, http, settings, retry, clock } = useHost();
  const load = useCallback(async () => {
    const [comments, customer] = await Promise.all([
      readLatestCustomerComments(client, http, retry),
      readTicketCustomer(client, http, settings, retry),
      // The model only adds to the rules: if its chunk fails, the rules alone answer.
      loadSignalModel().catch(() => undefined),
    ]);
    if (!comments.ok) return comments;
    // The customer panel reports a customer it cannot read; here the account's defaults do.
    const account = customer.ok ? customer.value : undefined;
    const timeZone = account?.timeZone ?? settings.defaultTimeZone;
    const currency = account?.balance?.amount.currency ?? settings.defaultCurrency;
    const readings = comments.value.map((comment) => ({
      commentId: String(comment.id),
      reading: readCustomerMessage(comment.text, {
        locale: readerLocale(account?.locale),
        now: clock.now().getTime(),
        ...(timeZone ? { timeZone } : {}),
        ...(currency ? { currency } : {}),
      }),
    }));
    const read: SignalsRead = { hasComment: readings.length > 0, view: signalsView(readings) };
    return ok(read);
  }, [client, http, settings, retry, clock]);
  return useLoad(load);
}
