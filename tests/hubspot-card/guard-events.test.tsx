// The card's guard events (outcomes, issue 17): when the history panel's contact guard says "not
// now", the card posts one guard event per channel to our backend (ids and a date, never a message);
// re-renders post nothing more; and copying a draft to send while the email guard says "not now"
// posts a contact against the guard.
import { describe, expect, it } from '@jest/globals';
import { StatusTag } from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import { guardEventWriteRequestSchema, outcomePaths } from '../../apps/hubspot/contract';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import { server } from '../../mocks/node';
import {
  collectionsHandler,
  collectionsReply,
  engagementsHandler,
  settingsHandler,
  testBackendUrl,
  patiently,
} from './factories';
import { copyKindDraft, englishContact, renderPanels, toneOnly } from './render-panels';

const historyOnly = [{ id: 'history', title: 'history.title' as const, Panel: HistoryPanel }];
/** 04:30 UTC: quiet hours for a customer in Chicago (22:30), 23:30 on the 24th in the portal (New York). */
const quietHours = new Date('2026-11-25T04:30:00Z');

/** Records what the backend receives at `path`, answering as it does. */
function receiving(path: string) {
  const received: unknown[] = [];
  const handler = http.post(`${testBackendUrl}${path}`, async ({ request }) => {
    received.push(await request.json());
    return HttpResponse.json({ recorded: true, replayed: false });
  });
  return { handler, received };
}

const settle = async (until: () => boolean) => {
  for (let tries = 0; !until() && tries < 1_000; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/**
 * The card (history, and the tone panel when `withTone`) for a contact in Chicago at `now`, with
 * the guard and tone events the backend receives.
 */
async function openCard(now: Date, withTone = false) {
  const guards = receiving(outcomePaths.guardEvents);
  const tone = receiving(outcomePaths.toneEvents);
  server.use(
    settingsHandler(),
    collectionsHandler(collectionsReply({ timeZone: 'America/Chicago' })),
    engagementsHandler([]),
    guards.handler,
    tone.handler,
  );
  const panels = withTone ? [...historyOnly, ...toneOnly] : historyOnly;
  const renderer = renderPanels(panels, { ...englishContact, now });
  await renderer.waitFor(
    () => expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBeTruthy(),
    patiently,
  );
  const events = () => guards.received.map((body) => guardEventWriteRequestSchema.parse(body));
  return { renderer, guards, tone, events };
}

const kindDraft = 'Hi Maria, can you tell me what would help you most with this payment?';

describe('HubSpot card: guard events', () => {
  it('posts a "not now" once per channel the guard holds back, with ids only', async () => {
    const { renderer, guards, events } = await openCard(quietHours);
    expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBe('Not now');
    await settle(() => guards.received.length >= 2);
    expect(events().map((event) => event.kind)).toEqual(events().map(() => 'not-now'));
    const ids = events().map((event) => event.eventId);
    expect(ids).toContain('not-now-51-call-2026-11-24');
    expect(ids).toContain('not-now-51-email-2026-11-24');
    expect(new Set(ids).size).toBe(ids.length);
    expect(events().every((event) => event.date === '2026-11-24')).toBe(true);
    // Nothing but the event: no agent (the signed user), no customer's words.
    for (const body of guards.received) {
      expect(Object.keys(body as object).sort()).toEqual(['date', 'eventId', 'kind']);
    }
    // Later renders of the same guards post nothing more.
    const posted = guards.received.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(guards.received).toHaveLength(posted);
  });

  it('posts a contact against the guard when a draft is copied while email says "not now"', async () => {
    const { renderer, guards, tone, events } = await openCard(quietHours, true);
    await copyKindDraft(renderer, kindDraft);
    const against = () => events().filter((event) => event.kind === 'contact-against-guard');
    await settle(() => against().length > 0 && tone.received.length > 0);
    expect(against()).toHaveLength(1);
    // The contact is the copy the tone event counts: one id ties them.
    const [copy] = tone.received as { sendId: string }[];
    expect(against()[0]?.eventId).toBe(`against-email-${copy?.sendId}`);
    expect(JSON.stringify(guards.received)).not.toContain('Maria');
  });

  it('posts nothing when the guards allow contact, not even for a copied draft', async () => {
    // 15:00 UTC is 9:00 in Chicago: every channel is open.
    const { renderer, guards, tone } = await openCard(new Date('2026-11-25T15:00:00Z'), true);
    expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBe('Allowed now');
    await copyKindDraft(renderer, kindDraft);
    await settle(() => tone.received.length > 0);
    expect(tone.received).toHaveLength(1);
    expect(guards.received).toEqual([]);
  });
});
