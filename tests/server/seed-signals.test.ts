// The playground's HubSpot contacts between them say every kind of thing issue 20 reads (its "done
// means": the seed customers include at least one of each kind), read as the card reads them: the
// newest inbound email our backend passes on with the first engagements page (over the seeded mock
// portal), as text, in the language, time zone and balance currency of the collections reply, with
// the learned model loaded.
import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  backendPaths,
  contactCollectionsSchema,
  engagementPageSchema,
} from '../../apps/hubspot/contract';
import { engagementPageSize } from '../../apps/hubspot/card/ui/services';
import { createHubSpotSeed } from '../../mocks/hubspot/seed';
import { decodeHubSpotTimeZone } from '../../shared/calendar/hubspot-timezone';
import { readCustomerMessage, signalKinds, type Signal } from '../../shared/signals';
import {
  customerMessageText,
  looksLikeHtml,
  readerLocaleFor,
} from '../../shared/signals/message-text';
import { loadSignalModel } from '../../shared/signals/model/load';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));
beforeEach(async () => {
  await loadSignalModel();
});

/** The signals in the contact's newest inbound email, none when they have not written. */
async function signalsOnCard(contactId: string): Promise<Signal[]> {
  const [pageReply, collectionsReply] = await Promise.all([
    h.call('GET', backendPaths.engagements(contactId), {
      query: { limit: String(engagementPageSize) },
    }),
    h.call('GET', backendPaths.collections(contactId)),
  ]);
  const page = engagementPageSchema.parse(pageReply.body);
  const contact = contactCollectionsSchema.parse(collectionsReply.body);
  const email = page.latestInboundEmail;
  if (email === undefined) return [];
  const text = customerMessageText(
    looksLikeHtml(email.text) ? { html: email.text } : { text: email.text },
  );
  const timeZone = decodeHubSpotTimeZone(contact.timeZone);
  const currency = contact.balance?.currency;
  return readCustomerMessage(text, {
    locale: readerLocaleFor(contact.language),
    now: h.now(),
    ...(timeZone ? { timeZone } : {}),
    ...(currency ? { currency } : {}),
  }).signals;
}

describe('the HubSpot playground seed, read as the card reads it', () => {
  it('shows every kind of customer signal on some contact’s card, the vulnerable-customer prompt too', async () => {
    const read: Signal[] = [];
    for (const contact of createHubSpotSeed().contacts)
      read.push(...(await signalsOnCard(contact.id)));
    const seen = new Set(read.map((signal) => signal.kind));
    expect(signalKinds.filter((kind) => !seen.has(kind))).toEqual([]);
    expect(read.some((signal) => signal.selfHarm === true)).toBe(true);
  });
});
