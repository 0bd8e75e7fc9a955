// The tone panel's tone event (outcomes, issue 17): copying a checked draft sends one event to our
// backend with counts only (never the draft), and the copy neither waits for it nor tells the agent
// anything when the backend fails.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { outcomePaths, toneEventWriteRequestSchema } from '../../apps/hubspot/contract';
import { server } from '../../mocks/node';
import { loadModelsBeforeAll, settingsHandler, testBackendUrl, untilCalled } from './factories';
import { copyKindDraft, englishContact, renderPanels, toneOnly } from './render-panels';

loadModelsBeforeAll();

/** Records the tone events the backend receives, answering with `status`. */
function toneEventsHandler(status = 200) {
  const received: unknown[] = [];
  const handler = http.post(`${testBackendUrl}${outcomePaths.toneEvents}`, async ({ request }) => {
    received.push(await request.json());
    return status === 200
      ? HttpResponse.json({ recorded: true, replayed: false })
      : HttpResponse.json({ error: { code: 'internal', message: 'down' } }, { status });
  });
  return { handler, received };
}

async function copyDraft(text: string, status = 200) {
  const events = toneEventsHandler(status);
  server.use(settingsHandler(), events.handler);
  const renderer = renderPanels(toneOnly, englishContact);
  await copyKindDraft(renderer, text);
  for (let tries = 0; events.received.length === 0 && tries < 1_000; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { renderer, received: events.received };
}

describe('HubSpot card: tone events', () => {
  const message = 'Hi Maria, can you tell me what would help you most with this payment?';

  it('sends one event with the counts of the copied draft, never its text', async () => {
    const { received } = await copyDraft(message);
    expect(received).toHaveLength(1);
    const event = toneEventWriteRequestSchema.parse(received[0]);
    expect(event).toMatchObject({ checks: 1, firstVerdict: 'ok', finalVerdict: 'ok' });
    expect(JSON.stringify(received[0])).not.toContain('Maria');
    expect(received[0]).not.toHaveProperty('agent');
  });

  it('still confirms the copy when the backend fails to record it', async () => {
    const { renderer, received } = await copyDraft(message, 500);
    expect(received).toHaveLength(1);
    const { addAlert } = renderer.mocks.actions;
    await untilCalled(addAlert);
    expect(addAlert.calls.map((call) => call[0]?.type)).toEqual(['success']);
  });
});
