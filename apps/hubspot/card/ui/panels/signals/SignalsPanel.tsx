/**
 * "What the customer says": the signals in the contact's newest inbound email, drawn by the body
 * both hosts share (apps/react/panels/SignalsBody.tsx). Set flag goes through the history panel's
 * flag write, with the email as its source; Record promise, in one click, through the backend's
 * idempotent write.
 */
import { useState } from 'react';
import { ok } from '../../../../../../shared/ports';
import type { PromisePrefill } from '../../../../../../shared/signals/promise-offer';
import { createPromiseRecorder } from '../../../../../../shared/signals/promise-recording';
import { errorWords } from '../../../../../../shared/i18n/error-words';
import { signalsSectionView } from '../../../../../../shared/signals/view';
import { recordPromiseOffer } from '../../../host/signal-promise';
import { useRequestFlagReview } from '../../flag-request';
import { useCardServices } from '../../services';
import { useCardI18n } from '../../i18n';
import { Loadable } from '../../Loadable';
import { useSignals, type SignalsRead } from './useSignals';
import { SignalsBody } from '../../../../../react/panels/SignalsBody';
import { PromiseRecord } from '../../../../../react/panels/PromiseRecord';

/** The panel, wired to its controller. */
export function SignalsPanel() {
  const signals = useSignals();
  return (
    <Loadable load={signals} id="signals" loading="signals.loading">
      {(read) => <SignalsView read={read} />}
    </Loadable>
  );
}

function SignalsView({ read }: { read: SignalsRead }) {
  const { t, locale } = useCardI18n();
  const requestReview = useRequestFlagReview();
  const section = signalsSectionView(t, read, {
    sourceKind: 'hubspot-email',
    isSet: (flag) => read.setFlags.includes(flag),
    today: read.today,
    locale,
    currency: 'as-written',
  });
  return (
    <SignalsBody
      t={t}
      section={section}
      noMessage="card.signals.noEmail"
      onSetFlag={requestReview}
      recordPromise={(prefill, id) => <RecordPromise prefill={prefill} id={id} />}
    />
  );
}

/** One click records the promise as read, through the backend's idempotent write. */
function RecordPromise({ prefill, id }: { prefill: PromisePrefill; id: string }) {
  const { t } = useCardI18n();
  const { backend, crm } = useCardServices();
  const [recorder] = useState(() =>
    createPromiseRecorder((offer: PromisePrefill) =>
      recordPromiseOffer(
        backend,
        crm.scope.contactId,
        offer,
        t('signals.reviewFlagReason', { excerpt: offer.excerpt }),
      ),
    ),
  );
  return (
    <PromiseRecord
      t={t}
      id={id}
      recorder={recorder}
      onRecord={() => void recorder.submit(ok(prefill))}
      recorded={() => t('signals.promise.recorded')}
      failure={(error) => errorWords(t, { host: 'hubspot', error })}
    />
  );
}
