// The shared flag form cases (shared/testing/flag-form-cases.ts) driven through the sidebar's flag
// controls: the same problems, in the catalog's words, as the HubSpot card, and nothing written
// until the form is complete.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTranslator } from '../../shared/i18n';
import {
  flagProblemKeys,
  flagReasonMaxLength,
  type FlagFormProblem,
} from '../../shared/history/flag-form';
import { flagFormCases } from '../../shared/testing/flag-form-cases';
import { lazyChunk, renderSidebar } from './render-sidebar';

const t = createTranslator('en');
const words = (code: FlagFormProblem['code']) =>
  t(flagProblemKeys[code], { max: flagReasonMaxLength });
const allCodes: FlagFormProblem['code'][] = ['choose-flag', 'reason-required', 'reason-too-long'];

describe('Zendesk sidebar: the shared flag form cases', () => {
  it.each(flagFormCases)('$name', async (c) => {
    const user = userEvent.setup();
    const field = c.kind && `tactful_flag_${c.kind.replaceAll('-', '_')}`;
    const { world } = renderSidebar((setup) => {
      const customer = setup.users.get(9001);
      if (customer && field && c.chosenIsOn) customer.user_fields[field] = true;
      return {};
    });
    const flags = await screen.findByRole('region', { name: t('history.flags.title') }, lazyChunk);
    if (c.kind)
      await user.selectOptions(within(flags).getByLabelText(t('history.flags.flag')), c.kind);
    if (c.reason)
      await user.type(within(flags).getByLabelText(t('history.flags.reason')), c.reason);
    const button = t(c.chosenIsOn ? 'history.flags.clear' : 'history.flags.set');
    await user.click(within(flags).getByRole('button', { name: button }));

    if (c.problems.length === 0) {
      expect(
        await within(flags).findByText(
          t(c.chosenIsOn ? 'history.flags.savedCleared' : 'history.flags.savedSet'),
        ),
      ).toBeInTheDocument();
      expect(world.requests.filter((request) => request.startsWith('PUT'))).toHaveLength(1);
      if (field) expect(world.users.get(9001)?.user_fields[field]).toBe(!c.chosenIsOn);
      return;
    }
    // Each problem once, under its control (the placeholder option is not a message).
    for (const code of allCodes) {
      const shown = within(flags).queryAllByText(words(code), { ignore: 'option' });
      expect(shown).toHaveLength(c.problems.includes(code) ? 1 : 0);
    }
    expect(world.requests.some((request) => request.startsWith('PUT'))).toBe(false);
  });
});
