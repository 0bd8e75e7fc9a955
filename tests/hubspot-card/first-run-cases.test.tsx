// The shared first-run cases (shared/testing/first-run-cases.ts) through the card: an admin's
// "Set up Tactful" lists the steps shared/settings/first-run-view.ts decides, in its order, each
// Done or To do and marked as it decides, as the Zendesk sidebar does. Settings come from msw; the
// test draft is checked with the checklist's own button.
import { describe, expect, it } from '@jest/globals';
import { Button, Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import { statusTagVariant } from '../../apps/hubspot/card/ui/emphasis';
import { OverviewPanel } from '../../apps/hubspot/card/ui/panels/overview/OverviewPanel';
import { defaultSettings } from '../../shared/settings';
import { firstRunCases, listedFor, type FirstRunCase } from '../../shared/testing/first-run-cases';
import { server } from '../../mocks/node';
import { collectionsHandler, emptyPortalHandlers, patiently, settingsHandler } from './factories';
import { renderPanels } from './render-panels';

const overviewOnly = [
  { id: 'overview', title: 'card.overview.title' as const, Panel: OverviewPanel },
];

const labels = {
  fieldsMapped: 'Balance, currency and due-date properties mapped and readable',
  policySet: 'Payment-plan policy saved for this portal',
  outreachSet: 'Company name and payment link set, for the templates',
  testDraftChecked: 'A test draft checked',
};
const states = { done: 'Done', todo: 'To do' };

/** The portal's saved settings that leave open the steps `done` says are open. */
const settingsFor = ({ done }: FirstRunCase) => ({
  ...defaultSettings,
  fields: {
    ...defaultSettings.fields,
    balance: done.includes('fieldsMapped') ? defaultSettings.fields.balance : '',
  },
  policy: { ...defaultSettings.policy, currency: done.includes('policySet') ? 'USD' : 'dollars' },
  outreach: done.includes('outreachSet')
    ? { companyName: 'Acme Lending', paymentLink: 'https://pay.acme.test' }
    : defaultSettings.outreach,
});

describe('HubSpot card: the shared first-run cases', () => {
  it.each(firstRunCases)('$name', async (c) => {
    server.use(...emptyPortalHandlers(), collectionsHandler());
    // Last in, first asked: this portal's settings over the empty portal's.
    server.use(settingsHandler(settingsFor(c)));
    const renderer = renderPanels(overviewOnly, {}, true);
    await renderer.waitFor(
      () => expect(renderer.maybeFindByTestId(StatusTag, 'setup-fields-mapped')).toBeTruthy(),
      patiently,
    );

    if (c.done.includes('testDraftChecked')) {
      renderer.findByTestId(Button, 'setup-check-test-draft').trigger('onClick');
      await renderer.waitFor(
        () => expect(renderer.findByTestId(StatusTag, 'setup-test-draft').text).toBe(states.done),
        patiently,
      );
    }

    // Each step is a row: its state's tag, then its label.
    const steps = renderer.findAll(Flex).flatMap((row) => {
      const tag = row.maybeFind(StatusTag);
      if (row.props.direction !== 'row' || !tag?.props.testId?.startsWith('setup-')) return [];
      return [[row.find(Text).text, tag.text, tag.props.variant]];
    });
    expect(steps).toEqual(
      listedFor('hubspot', c).map(([step, state, emphasis]) => [
        labels[step],
        states[state],
        statusTagVariant[emphasis],
      ]),
    );
  });
});
