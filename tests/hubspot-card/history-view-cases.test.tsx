// The shared history view cases (shared/testing/history-view-cases.ts) driven through the real card:
// each channel's guard and the nudge show what shared/history/view.ts decides. The card's sentences
// come from the shared catalog, so the two hosts say the same thing.
import { describe, expect, it } from '@jest/globals';
import { Alert, StatusTag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import { createTranslator } from '../../shared/i18n';
import { historyCaseNow, historyViewCases } from '../../shared/testing/history-view-cases';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  collectionsReply,
  createTestServices,
  engagementsHandler,
  settingsHandler,
} from './factories';

// The card speaks the shared catalog, the same words the Zendesk sidebar shows.
const t = createTranslator('en');

describe('HubSpot card: the shared history view cases', () => {
  it.each(historyViewCases)('$name', async (c) => {
    server.use(
      settingsHandler(),
      collectionsHandler(
        collectionsReply({
          timeZone: c.timeZone,
          flags: c.flags.map((kind) => ({
            kind,
            since: '2026-11-01',
            source: 'agent',
            reason: 'Asked by the customer',
          })),
        }),
      ),
      engagementsHandler(),
    );
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices({ now: new Date(historyCaseNow) })}
        panels={[{ id: 'history', title: 'history.title', Panel: HistoryPanel }]}
      />,
    );
    await renderer.waitFor(() =>
      expect(renderer.findByTestId(StatusTag, 'guard-call')).toBeTruthy(),
    );
    for (const [channel, expected] of Object.entries(c.guards)) {
      expect(renderer.findByTestId(StatusTag, `guard-${channel}`).text).toBe(
        t(expected.state === 'allowed' ? 'history.guards.allowed' : 'history.guards.notNow'),
      );
      const texts = renderer.findAll(Text).map((text) => text.text);
      for (const code of expected.reasons) expect(texts).toContain(t(`history.reason.${code}`));
      const next = renderer.maybeFindByTestId(Text, `guard-${channel}-next`)?.text ?? '';
      expect(next === t('history.guards.untilCleared')).toBe(expected.state === 'until-cleared');
      expect(next.startsWith(t('history.guards.next'))).toBe(expected.state === 'not-now');
    }
    if (c.nudge) {
      const nudge = renderer.findByTestId(Alert, 'history-nudge').text ?? '';
      expect(nudge).toContain(t(`history.nudge.kind.${c.nudge.kind}`));
      for (const flag of c.nudge.stopFlags) expect(nudge).toContain(t(`history.reason.${flag}`));
    }
  });
});
