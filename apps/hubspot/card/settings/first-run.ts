/**
 * The admin's first-run checklist in HubSpot, as plain data: are the balance, currency and due-date
 * fields mapped (and, on a contact, readable), has the portal saved its own policy, and has the
 * admin seen the tone check at work on a test draft. The card and the settings page show it.
 */
import {
  backendPaths,
  contactCollectionsSchema,
  languagePaths,
  toneCheckReplySchema,
} from '../../contract';
import { err, ok, type Result } from '../../../../shared/ports';
import type { ToneSettings } from '../../../../shared/settings';
import type { FirstRunChecklistOn } from '../../../../shared/settings/first-run-view';
import type { Finding } from '../../../../shared/tone/types';
import type { BackendClient, BackendError } from '../host/backend-client';
import { toneCheckOptions } from '../host/tone-check-options';
import type { LoadedPortalSettings } from './portal-settings';

/**
 * The card's first-run steps and whether each is done: balance, currency and due-date fields set in
 * the settings and none unreadable on the contact; the portal saved valid settings of its own; the
 * company name and payment link the templates need are set; a test draft was checked (this visit).
 */
export type FirstRunChecklist = FirstRunChecklistOn<'hubspot'>;

/** HubSpot's permission for changing app settings: only such users see the checklist. */
export const manageAppsPermission = 'integrations-management-write';

/** True when the user may change Tactful's settings (HubSpot's `context.user.permissions`). */
export const canChangeSettings = (user: { permissions: readonly string[] }): boolean =>
  user.permissions.includes(manageAppsPermission);

/**
 * The checklist for the portal's loaded settings, the properties the backend could not read on the
 * contact the card is on (none on the settings page), and whether a test draft was checked.
 */
export function firstRunChecklist(
  loaded: LoadedPortalSettings,
  unreadable: readonly string[],
  testDraftChecked: boolean,
): FirstRunChecklist {
  const { fields } = loaded.settings;
  const balanceFields = [fields.balance, fields.currency, fields.dueDate];
  const fieldsMapped =
    balanceFields.every((name) => name.trim() !== '') &&
    !loaded.problems.some((problem) => problem.field.startsWith('fields.')) &&
    !unreadable.some((name) => balanceFields.includes(name));
  const policySet = loaded.saved && loaded.problems.length === 0;
  const { companyName, paymentLink } = loaded.settings.outreach;
  const outreachSet = companyName.trim() !== '' && paymentLink.trim() !== '';
  return { fieldsMapped, policySet, outreachSet, testDraftChecked };
}

/**
 * True while a step that stops Tactful working (or leaves every template half filled) is open:
 * the card's panel shows only then.
 */
export const setupIncomplete = (checklist: FirstRunChecklist): boolean =>
  !checklist.fieldsMapped || !checklist.policySet || !checklist.outreachSet;

/** A harsh collections message, so the admin sees what the tone check stops. */
export const testDraftSample =
  "You haven't paid your bill. If we don't hear from you by Friday we will take you to court.";

/**
 * What the tone check (our backend's, as for any draft) finds in the sample with these tone
 * settings, which may be the settings page's unsaved ones (problems only).
 */
export async function checkTestDraft(
  backend: BackendClient,
  tone: ToneSettings,
): Promise<Result<Finding[], BackendError>> {
  const reply = await backend.request(
    {
      method: 'POST',
      path: languagePaths.toneCheck,
      body: { ...toneCheckOptions('en', tone), text: testDraftSample },
    },
    toneCheckReplySchema,
  );
  if (!reply.ok) return reply;
  return ok(reply.value.findings.filter((finding) => finding.severity !== 'info'));
}

/**
 * The properties our backend could not read on this contact (`unreadable` in the collections
 * reply), to tell a mapped-but-broken balance field from a working one.
 */
export async function loadUnreadableProperties(
  backend: BackendClient,
  contactId: string,
): Promise<Result<string[], BackendError>> {
  const reply = await backend.request(
    { path: backendPaths.collections(contactId) },
    contactCollectionsSchema,
  );
  return reply.ok ? ok(reply.value.unreadable) : err(reply.error);
}
