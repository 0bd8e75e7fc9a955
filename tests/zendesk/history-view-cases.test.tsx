// The shared history view cases (shared/testing/history-view-cases.ts) driven through the real
// sidebar: each channel's guard and the nudge show what shared/history/view.ts decides, in the
// catalog's words.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { createTranslator } from '../../shared/i18n';
import type { GuardState, ShownGuardChannel } from '../../shared/history/view';
import { defaultSettings } from '../../shared/settings';
import { historyCaseNow, historyViewCases } from '../../shared/testing/history-view-cases';
import { renderForCustomerIn, testNow } from './render-sidebar';

const t = createTranslator('en');
const stateWords: Record<GuardState, string> = {
  allowed: t('history.guards.allowed'),
  'not-now': t('history.guards.notNow'),
  'until-cleared': t('history.guards.notNow'),
};

describe('Zendesk sidebar: the shared history view cases', () => {
  it('sees the cases at their moment', () => {
    expect(testNow.toISOString()).toBe(historyCaseNow);
  });

  it.each(historyViewCases)('$name', async (c) => {
    renderForCustomerIn(
      c.timeZone,
      Object.fromEntries(c.flags.map((kind) => [defaultSettings.fields.flags[kind], true])),
    );
    const guards = await screen.findByRole(
      'region',
      { name: t('history.guards.title') },
      { timeout: 5000 },
    );
    for (const [channel, expected] of Object.entries(c.guards)) {
      const line = within(guards).getByRole('listitem', {
        name: t(`history.channel.${channel as ShownGuardChannel}`),
      });
      expect(within(line).getByText(stateWords[expected.state])).toBeInTheDocument();
      for (const code of expected.reasons) {
        expect(within(line).getByText(t(`history.reason.${code}`))).toBeInTheDocument();
      }
      expect(within(line).queryByText(t('history.guards.untilCleared')) !== null).toBe(
        expected.state === 'until-cleared',
      );
      expect(line.textContent?.includes(t('history.guards.next'))).toBe(
        expected.state === 'not-now',
      );
    }
    if (c.nudge) {
      const nudge = screen.getByRole('group', { name: t('history.nudge.title') });
      expect(nudge).toHaveTextContent(t(`history.nudge.kind.${c.nudge.kind}`));
      for (const flag of c.nudge.stopFlags) {
        expect(nudge).toHaveTextContent(t(`history.reason.${flag}`));
      }
    }
  });
});
