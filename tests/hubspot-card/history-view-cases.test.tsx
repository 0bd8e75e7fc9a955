// The shared history view cases (shared/testing/history-view-cases.ts) driven through the real card:
// each channel's guard and the nudge show what shared/history/view.ts decides. The card's sentences
// come from the shared catalog, so the two hosts say the same thing.
import { describe, expect, it } from '@jest/globals';
import { Alert, LoadingButton, Select, StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { flagWriteRequestSchema, type FlagWriteRequest } from '../../apps/hubspot/contract';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import { flagProblemKeys, flagReasonMaxLength } from '../../shared/history/flag-form';
import { createTranslator } from '../../shared/i18n';
import { flagFormCases } from '../../shared/testing/flag-form-cases';
import { historyCaseNow, historyViewCases } from '../../shared/testing/history-view-cases';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  collectionsReply,
  createTestServices,
  engagementsHandler,
  settingsHandler,
  testBackendUrl,
  patiently,
} from './factories';

// The card speaks the shared catalog, the same words the Zendesk sidebar shows.
const t = createTranslator('en');

/** The card with its history panel, seen at the cases' moment, once the guards show. */
async function renderHistory() {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(
    <Card
      services={createTestServices({ now: new Date(historyCaseNow) })}
      panels={[{ id: 'history', title: 'history.title', Panel: HistoryPanel }]}
    />,
  );
  await renderer.waitFor(
    () => expect(renderer.findByTestId(StatusTag, 'guard-call')).toBeTruthy(),
    patiently,
  );
  return renderer;
}

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
    const renderer = await renderHistory();
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

// The shared flag form cases (shared/testing/flag-form-cases.ts) through the card's flag editor: the
// same problems, in the catalog's words, as the Zendesk sidebar, and nothing written until complete.
describe('HubSpot card: the shared flag form cases', () => {
  it.each(flagFormCases)('$name', async (c) => {
    const writes: FlagWriteRequest[] = [];
    server.use(
      settingsHandler(),
      collectionsHandler(
        collectionsReply({
          timeZone: 'America/Chicago',
          flags:
            c.chosenIsOn && c.kind
              ? [{ kind: c.kind, since: '2026-11-01', source: 'agent', reason: 'Asked' }]
              : [],
        }),
      ),
      engagementsHandler(),
      http.put(`${testBackendUrl}/api/contacts/:contactId/flags/:kind`, async ({ request }) => {
        const body = flagWriteRequestSchema.parse(await request.json());
        writes.push(body);
        return HttpResponse.json({ flags: [], noteId: '700', replayed: false });
      }),
    );
    const renderer = await renderHistory();
    if (c.kind) renderer.findByTestId(Select, 'flag-kind').props.onChange?.(c.kind);
    renderer.findByTestId(TextArea, 'flag-reason').props.onInput?.(c.reason);
    // The card renders the choice once its subscription to the form is in place.
    const label = t(c.chosenIsOn ? 'history.flags.clear' : 'history.flags.set');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(LoadingButton, 'flag-set').text).toBe(label),
      patiently,
    );
    renderer.findByTestId(LoadingButton, 'flag-set').trigger('onClick');

    if (c.problems.length === 0) {
      await renderer.waitFor(() => expect(writes).toHaveLength(1), patiently);
      expect(writes[0]).toMatchObject({ set: !c.chosenIsOn, reason: c.reason.trim() });
      return;
    }
    const words = (code: (typeof c.problems)[number]) =>
      t(flagProblemKeys[code], { max: flagReasonMaxLength });
    await renderer.waitFor(
      () =>
        expect(
          [
            renderer.findByTestId(Select, 'flag-kind').props.validationMessage,
            renderer.findByTestId(TextArea, 'flag-reason').props.validationMessage,
          ].filter((message) => message !== undefined),
        ).toEqual(c.problems.map(words)),
      patiently,
    );
    expect(writes).toHaveLength(0);
  });
});
