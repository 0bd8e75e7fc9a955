/** The installation's settings, validated once per host and agent language, for any panel's hook. */
import { useMemo } from 'react';
import { loadSettings, settingsLocaleFor, type LoadedSettings } from '../host/settings-on-load';
import type { ZafMetadata } from '../host/zaf-client';
import { useHost } from './ClientProvider';

/**
 * Each host's parameters (the metadata's own object) → its validation by settings language: the
 * tone panel, the settings check and the plan panel each ask, and one validation of every
 * parameter is tens of milliseconds on a slow CPU (issue 16), so it runs once.
 */
const validated = new WeakMap<ZafMetadata['settings'], Map<string, LoadedSettings>>();

/** `loadSettings` of `params` for the agent's language, validated once (the save hook asks outside React). */
export function loadedSettingsFor(
  params: ZafMetadata['settings'],
  agentLocale: string,
): LoadedSettings {
  const locale = settingsLocaleFor(agentLocale);
  const byLocale = validated.get(params) ?? new Map<string, LoadedSettings>();
  validated.set(params, byLocale);
  const known = byLocale.get(locale);
  if (known !== undefined) return known;
  const loaded = loadSettings(params, locale);
  byLocale.set(locale, loaded);
  return loaded;
}

/** What `loadSettings` makes of the parameters, with problems worded in the agent's language. */
export function useLoadedSettings(): LoadedSettings {
  const { metadata, agentLocale } = useHost();
  return useMemo(
    () => loadedSettingsFor(metadata.settings, agentLocale),
    [metadata.settings, agentLocale],
  );
}
