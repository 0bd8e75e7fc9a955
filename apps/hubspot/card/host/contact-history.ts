/**
 * What the history panel opens with, read through our backend: the contact's flags and due date
 * (collections), their time zone (decoded from `hs_timezone`, else the portal's, else the portal
 * settings' default), the portal's contact hours, and the first page of engagements.
 */
import { decodeHubSpotTimeZone } from '../../../../shared/calendar/hubspot-timezone';
import type { ContactEvent } from '../../../../shared/history';
import { ok, type Result } from '../../../../shared/ports';
import { defaultSettings } from '../../../../shared/settings';
import type { ContactFlag, EngagementPage } from '../../contract';
import { loadPortalSettings } from '../settings/portal-settings';
import type { BackendClient, BackendError } from './backend-client';
import type { RecordScope } from './crm-host';
import { loadContactFlags, toContactEvent } from './engagements';

/** What the first load brings. */
export interface HistoryStart {
  timeZone: string;
  dueDate?: string;
  flags: ContactFlag[];
  quietHours: { start: string; end: string };
  events: ContactEvent[];
  nextCursor?: string;
}

/** Reads the history panel's start; `firstPage` is the card's opening page of engagements. */
export async function openContactHistory(
  backend: BackendClient,
  scope: Pick<RecordScope, 'contactId' | 'portalTimeZone'>,
  firstPage: () => Promise<Result<EngagementPage, BackendError>>,
): Promise<Result<HistoryStart, BackendError>> {
  const [collections, settings, page] = await Promise.all([
    loadContactFlags(backend, scope.contactId),
    loadPortalSettings(backend),
    firstPage(),
  ]);
  if (!page.ok) return page;
  if (!collections.ok) return collections;
  const contact = settings.ok ? settings.value.settings.contact : defaultSettings.contact;
  const timeZone =
    decodeHubSpotTimeZone(collections.value.timeZone) ??
    decodeHubSpotTimeZone(scope.portalTimeZone) ??
    contact.defaultTimeZone;
  return ok({
    timeZone,
    ...(collections.value.due === undefined ? {} : { dueDate: collections.value.due }),
    flags: collections.value.flags,
    quietHours: contact.contactHours,
    events: page.value.engagements.map(toContactEvent),
    ...(page.value.nextCursor === undefined ? {} : { nextCursor: page.value.nextCursor }),
  });
}
