// The shared first-run cases (shared/testing/first-run-cases.ts) through the sidebar: an admin's
// "Getting started" lists the steps shared/settings/first-run-view.ts decides, in its order, each
// Done or To do, as the HubSpot card does. The test draft is checked with the checklist's button.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../shared/i18n';
import { firstRunCases, listedFor, type FirstRunCase } from '../../shared/testing/first-run-cases';
import { renderSidebar } from './render-sidebar';

const t = createTranslator('en');

const labels = {
  fieldsMapped: t('settingsAttention.checklist.fieldsMapped'),
  policySet: t('settingsAttention.checklist.policySet'),
  testDraftChecked: t('settingsAttention.checklist.testDraft'),
};
const states = {
  done: t('settingsAttention.checklist.done'),
  todo: t('settingsAttention.checklist.todo'),
};

/** The app's parameters that leave open the steps `done` says are open. */
const parametersFor = ({ done }: FirstRunCase) => ({
  outreach_company_name: 'Acme Lending',
  ...(done.includes('fieldsMapped') ? {} : { field_balance: '' }),
  ...(done.includes('policySet') ? {} : { policy_currency: 'dollars' }),
});

beforeEach(() => window.localStorage.clear());

describe('Zendesk sidebar: the shared first-run cases', () => {
  it.each(firstRunCases)('$name', async (c) => {
    renderSidebar(() => ({ currentUser: { role: 'admin' }, settings: parametersFor(c) }));
    const checklist = await screen.findByRole('region', {
      name: t('settingsAttention.checklist.title'),
    });
    if (c.done.includes('testDraftChecked')) {
      const check = t('settingsAttention.checklist.tryTestDraft');
      await userEvent.click(within(checklist).getByRole('button', { name: check }));
      await waitFor(() =>
        expect(within(checklist).queryByRole('button', { name: check })).toBeNull(),
      );
    }
    const items = within(checklist).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(
      listedFor('zendesk', c).map(([step, state]) => `${labels[step]} ${states[state]}`),
    );
  });
});
