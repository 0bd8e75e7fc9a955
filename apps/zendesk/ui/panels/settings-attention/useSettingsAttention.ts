/**
 * The settings check on load: validates the installation's parameters, knows whether the viewer is
 * an admin, and tracks the admin's first-run checklist (fields mapped, policy set, a test draft
 * checked). The test-draft step is remembered in this browser's localStorage per installation.
 */
import { useCallback, useEffect, useState } from 'react';
import { writeDraft } from '../../../host/draft';
import type { LoadedSettings } from '../../../host/settings-on-load';
import { readAgentRole } from '../../../host/agent';
import { useHost } from '../../ClientProvider';
import { useLoadedSettings } from '../../useLoadedSettings';

/** The admin's first-run steps and whether each is done. */
export interface FirstRunChecklist {
  fieldsMapped: boolean;
  policySet: boolean;
  testDraftChecked: boolean;
}

/** The checklist from the loaded settings and whether a test draft was checked here. */
export function firstRunChecklist(
  loaded: LoadedSettings,
  testDraftChecked: boolean,
): FirstRunChecklist {
  const fieldsMapped =
    !loaded.errors.some((error) => error.field.startsWith('fields.')) &&
    !loaded.attention.some((item) => item.code === 'field-not-mapped');
  const policySet = !loaded.errors.some((error) => error.field.startsWith('policy.'));
  return { fieldsMapped, policySet, testDraftChecked };
}

/** localStorage can be missing or refuse (privacy settings): then the step is simply not remembered. */
function remembered(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === 'yes';
  } catch {
    return false;
  }
}

function remember(key: string): void {
  try {
    window.localStorage.setItem(key, 'yes');
  } catch {
    // Not remembered across reloads; the step still shows as done for this session.
  }
}

/** Who is looking (`admin` or not), the loaded settings, the checklist and the test-draft action. */
export function useSettingsAttention() {
  const { client, metadata } = useHost();
  const loaded = useLoadedSettings();
  const storageKey = `tactful:test-draft-checked:${metadata.installationId ?? 'local'}`;
  const [isAdmin, setIsAdmin] = useState<boolean | undefined>(undefined);
  const [testDraftChecked, setTestDraftChecked] = useState(() => remembered(storageKey));

  useEffect(() => {
    let active = true;
    void readAgentRole(client).then((reply) => {
      // When the role cannot be read, show the agent's notice: it never exposes admin detail.
      if (active) setIsAdmin(reply.ok && reply.value === 'admin');
    });
    return () => {
      active = false;
    };
  }, [client]);

  /** Puts a sample harsh draft in the editor so the admin sees the tone check at work. */
  const checkTestDraft = useCallback(
    async (sampleHtml: string) => {
      const written = await writeDraft(client, sampleHtml);
      if (!written.ok) return false;
      remember(storageKey);
      setTestDraftChecked(true);
      return true;
    },
    [client, storageKey],
  );

  return {
    isAdmin,
    loaded,
    checklist: firstRunChecklist(loaded, testDraftChecked),
    checkTestDraft,
  };
}
