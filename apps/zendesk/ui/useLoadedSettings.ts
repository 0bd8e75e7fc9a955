/** The installation's settings, validated once per host and agent language, for any panel's hook. */
import { useMemo } from 'react';
import { loadSettings, settingsLocaleFor, type LoadedSettings } from '../host/settings-on-load';
import { useHost } from './ClientProvider';

/** What `loadSettings` makes of the parameters, with problems worded in the agent's language. */
export function useLoadedSettings(): LoadedSettings {
  const { metadata, agentLocale } = useHost();
  return useMemo(
    () => loadSettings(metadata.settings, settingsLocaleFor(agentLocale)),
    [metadata.settings, agentLocale],
  );
}
