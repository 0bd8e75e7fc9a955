/**
 * The card with only the panels a test is about, in the contact record's tab: its real services over
 * the mock SDK and msw (see factories). Returns the renderer to find and wait with.
 */
import { expect } from '@jest/globals';
import { Button, StatusTag, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { manageAppsPermission } from '../../apps/hubspot/card/settings/first-run';
import { Card } from '../../apps/hubspot/card/ui/Card';
import type { CardPanel } from '../../apps/hubspot/card/ui/panels';
import { PlansPanel } from '../../apps/hubspot/card/ui/panels/plans/PlansPanel';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import {
  contactProperties,
  createTestServices,
  type TestServicesOptions,
  patiently,
} from './factories';

/** The plans panel alone. */
export const plansOnly = [{ id: 'plans', title: 'card.plans.title' as const, Panel: PlansPanel }];
/** The tone check alone. */
export const toneOnly = [{ id: 'tone', title: 'tone.title' as const, Panel: TonePanel }];

/** A contact whose language is English, whatever the user's locale. */
export const englishContact: TestServicesOptions = {
  properties: contactProperties({ hs_language: 'en' }),
};

/** Renders `panels` of the card with these services, for a user who may change app settings or not. */
export function renderPanels(
  panels: readonly CardPanel[],
  options: TestServicesOptions = {},
  canChangeSettings = false,
) {
  const renderer = createRenderer('crm.record.tab');
  renderer.mocks.context.user.permissions = canChangeSettings ? [manageAppsPermission] : [];
  renderer.render(<Card services={createTestServices(options)} panels={panels} />);
  return renderer;
}

/** Writes `text`, a kind draft, in the tone panel, waits for its verdict and copies it to send. */
export async function copyKindDraft(renderer: ReturnType<typeof renderPanels>, text: string) {
  await renderer.waitFor(
    () => expect(renderer.findByTestId(TextArea, 'draft').props.label).toBeTruthy(),
    patiently,
  );
  renderer.findByTestId(TextArea, 'draft').props.onInput?.(text);
  await renderer.waitFor(
    () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Kind and clear'),
    patiently,
  );
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(false),
    patiently,
  );
  renderer.findByTestId(Button, 'draft-copy').trigger('onClick');
}
