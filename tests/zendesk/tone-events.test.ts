// Tone events in Zendesk (issue 17): one tactful_tone_event record per agent per day, upserted by
// external id through the mock account (which refuses fields requirements.json does not declare),
// with a retried send counted once.
import { describe, expect, it } from '@jest/globals';
import { http, HttpResponse } from 'msw';
import { createFetchHttpPort } from '../../apps/cli/fetch-http-port';
import { recordDayEvent } from '../../apps/zendesk/host/tone-events';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { readToneEventFields, toneEventObjectKey } from '../../shared/outcomes';
import { testToneSend } from '../../shared/testing/outcome-records';

const retry = { sleep: async () => undefined };
const send = testToneSend;

function account() {
  const world = createZendeskWorld();
  server.use(...createZendeskHandlers(world));
  const port = createFetchHttpPort({ baseUrl: 'https://acme.zendesk.com' });
  const records = () => world.customObjectRecords.get(toneEventObjectKey) ?? [];
  return { port, records };
}

describe('recording tone events in Zendesk', () => {
  it('keeps one record per agent per day, counting each send once', async () => {
    const { port, records } = account();
    expect(await recordDayEvent(port, retry, send('save-1'))).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await recordDayEvent(port, retry, send('save-2', { firstVerdict: 'ok' }))).toMatchObject(
      { ok: true },
    );
    // The first save again (a retried ticket.save): no change.
    expect(await recordDayEvent(port, retry, send('save-1'))).toMatchObject({ ok: true });
    await recordDayEvent(port, retry, send('save-3', { date: '2026-11-24' }));

    expect(records().map((record) => record.external_id)).toEqual([
      'tactful-tone-7-2026-11-23',
      'tactful-tone-7-2026-11-24',
    ]);
    const day = readToneEventFields(records()[0]?.custom_object_fields ?? {});
    expect(day).toMatchObject({
      ok: true,
      value: { sends: 2, draftsChecked: 4, okFirstTime: 1, categories: { pressure: 2 } },
    });
  });

  it('reports a record it cannot read instead of overwriting it', async () => {
    const { port } = account();
    server.use(
      http.get(
        'https://acme.zendesk.com/api/v2/custom_objects/tactful_tone_event/records.json',
        () =>
          HttpResponse.json({ custom_object_record: { custom_object_fields: { agent_id: '7' } } }),
      ),
    );
    expect(await recordDayEvent(port, retry, send('save-1'))).toMatchObject({
      ok: false,
      error: { code: 'malformed-reply' },
    });
  });
});
