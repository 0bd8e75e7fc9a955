// POST /api/guard-events and the guard figures of GET /api/outcomes (issue 17): signed like every
// card route; a guard's "not now" or a contact against one added to the signed agent's day, counted
// once per event id however often it is retried, never while the admin has turned recording off;
// bad input answered as 4xx JSON; erased on uninstall; the page's guard figures agree with the seed.
import { describe, expect, it } from '@jest/globals';
import {
  outcomesReplySchema,
  toneEventWriteReplySchema,
  type GuardEventWriteRequest,
  type OutcomesReply,
} from '../../apps/hubspot/contract';
import { addMonths } from '../../shared/calendar/calendar';
import { notNowEventId } from '../../shared/outcomes';
import {
  outcomeSeedFigures,
  seedOutcomeDays,
  seedOutcomeTasks,
} from '../../mocks/hubspot/outcome-seed';
import { postUninstall, type Harness } from './harness';
import { errorCode, outcomesHarnessEachTest } from './outcomes-harness';

let h: Harness;
const { today, days } = outcomesHarnessEachTest((harness) => (h = harness));
/** A guard event as the card posts it: the agent is the signed user, never a field. */
const notNow = (contactId = '51'): GuardEventWriteRequest => ({
  kind: 'not-now',
  eventId: notNowEventId(contactId, 'email', today()),
  date: today(),
});
const against = (sendId = 'copy-0001aaaa'): GuardEventWriteRequest => ({
  kind: 'contact-against-guard',
  eventId: `against-email-${sendId}`,
  date: today(),
});
const post = (body: Record<string, unknown>, options: { tamper?: 'signature' } = {}) =>
  h.call('POST', '/api/guard-events', { body, ...options });

describe('POST /api/guard-events', () => {
  it("adds guard events to the signed agent's day once each, however often they are retried", async () => {
    const first = await post(notNow());
    expect(first.status).toBe(200);
    expect(toneEventWriteReplySchema.parse(first.body)).toEqual({
      recorded: true,
      replayed: false,
    });
    const retry = await post(notNow());
    expect(toneEventWriteReplySchema.parse(retry.body)).toEqual({ recorded: true, replayed: true });
    expect((await post(notNow('52'))).status).toBe(200);
    expect((await post(against())).status).toBe(200);
    expect(toneEventWriteReplySchema.parse((await post(against())).body).replayed).toBe(true);
    expect(await days()).toEqual([
      expect.objectContaining({
        agent: '3001',
        team: '101',
        sends: 0,
        notNow: 2,
        contactsAgainstGuard: 1,
      }),
    ]);
  });

  it('records nothing when the admin turned recording off', async () => {
    const settings = { settings: { outcomes: { recordToneEvents: false } } };
    expect((await h.call('PUT', '/api/settings', { body: settings })).status).toBe(200);
    const reply = await post(notNow());
    expect(toneEventWriteReplySchema.parse(reply.body)).toEqual({
      recorded: false,
      replayed: false,
    });
    expect(await days()).toEqual([]);
  });

  it('refuses bad input, another day and unsigned requests with a JSON error', async () => {
    const refused: Record<string, unknown>[] = [
      { ...notNow(), kind: 'maybe-later' },
      { ...notNow(), eventId: 'short' },
      { ...notNow(), eventId: 'not now <b>51</b> email today' },
      { ...notNow(), date: '2026-02-30' },
      { kind: 'not-now', date: today() },
    ];
    for (const body of refused) {
      const reply = await post(body);
      expect(reply.status).toBe(400);
      expect(errorCode(reply.body)).toBe('bad-request');
    }
    const old = await post({ ...notNow(), date: '2020-01-01' });
    expect(old.status).toBe(400);
    expect(errorCode(old.body)).toBe('bad-request');
    const unsigned = await post(notNow(), { tamper: 'signature' });
    expect(unsigned.status).toBe(401);
    expect(errorCode(unsigned.body)).toBe('unauthorized');
    expect(await days()).toEqual([]);
    // A field the contract does not name (a newer card's) is dropped, never stored.
    expect((await post({ ...notNow(), message: 'Pay now or else' })).status).toBe(200);
    expect(JSON.stringify(await days())).not.toContain('Pay now');
  });

  it("erases the portal's guard days older than its retention when an event is recorded", async () => {
    const settings = { settings: { outcomes: { retentionMonths: 1 } } };
    expect((await h.call('PUT', '/api/settings', { body: settings })).status).toBe(200);
    const longAgo = addMonths(today(), -2);
    const old = { agent: '3001', kind: 'not-now' as const, eventId: 'not-now-old', date: longAgo };
    await h.backend.store.addGuardEvent(h.world.portalId, old, h.now());
    expect(await days()).toHaveLength(1);
    await post(notNow());
    expect((await days()).map((day) => day.date)).toEqual([today()]);
  });

  it("erases the portal's guard days when HubSpot uninstalls the app", async () => {
    await post(notNow());
    await post(against());
    expect(await days()).toHaveLength(1);
    const webhook = await postUninstall(h);
    expect(webhook.status).toBe(204);
    expect(await days()).toEqual([]);
    expect(errorCode((await post(notNow('52'))).body)).toBe('not-installed');
  });
});

describe('GET /api/outcomes: contact guards', () => {
  const read = async (query: Record<string, string> = {}) => {
    const reply = await h.call('GET', '/api/outcomes', { query: { userId: '3001', ...query } });
    expect(reply.status).toBe(200);
    return outcomesReplySchema.parse(reply.body);
  };
  /** A guard table's rows as [first column, not now, contacts against a guard]. */
  const rows = (reply: OutcomesReply, id: 'guards-by-agent' | 'guards-by-week') =>
    (reply.view.tables.find((table) => table.id === id)?.rows ?? []).map((row) =>
      row.cells.map((cell) => cell.value),
    );
  const totals = (table: unknown[][]) =>
    table.reduce<[number, number]>(
      ([notNow, against], [, n, a]) => [notNow + Number(n), against + Number(a)],
      [0, 0],
    );

  it("shows the seed's guard figures per agent and week, and narrowed by team", async () => {
    seedOutcomeTasks(h.world, today());
    await seedOutcomeDays(h.backend.store, h.world.portalId, today(), h.now());
    const all = await read();
    expect(all.view.headline.contactsAgainstGuard).toBe(outcomeSeedFigures.contactsAgainstGuard);
    expect(rows(all, 'guards-by-agent')).toEqual([
      ['3002', 12, 0],
      ['3003', 24, 6],
    ]);
    const weeks = rows(all, 'guards-by-week');
    expect(weeks).toHaveLength(12);
    expect(totals(weeks)).toEqual([
      outcomeSeedFigures.notNow,
      outcomeSeedFigures.contactsAgainstGuard,
    ]);
    // The tone figures are unchanged by the guard events on the same days.
    expect(all.view.headline.okFirstTimeShare).toBeCloseTo(1 / 3);

    const team = await read({ team: '101' });
    expect(team.view.headline.contactsAgainstGuard).toBe(
      outcomeSeedFigures.team101ContactsAgainstGuard,
    );
    expect(totals(rows(team, 'guards-by-agent'))).toEqual([
      outcomeSeedFigures.team101NotNow,
      outcomeSeedFigures.team101ContactsAgainstGuard,
    ]);
    const agent = await read({ agent: '3003' });
    expect(rows(agent, 'guards-by-agent')).toEqual([['3003', 24, 6]]);
  });
});
