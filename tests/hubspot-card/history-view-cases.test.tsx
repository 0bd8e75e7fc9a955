// The shared history view cases (shared/testing/history-view-cases.ts) driven through the real card:
// each channel's guard and the nudge show what shared/history/view.ts decides. The card's sentences
// are the Zendesk catalog's English, so the two hosts say the same thing.
import { describe, expect, it } from '@jest/globals';
import { Alert, StatusTag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { backendPaths } from '../../apps/hubspot/contract';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import {
  nudgeWords,
  reasonWords,
  summaryLabels,
} from '../../apps/hubspot/card/ui/panels/history/history-view';
import { createTranslator } from '../../apps/zendesk/ui/i18n';
import { guardCodes, nudgeKinds } from '../../shared/history';
import { summaryRows } from '../../shared/history/view';
import { defaultSettings } from '../../shared/settings';
import { historyCaseNow, historyViewCases } from '../../shared/testing/history-view-cases';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  collectionsReply,
  createTestServices,
  testBackendUrl,
  testContactId,
} from './factories';

const zendesk = createTranslator('en');

describe('HubSpot card: the shared history view cases', () => {
  it('words every guard reason and nudge as Zendesk does', () => {
    for (const code of guardCodes)
      expect(reasonWords[code]).toBe(zendesk(`history.reason.${code}`));
    const values = { date: '2026-11-30', days: 41 };
    for (const kind of nudgeKinds) {
      expect(nudgeWords[kind](values.date)).toBe(
        kind === 'stop' || kind === 'none'
          ? zendesk(`history.nudge.kind.${kind}`)
          : zendesk(`history.nudge.detail.${kind}`, values),
      );
    }
    for (const kind of ['check-in-late', 'follow-up-late', 'no-channel'] as const) {
      expect(nudgeWords[kind](values.days)).toBe(zendesk(`history.nudge.detail.${kind}`, values));
    }
    expect(Object.keys(summaryLabels)).toEqual([...summaryRows]);
  });

  it.each(historyViewCases)('$name', async (c) => {
    server.use(
      http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
        HttpResponse.json({ settings: { ...defaultSettings } }),
      ),
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
      http.get(`${testBackendUrl}${backendPaths.engagements(String(testContactId))}`, () =>
        HttpResponse.json({ engagements: [] }),
      ),
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
        expected.state === 'allowed' ? 'Allowed now' : 'Not now',
      );
      const texts = renderer.findAll(Text).map((text) => text.text);
      for (const code of expected.reasons) expect(texts).toContain(reasonWords[code]);
      const next = renderer.maybeFindByTestId(Text, `guard-${channel}-next`)?.text ?? '';
      expect(next === 'Next allowed: Not until the flag is cleared').toBe(
        expected.state === 'until-cleared',
      );
      expect(next !== '' && !next.includes('flag')).toBe(expected.state === 'not-now');
    }
    if (c.nudge) {
      const nudge = renderer.findByTestId(Alert, 'history-nudge').text ?? '';
      expect(nudge).toContain(nudgeWords[c.nudge.kind](''));
      for (const flag of c.nudge.stopFlags) expect(nudge).toContain(reasonWords[flag]);
    }
  });
});
