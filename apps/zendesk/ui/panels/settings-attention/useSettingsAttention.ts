/**
 * The settings check on load: whether the viewer is an admin, what the installation's settings
 * need (host/settings-attention), and the admin's "try a test draft" step, remembered per browser.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  readIsAdmin,
  remembered,
  settingsAttentionView,
  testDraftKey,
  tryTestDraft,
} from '../../../host/settings-attention';
import { useHost } from '../../ClientProvider';
import { useLoadedSettings } from '../../useLoadedSettings';

/** Who is looking (`admin` or not), what the settings need, and the test-draft action and outcome. */
export function useSettingsAttention() {
  const { client, metadata } = useHost();
  const loaded = useLoadedSettings();
  const storageKey = testDraftKey(metadata.installationId);
  const [isAdmin, setIsAdmin] = useState<boolean | undefined>(undefined);
  const [testDraftChecked, setTestDraftChecked] = useState(() => remembered(storageKey));
  const [testDraftFailed, setTestDraftFailed] = useState(false);

  useEffect(() => {
    let active = true;
    void readIsAdmin(client).then((admin) => active && setIsAdmin(admin));
    return () => {
      active = false;
    };
  }, [client]);

  /** Puts a sample harsh draft in the editor so the admin sees the tone check at work. */
  const checkTestDraft = useCallback(
    async (sampleHtml: string) => {
      const done = await tryTestDraft(client, storageKey, sampleHtml);
      if (done) setTestDraftChecked(true);
      setTestDraftFailed(!done);
    },
    [client, storageKey],
  );

  const view = settingsAttentionView(loaded, testDraftChecked);
  const defaultsInUse = loaded.valid === undefined;
  return { isAdmin, defaultsInUse, ...view, checkTestDraft, testDraftFailed };
}
