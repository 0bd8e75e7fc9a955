/**
 * The signals section's controller: reads the customer's latest comment, their locale and time zone
 * through the host adapter (no user read of its own), loads the learned model (its own chunk; the word rules answer if it fails),
 * and reads the comment in the customer's language, time zone and currency.
 */
import { useCallback } from 'react';
import { ok } from '../../../../../shared/ports';
import { readCustomerMessage } from '../../../../../shared/signals';
import { loadSignalModel } from '../../../../../shared/signals/model/load';
import { signalsView, type SignalsView } from '../../../../../shared/signals/view';
import { readLatestCustomerComments } from '../../../host/customer-comments';
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
    const [words] = await Promise.all([
      readLatestCustomerComments(client, http, retry),
      // The model only adds to the rules: if its chunk fails, the rules alone answer.
      loadSignalModel().catch(() => undefined),
    ]);
    if (!words.ok) return words;
    const timeZone = words.value.timeZone ?? settings.defaultTimeZone;
    // The mapped balance currency needs the user read the customer panel makes; a promise
    // written without a currency is priced in the account's default.
    const currency = settings.defaultCurrency;
    const readings = words.value.comments.map((comment) => ({
      commentId: String(comment.id),
      reading: readCustomerMessage(comment.text, {
        locale: readerLocale(words.value.locale),
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
