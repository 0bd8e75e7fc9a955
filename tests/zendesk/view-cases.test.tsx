// The shared view-model cases (shared/testing/view-cases.ts) driven through the real sidebar: the
// tone panel and the capacity form show what shared/<feature>/view.ts decides, in the catalog's words.
import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../shared/i18n';
import { createPlanHandlers } from '../../mocks/zendesk/plans';
import { server } from '../../mocks/node';
import { dueText } from '../../shared/overview/view';
import { defaultSettings } from '../../shared/settings';
import {
  capacityCases,
  dueCaseNow,
  dueViewCases,
  toneViewCases,
} from '../../shared/testing/view-cases';
import { renderForCustomerIn, renderSidebar, testNow } from './render-sidebar';

const t = createTranslator('en');

describe('Zendesk sidebar: the shared tone view cases', () => {
  it.each(toneViewCases)('$name', async (c) => {
    const { client } = renderSidebar();
    const panel = await screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
    act(() => client.model.typeDraft(`<p>${c.draft}</p>`));

    expect(
      await within(panel).findByText(t(c.verdictLabel), {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const findings = within(panel).queryByRole('region', { name: 'What to look at' });
    const listed = findings
      ? within(findings)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('q')?.textContent)
      : [];
    expect(listed).toEqual(c.problems);
    const good = within(panel).queryByRole('region', { name: 'What works' });
    // The good signs are the tags in the line under the section's heading.
    const tags = Array.from(good?.querySelector('h3 + div')?.children ?? []);
    expect(tags.map((tag) => tag.textContent)).toEqual(c.good);
    const applyAll = within(panel).queryByRole('button', { name: 'Apply all suggestions' });
    expect(applyAll !== null).toBe(c.applyAll);
    const items = findings ? within(findings).getAllByRole('listitem') : [];
    const applyButtons = items.map((item) =>
      within(item).queryByRole('button', { name: /^Apply the suggestion/ }),
    );
    expect(applyButtons.map((button) => button !== null)).toEqual(c.apply);

    // The panel's rewrite ("Apply all" when offered, else the first Apply) writes the draft back.
    const rewrite = applyAll ?? applyButtons.find((button) => button !== null);
    if (c.afterApply === undefined || !rewrite) return expect(rewrite).toBeUndefined();
    await userEvent.click(rewrite);
    await waitFor(() => expect(client.model.comment.text).toBe(`<p>${c.afterApply}</p>`));
  });
});

describe('Zendesk sidebar: the shared capacity form cases', () => {
  it.each(capacityCases)('$name', async (c) => {
    const rendered = renderSidebar();
    server.use(...createPlanHandlers(rendered.world, new Map()));
    const section = await screen.findByRole('region', { name: 'Payment plan' });
    await userEvent.click(within(section).getByRole('button', { name: 'Open' }));
    if (c.form.mode === 'per-period') {
      await userEvent.type(
        await within(section).findByLabelText(t('plans.amountLabel')),
        c.form.amount,
      );
    } else {
      await userEvent.click(
        await within(section).findByRole('radio', { name: t('plans.modeIncome') }),
      );
      await userEvent.type(within(section).getByLabelText(t('plans.incomeLabel')), c.form.income);
      await userEvent.type(
        within(section).getByLabelText(t('plans.outgoingsLabel')),
        c.form.outgoings,
      );
    }
    await userEvent.click(within(section).getByRole('button', { name: t('plans.showOptions') }));

    if (c.problem === undefined) {
      expect(await within(section).findByRole('group', { name: 'Options' })).toBeInTheDocument();
      return;
    }
    const label = {
      amount: t('plans.amountLabel'),
      income: t('plans.incomeLabel'),
      outgoings: t('plans.outgoingsLabel'),
    }[c.problem.field];
    const field = within(section).getByLabelText(label);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(
      await within(section).findByText(t(`plans.fieldErrors.${c.problem.error}`)),
    ).toBeInTheDocument();
    expect(within(section).queryByRole('group', { name: 'Options' })).not.toBeInTheDocument();
  });
});

describe('Zendesk sidebar: the shared due-status cases', () => {
  it('sees the cases at their moment', () => {
    expect(testNow.toISOString()).toBe(dueCaseNow);
  });

  it.each(dueViewCases)('$name', async (c) => {
    renderForCustomerIn(c.timeZone, { [defaultSettings.fields.dueDate]: c.dueDate });
    expect(await screen.findByText(dueText(t, c.due), {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
