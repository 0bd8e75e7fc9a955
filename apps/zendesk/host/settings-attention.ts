/**
 * What "Settings need attention" shows, from the settings as loaded: the problems that stop a
 * feature, the warnings, and the admin's first-run checklist (fields mapped, policy set, a test
 * draft checked). The test-draft step is remembered in this browser's localStorage per installation.
 */
import { firstRunDone, type FirstRunChecklistOn } from '../../../shared/settings/first-run-view';
import { readAgentRole } from './agent';
import { writeDraft } from './draft';
import type { LoadedSettings } from './settings-on-load';
import type { ZafClient } from './zaf-client';

/** The admin's first-run steps on the sidebar and whether each is done. */
export type FirstRunChecklist = FirstRunChecklistOn<'zendesk'>;

/** The notice's content: problems and warnings in the agent's language, and the checklist. */
export interface SettingsAttentionView {
  /** Parameters Tactful cannot use, and valid settings that still stop a feature. */
  problems: string[];
  warnings: LoadedSettings['attention'];
  checklist: FirstRunChecklist;
  checklistDone: boolean;
}

/** The notice for the loaded settings, with whether a test draft was checked here. */
export function settingsAttentionView(
  loaded: LoadedSettings,
  testDraftChecked: boolean,
): SettingsAttentionView {
  const checklist = {
    fieldsMapped:
      !loaded.errors.some((error) => error.field.startsWith('fields.')) &&
      !loaded.attention.some((item) => item.code === 'field-not-mapped'),
    policySet: !loaded.errors.some((error) => error.field.startsWith('policy.')),
    testDraftChecked,
  };
  return {
    problems: [
      ...loaded.errors.map((error) => error.message),
      ...loaded.attention.filter((item) => item.severity === 'error').map((item) => item.message),
    ],
    warnings: loaded.attention.filter((item) => item.severity === 'warning'),
    checklist,
    checklistDone: firstRunDone({ host: 'zendesk', checklist }),
  };
}

/** Where this browser remembers that an installation's admin checked a test draft. */
export const testDraftKey = (installationId: number | undefined) =>
  `tactful:test-draft-checked:${installationId ?? 'local'}`;

/** localStorage can be missing or refuse (privacy settings): then the step is simply not remembered. */
export function remembered(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === 'yes';
  } catch {
    return false;
  }
}

/** Remembers a done step in this browser, when it may. */
export function remember(key: string): void {
  try {
    window.localStorage.setItem(key, 'yes');
  } catch {
    // Not remembered across reloads; the step still shows as done for this session.
  }
}

/** True only for an admin; an agent, or a role that cannot be read, gets the agent's notice. */
export async function readIsAdmin(client: ZafClient): Promise<boolean> {
  const reply = await readAgentRole(client);
  // When the role cannot be read, show the agent's notice: it never exposes admin detail.
  return reply.ok && reply.value === 'admin';
}

/**
 * Puts a sample harsh draft (`sampleHtml`) in the editor so the admin sees the tone check at work,
 * and remembers the step under `key` once it is there; false when the editor refused it.
 */
export async function tryTestDraft(
  client: ZafClient,
  key: string,
  sampleHtml: string,
): Promise<boolean> {
  const written = await writeDraft(client, sampleHtml);
  if (written.ok) remember(key);
  return written.ok;
}
