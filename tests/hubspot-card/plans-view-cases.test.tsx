// The shared plan chooser cases (shared/testing/plan-chooser-cases.ts) driven through the real
// card: the "needs a longer plan" notices and the options are what shared/plans/view.ts decides,
// as in the Zendesk sidebar (that no plan fits included).
import { describe, expect, it } from '@jest/globals';
import { Alert, Input, Select } from '@hubspot/ui-extensions';
import { server } from '../../mocks/node';
import { createTranslator } from '../../shared/i18n';
import { planChooserCases } from '../../shared/testing/plan-chooser-cases';
import { engagementsHandler, settingsHandler, patiently } from './factories';
import { plansOnly, renderPanels } from './render-panels';

const t = createTranslator('en');

describe('HubSpot card: the shared plan chooser cases', () => {
  it.each(planChooserCases)('$name', async (c) => {
    server.use(settingsHandler(), engagementsHandler());
    const renderer = renderPanels(plansOnly);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
      patiently,
    );
    renderer.findByTestId(Input, 'plan-amount').props.onInput?.(c.perMonth);

    const monthly = t('plans.kinds.instalments', { frequency: t('plans.frequencies.monthly') });
    await renderer.waitFor(() => {
      const labels = renderer
        .findByTestId(Select, 'plan-choice')
        .props.options.map((option) => option.label);
      expect(labels.includes(monthly)).toBe(c.monthlyInstalments);
    }, patiently);
    const longer = renderer
      .findAll(Alert)
      .map((alert) => alert.props.testId ?? '')
      .filter((id) => id.startsWith('plans-needs-longer-plan-'));
    expect(longer).toEqual(c.longer.map((frequency) => `plans-needs-longer-plan-${frequency}`));
    const nothingFits = renderer.maybeFindByTestId(Alert, 'plans-nothing-fits');
    expect(nothingFits?.props.title ?? null).toBe(
      c.nothingFits ? t('plans.nothingFits.title') : null,
    );
  });
});
