/**
 * Opening a customer's history: who the customer at this location is (one `client.get`), then, in
 * parallel, their profile and the first page of their requested tickets (two API requests). The
 * ticket sidebar, the profile sidebar and a new outbound ticket all open it this way.
 */
import type { PageOptions } from '../../../../shared/http';
import { ok, type HttpPort, type Result } from '../../../../shared/ports';
import type { CustomerReadError } from '../customer';
import type { ShellSettings } from '../settings';
import type { ZafClient } from '../zaf-client';
import type { HistorySettings } from './history-settings';
import { readHistoryCustomer, type HistoryCustomer } from './profile';
import { readProfileUserId } from './profile-user';
import { readTicketPage, type TicketPage } from './tickets';

/** A customer's profile and their newest tickets. */
export interface OpenedHistory {
  readonly customer: HistoryCustomer;
  readonly page: TicketPage;
}

/** What the host needs to open a history. */
export interface HistoryReader {
  readonly client: ZafClient;
  readonly http: HttpPort;
  readonly retry: PageOptions;
  readonly shell: ShellSettings;
  readonly settings: HistorySettings;
}

/** The customer at `location` and their first ticket page; undefined when there is none yet. */
export async function openCustomerHistory(
  reader: HistoryReader,
  location: string,
  now: Date,
): Promise<Result<OpenedHistory | undefined, CustomerReadError>> {
  const { client, http, retry, shell, settings } = reader;
  const userId = await readProfileUserId(client, location);
  if (!userId.ok || userId.value === undefined) return userId.ok ? ok(undefined) : userId;
  const [customer, page] = await Promise.all([
    readHistoryCustomer(http, retry, userId.value, shell, settings, now),
    readTicketPage(http, retry, userId.value),
  ]);
  if (!customer.ok) return customer;
  if (!page.ok) return page;
  return ok({ customer: customer.value, page: page.value });
}
