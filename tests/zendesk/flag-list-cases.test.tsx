// The shared flag list cases (shared/testing/flag-list-cases.ts) through the sidebar: flags ticked
// on the customer with their flag log lines are listed as shared/history/view.ts decides, each with
// its line and its own labelled Clear, as on the HubSpot card.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../shared/i18n';
import { setFlagLine } from '../../shared/history/view-words';
import { defaultSettings } from '../../shared/settings';
import { flagListCases } from '../../shared/testing/flag-list-cases';
import { lazyChunk, renderForCustomerIn } from './render-sidebar';

const t = createTranslator('en');
const logField = 'tactful_flag_log';

describe('Zendesk sidebar: the shared flag list cases', () => {
  it.each(flagListCases)('$name', async (c) => {
    renderForCustomerIn('America/Chicago', {
      ...Object.fromEntries(c.flags.map((flag) => [defaultSettings.fields.flags[flag.kind], true])),
      [logField]: c.flags
        .map(
          (flag) =>
            `${flag.since}T15:00:00.000Z | set | ${flag.kind} | Sam Lee | ${flag.reason} | raised=${flag.raisedBy}`,
        )
        .join('\n'),
    });
    const flags = await screen.findByRole('region', { name: t('history.flags.title') }, lazyChunk);
    const items = within(flags).queryAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(
      c.listed.map((kind) => t(`history.flags.name.${kind}`)),
    );
    expect(within(flags).queryByText(t('history.flags.none')) !== null).toBe(c.listed.length === 0);
    for (const [index, kind] of c.listed.entries()) {
      const flag = c.flags.find((held) => held.kind === kind);
      const item = items[index];
      if (!flag || !item) throw new Error(`${kind} is not listed`);
      expect(item).toHaveTextContent(setFlagLine(t, flag, 'en'));
      const name = t(`history.flags.name.${kind}`);
      expect(
        within(item).getByRole('button', { name: t('history.flags.clearNamed', { flag: name }) }),
      ).toBeInTheDocument();
    }
  });
});

describe('Zendesk sidebar: who raised a flag, and a flag’s own Clear', () => {
  it('keeps who raised a flag on its log line, lists it, and clears it with its own Clear', async () => {
    const user = userEvent.setup();
    const { world } = renderForCustomerIn('America/Chicago', {});
    const flags = await screen.findByRole('region', { name: t('history.flags.title') }, lazyChunk);
    await user.selectOptions(within(flags).getByLabelText(t('history.flags.flag')), 'dispute');
    await user.selectOptions(within(flags).getByLabelText(t('history.flags.raisedBy')), 'court');
    await user.type(within(flags).getByLabelText(t('history.flags.reason')), 'Order 123');
    await user.click(within(flags).getByRole('button', { name: t('history.flags.set') }));
    expect(await within(flags).findByText(t('history.flags.savedSet'))).toBeInTheDocument();
    const customer = [...world.users.values()].find(
      (candidate) => candidate.user_fields[defaultSettings.fields.flags.dispute] === true,
    );
    expect(String(customer?.user_fields[logField])).toMatch(
      / \| set \| dispute \| .* \| Order 123 \| raised=court$/,
    );
    const item = within(flags).getByRole('listitem', { name: t('history.flags.name.dispute') });
    expect(item).toHaveTextContent('raised by a court: Order 123');
    // The form started over: who raised the next flag is the customer until the agent says otherwise.
    expect(within(flags).getByLabelText(t('history.flags.raisedBy'))).toHaveValue('customer');

    await user.type(within(flags).getByLabelText(t('history.flags.reason')), 'Dispute answered');
    const clear = t('history.flags.clearNamed', { flag: t('history.flags.name.dispute') });
    await user.click(within(item).getByRole('button', { name: clear }));
    expect(await within(flags).findByText(t('history.flags.savedCleared'))).toBeInTheDocument();
    expect(customer?.user_fields[defaultSettings.fields.flags.dispute]).toBe(false);
    expect(String(customer?.user_fields[logField])).toMatch(
      / \| clear \| dispute \| .* \| Dispute answered$/,
    );
    expect(within(flags).queryByRole('listitem')).toBeNull();
  });
});
