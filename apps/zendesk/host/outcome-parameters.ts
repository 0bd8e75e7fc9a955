/**
 * The outcomes settings (shared/outcomes/settings.ts) from Zendesk installation parameters
 * (declared in zendesk-parameters.ts): whether tone events are recorded, the groups whose members
 * see the outcomes page, and whether they see other agents' rows. Read without zod: the sidebar asks
 * on every save. Anything unreadable falls back to the default, which never widens access.
 */
import { defaultOutcomesSettings } from '../../../shared/outcomes/settings-defaults';
import type { ZendeskParameterName } from './zendesk-parameters';

export interface ZendeskOutcomesSettings {
  recordToneEvents: boolean;
  /** Zendesk group ids, as text. */
  viewerTeamIds: string[];
  viewerTeamsSeeEveryAgent: boolean;
}

type Params = Readonly<Record<string, unknown>>;

function checkbox(params: Params, name: ZendeskParameterName, byDefault: boolean): boolean {
  const value = params[name];
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return byDefault;
}

/** Group ids as an admin types them: separated by commas, spaces or lines; digits only. */
export function groupIdsFrom(value: unknown): string[] {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const ids = text.split(/[\s,;]+/).filter((id) => /^\d{1,20}$/.test(id));
  return [...new Set(ids)].slice(0, 100);
}

export function outcomesSettingsFromZendeskParameters(params: Params): ZendeskOutcomesSettings {
  return {
    recordToneEvents: checkbox(
      params,
      'outcomes_record_tone_events',
      defaultOutcomesSettings.recordToneEvents,
    ),
    viewerTeamIds: groupIdsFrom(params['outcomes_viewer_group_ids']),
    viewerTeamsSeeEveryAgent: checkbox(
      params,
      'outcomes_viewer_groups_see_every_agent',
      defaultOutcomesSettings.viewerTeamsSeeEveryAgent,
    ),
  };
}
