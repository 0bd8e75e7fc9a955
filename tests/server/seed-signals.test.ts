// The playground's HubSpot contacts between them say every kind of thing issue 20 reads (its "done
// means": the seed customers include at least one of each kind), read as the card reads them: the
// newest inbound email, which our backend reads with the first engagements page (over the seeded
// mock portal), as text, in the contact's language, time zone and balance currency, with the
// learned model the backend loads at startup (the card's signals route).
import { describe, expect, it } from '@jest/globals';
import { languagePaths, signalsReplySchema, type SignalsReply } from '../../apps/hubspot/contract';
import { createHubSpotSeed } from '../../mocks/hubspot/seed';
import { signalKinds } from '../../shared/signals';
import { installedHarnessEachTest, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

/** The signals section of the contact's card: the backend's read of their newest inbound email. */
async function signalsOnCard(contactId: string): Promise<SignalsReply['view']['items']> {
  const reply = await h.call('GET', languagePaths.signals(contactId));
  expect(reply.status).toBe(200);
  return signalsReplySchema.parse(reply.body).view.items;
}

describe('the HubSpot playground seed, read as the card reads it', () => {
  it('shows every kind of customer signal on some contact’s card, the vulnerable-customer prompt too', async () => {
    const read: SignalsReply['view']['items'] = [];
    for (const contact of createHubSpotSeed().contacts)
      read.push(...(await signalsOnCard(contact.id)));
    const seen = new Set(read.map((signal) => signal.kind));
    expect(signalKinds.filter((kind) => !seen.has(kind))).toEqual([]);
    expect(read.some((signal) => signal.selfHarm)).toBe(true);
  });
});
