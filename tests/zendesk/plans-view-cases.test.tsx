// The shared plan chooser cases (shared/testing/plan-chooser-cases.ts) driven through the real
// sidebar: the "needs a longer plan" notices and the options are what shared/plans/view.ts decides,
// in the catalog's words, as on the HubSpot card (that no plan fits included).
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPlanHandlers } from '../../mocks/zendesk/plans';
import { server } from '../../mocks/node';
import { createTranslator } from '../../shared/i18n';
import { planChooserCases } from '../../shared/testing/plan-chooser-cases';
import { renderSidebar } from './render-sidebar';

const t = createTranslator('en');
/** How every "needs a longer plan" notice begins, up to its frequency: "Needs a longer plan … (". */
const longerPrefix =
  t('plans.needsLongerPlan', {
    frequency: '|',
    months: 0,
    needed: '',
    shortfall: '',
    affordable: '',
  }).split('|')[0] ?? '';

describe('Zendesk sidebar: the shared plan chooser cases', () => {
  it.each(planChooserCases)('$name', async (c) => {
    const rendered = renderSidebar();
    server.use(...createPlanHandlers(rendered.world, new Map()));
    const section = await screen.findByRole('region', { name: t('plans.title') });
    await userEvent.click(within(section).getByRole('button', { name: t('plans.open') }));
    await userEvent.type(await within(section).findByLabelText(t('plans.amountLabel')), c.perMonth);
    await userEvent.click(within(section).getByRole('button', { name: t('plans.showOptions') }));

    const options = await within(section).findByRole('group', { name: t('plans.optionsTitle') });
    const monthly = within(options).queryByRole('radio', {
      name: t('plans.kinds.instalments', { frequency: t('plans.frequencies.monthly') }),
    });
    expect(monthly !== null).toBe(c.monthlyInstalments);
    const longer = within(section)
      .queryAllByRole('status')
      .map((notice) => notice.textContent ?? '')
      .filter((text) => text.startsWith(longerPrefix))
      .map((text) => text.slice(longerPrefix.length, text.indexOf(')')));
    expect(longer).toEqual(c.longer.map((frequency) => t(`plans.frequencies.${frequency}`)));
    const nothingFits = within(section).queryByText(t('plans.nothingFits.title'));
    expect(nothingFits !== null).toBe(c.nothingFits);
    if (nothingFits) expect(nothingFits.closest('[role="status"]')).not.toBeNull();
  });
});
