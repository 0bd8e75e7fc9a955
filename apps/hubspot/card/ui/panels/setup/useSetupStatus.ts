/**
 * The card's setup check, for users who can change Tactful's settings: the portal's settings and
 * the properties our backend could not read on this contact, as a first-run checklist. Loads
 * nothing for other users.
 */
import { useCallback, useMemo } from 'react';
import { ok, type Result } from '../../../../../../shared/ports';
import type { Finding } from '../../../../../../shared/tone/types';
import type { BackendErrorCode } from '../../../host/backend-client';
import {
  firstRunChecklist,
  loadUnreadableProperties,
  type FirstRunChecklist,
} from '../../../settings/first-run';
import { loadPortalSettings, type LoadedPortalSettings } from '../../../settings/portal-settings';
import { useTestDraft } from '../../../settings/use-test-draft';
import { useCardServices } from '../../services';
import { useLoaded } from '../../../../../react/load';

/** What the setup panel shows: nothing (not an admin, or still loading), or the checklist. */
export type SetupStatus =
  | { kind: 'hidden' }
  | {
      kind: 'checklist';
      checklist: FirstRunChecklist;
      testFindings: readonly Finding[] | undefined;
      testDraftFailed: BackendErrorCode | undefined;
      checkTestDraft: () => void;
    };

interface Loaded {
  settings: LoadedPortalSettings;
  unreadable: string[];
}

/** The checklist for an admin; `hidden` for everyone else and while (or if) it cannot be read. */
export function useSetupStatus(isAdmin: boolean): SetupStatus {
  const { backend, crm } = useCardServices();
  const load = useCallback(async (): Promise<Result<Loaded | undefined, never>> => {
    if (!isAdmin) return ok(undefined);
    const [settings, unreadable] = await Promise.all([
      loadPortalSettings(backend),
      loadUnreadableProperties(backend, crm.scope.contactId),
    ]);
    // The checklist is a hint: if the backend cannot answer, the panels below say so already.
    if (!settings.ok) return ok(undefined);
    return ok({ settings: settings.value, unreadable: unreadable.ok ? unreadable.value : [] });
  }, [isAdmin, backend, crm]);
  const { state } = useLoaded(load);
  const testDraft = useTestDraft(backend);
  const testFindings = testDraft.findings;
  const loaded = state.status === 'ready' ? state.value : undefined;

  return useMemo((): SetupStatus => {
    if (loaded === undefined) return { kind: 'hidden' };
    return {
      kind: 'checklist',
      checklist: firstRunChecklist(loaded.settings, loaded.unreadable, testFindings !== undefined),
      testFindings,
      testDraftFailed: testDraft.failed,
      checkTestDraft: () => testDraft.check(loaded.settings.settings.tone),
    };
  }, [loaded, testFindings, testDraft]);
}
