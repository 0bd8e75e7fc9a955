// The playground's Zendesk customers between them say every kind of thing issue 20 reads (its
// "done means": the seed customers include at least one of each kind), read as the sidebar reads
// them: each open ticket's requester comments through the host adapter (Ticket Comments API pages
// from the seeded mock account, newest first, older pages followed), in the requester's language
// and time zone and the account's currency, with the learned model loaded.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import {
  readCustomerCommentPage,
  readLatestCustomerComments,
  type CustomerComment,
} from '../../apps/zendesk/host/customer-comments';
import { readShellSettings } from '../../apps/zendesk/host/settings';
import { seedUsers } from '../../mocks/zendesk/seed';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { defaultModelSettings, requesterFrom } from '../../mocks/zendesk/ticket-model';
import { readCustomerMessage, signalKinds, type Signal } from '../../shared/signals';
import { readerLocaleFor } from '../../shared/signals/message-text';
import { loadSignalModel } from '../../shared/signals/model/load';

const noWait = { sleep: async () => undefined };
const settings = readShellSettings(defaultModelSettings);
/** The seed's day: 25 November 2026, mid-afternoon in London. */
const now = Date.UTC(2026, 10, 25, 15);

/** Every comment the sidebar would read on the customer's open ticket, and the signals in each. */
async function signalsOnOpenTicket(customerIndex: number): Promise<Signal[]> {
  const user = seedUsers()[customerIndex];
  if (!user) throw new Error(`The seed has no customer ${customerIndex}`);
  // Seed convention: ticket n is customer n's open conversation (9001 → ticket 1).
  const client = createFakeZafClient({
    ticket: { id: customerIndex + 1, requester: requesterFrom(user) },
  });
  const http = createZafHttpPort(client);
  const first = await readLatestCustomerComments(client, http, noWait);
  if (!first.ok) throw new Error(`Reading ticket ${customerIndex + 1}: ${first.error.message}`);
  const comments: CustomerComment[] = [...first.value.comments];
  let next = first.value.nextPath;
  while (next !== undefined) {
    const page = await readCustomerCommentPage(http, noWait, next, user.id);
    if (!page.ok) throw new Error(`Reading an older page: ${page.error.message}`);
    comments.push(...page.value.comments);
    next = page.value.nextPath;
  }
  const timeZone = first.value.timeZone ?? settings.defaultTimeZone;
  return comments.flatMap(
    (comment) =>
      readCustomerMessage(comment.text, {
        locale: readerLocaleFor(first.value.locale),
        now,
        ...(timeZone ? { timeZone } : {}),
        ...(settings.defaultCurrency ? { currency: settings.defaultCurrency } : {}),
      }).signals,
  );
}

describe('the Zendesk playground seed, read as the sidebar reads it', () => {
  let read: Signal[][] = [];
  beforeAll(async () => {
    await loadSignalModel();
    read = [];
    for (const index of seedUsers().keys()) read.push(await signalsOnOpenTicket(index));
  });

  it('shows every kind of customer signal on some customer’s open ticket', () => {
    const seen = new Set(read.flat().map((signal) => signal.kind));
    expect(signalKinds.filter((kind) => !seen.has(kind))).toEqual([]);
  });

  it('shows the vulnerable-customer prompt for one customer’s words', () => {
    expect(read.flat().some((signal) => signal.selfHarm === true)).toBe(true);
  });

  it('reads Spanish-speaking customers’ signals in Spanish', () => {
    const spanish = seedUsers().flatMap((user, index) =>
      readerLocaleFor(user.locale) === 'es' ? (read[index] ?? []) : [],
    );
    expect(spanish.length).toBeGreaterThan(0);
  });
});
