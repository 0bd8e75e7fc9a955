// POST /api/tone-events and GET /api/outcomes (issue 17): signed like every card route; a tone
// event counted once per send id, for the signed user, never while the admin has turned recording
// off; the outcomes page's figures from the seeded tasks and tone days, narrowed for an agent who
// may see only their own; bad input answered as 4xx JSON; everything erased on uninstall.
import { describe, expect, it } from '@jest/globals';
import {
  outcomesReplySchema,
  toneEventWriteReplySchema,
  type OutcomesReply,
} from '../../apps/hubspot/contract';
import {
  outcomeSeedFigures,
  outcomeSeedToneSends,
  seedOutcomeTasks,
} from '../../mocks/hubspot/outcome-seed';
import { testToneSend } from '../../shared/testing/outcome-records';
import { postUninstall, type Harness } from './harness';
import { errorCode, outcomesHarnessEachTest } from './outcomes-harness';

let h: Harness;
const { today, days } = outcomesHarnessEachTest((harness) => (h = harness));
/** A send as the card posts it: the agent is the signed user, never a field. */
const event = (sendId = 'copy-0001-aaaa') => {
  const { agent: _agent, team: _team, ...body } = testToneSend(sendId, { date: today() });
  return body;
};
const saveSettings = async (outcomes: Record<string, unknown>) =>
  expect((await h.call('PUT', '/api/settings', { body: { settings: { outcomes } } })).status).toBe(
    200,
  );

describe('POST /api/tone-events', () => {
  it("adds a copied draft's counts to the signed agent's day once, however often it is retried", async () => {
    const first = await h.call('POST', '/api/tone-events', { body: event() });
    expect(first.status).toBe(200);
    expect(toneEventWriteReplySchema.parse(first.body)).toEqual({
      recorded: true,
      replayed: false,
    });
    const retry = await h.call('POST', '/api/tone-events', { body: event() });
    expect(toneEventWriteReplySchema.parse(retry.body)).toEqual({ recorded: true, replayed: true });
    const stored = await days();
    expect(stored).toEqual([
      expect.objectContaining({ agent: '3001', team: '101', sends: 1, draftsChecked: 2 }),
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/draft text|Hi /);
  });

  it('records nothing when the admin turned recording off', async () => {
    await saveSettings({ recordToneEvents: false });
    const reply = await h.call('POST', '/api/tone-events', { body: event() });
    expect(toneEventWriteReplySchema.parse(reply.body)).toEqual({
      recorded: false,
      replayed: false,
    });
    expect(await days()).toEqual([]);
  });

  it('refuses bad input, another day and unsigned requests with a JSON error', async () => {
    const bad = await h.call('POST', '/api/tone-events', {
      body: { ...event(), checks: -1, draft: 'Pay now' },
    });
    expect(bad.status).toBe(400);
    expect(errorCode(bad.body)).toBe('bad-request');
    const old = await h.call('POST', '/api/tone-events', {
      body: { ...event(), date: '2020-01-01' },
    });
    expect(old.status).toBe(400);
    const notADate = await h.call('POST', '/api/tone-events', {
      body: { ...event(), date: '2026-02-30' },
    });
    expect(notADate.status).toBe(400);
    const unsigned = await h.call('POST', '/api/tone-events', {
      body: event(),
      tamper: 'signature',
    });
    expect(unsigned.status).toBe(401);
    expect(errorCode(unsigned.body)).toBe('unauthorized');
    expect(await days()).toEqual([]);
  });

  it("erases the portal's tone days when HubSpot uninstalls the app", async () => {
    await h.call('POST', '/api/tone-events', { body: event() });
    expect(await days()).toHaveLength(1);
    const webhook = await postUninstall(h);
    expect(webhook.status).toBe(204);
    expect(await days()).toEqual([]);
    const after = await h.call('POST', '/api/tone-events', { body: event('copy-0002-bbbb') });
    expect(errorCode(after.body)).toBe('not-installed');
  });
});

describe('GET /api/outcomes', () => {
  /** The seed: tasks in the mock portal and tone days in the store, laid out back from today. */
  async function seed() {
    seedOutcomeTasks(h.world, today());
    for (const send of outcomeSeedToneSends(today())) {
      await h.backend.store.addToneSend(h.world.portalId, send, h.now());
    }
  }
  const read = async (userId: string, query: Record<string, string> = {}) => {
    const reply = await h.call('GET', '/api/outcomes', {
      query: { userId, ...query },
    });
    expect(reply.status).toBe(200);
    return outcomesReplySchema.parse(reply.body);
  };
  const table = (reply: OutcomesReply, id: string) =>
    reply.view.tables.find((candidate) => candidate.id === id);

  it("gives a super admin every figure of the seed's 12 weeks", async () => {
    await seed();
    const reply = await read('3001');
    expect(reply.ownFiguresOnly).toBe(false);
    expect(reply.view.headline.promisesMade).toBe(outcomeSeedFigures.promisesDue);
    expect(reply.view.headline.plansStarted).toBe(outcomeSeedFigures.plansStarted);
    expect(reply.view.headline.keptRate).toBeCloseTo(
      outcomeSeedFigures.kept / outcomeSeedFigures.promisesDue,
    );
    expect(reply.view.headline.okFirstTimeShare).toBeCloseTo(1 / 3);
    expect(reply.choices).toEqual({
      teams: ['101', '102'],
      agents: ['3001', '3002', '3003', '501', '502', '503'],
      owners: ['501', '502', '503'],
      currencies: ['EUR', 'GBP', 'USD'],
    });
    expect(table(reply, 'tone-by-agent')?.rows).toHaveLength(3);
    // One currency: a third of the promises, never summed with the others.
    const euros = await read('3001', { currency: 'EUR' });
    expect(euros.view.headline.promisesMade).toBe(outcomeSeedFigures.promisesDue / 3);
    const owner = await read('3001', { owner: '503' });
    expect(owner.view.headline.plansStarted).toBe(outcomeSeedFigures.plansStarted / 3);
  });

  it('shows an agent outside the chosen teams only their own figures', async () => {
    await seed();
    const own = await read('3002');
    expect(own.ownFiguresOnly).toBe(true);
    expect(own.view.headline.promisesMade).toBe(0);
    expect(table(own, 'tone-by-agent')?.rows.map((row) => row.cells[0])).toEqual([
      { kind: 'text', value: '3002' },
    ]);
    const week = table(own, 'tone-by-week')?.rows[0]?.cells[1];
    expect(week).toEqual({ kind: 'count', value: 5 });
  });

  it("shows a chosen team's member every figure, other agents' rows only where allowed", async () => {
    await seed();
    await saveSettings({ viewerTeamIds: ['101'] });
    const member = await read('3002');
    expect(member.ownFiguresOnly).toBe(false);
    expect(member.view.headline.promisesMade).toBe(outcomeSeedFigures.promisesDue);
    expect(member.view.agentsHidden).toBe(true);
    expect(await read('3003')).toMatchObject({ ownFiguresOnly: true });
    await saveSettings({ viewerTeamIds: ['101'], viewerTeamsSeeEveryAgent: true });
    expect((await read('3002')).view.agentsHidden).toBe(false);
  });

  it('answers a bad query with a JSON error', async () => {
    const badQueries: Record<string, string>[] = [
      { currency: 'eur' },
      { from: '2026-13-01' },
      { timeZone: 'Mars/Base' },
    ];
    for (const query of badQueries) {
      const reply = await h.call('GET', '/api/outcomes', { query });
      expect(reply.status).toBe(400);
      expect(errorCode(reply.body)).toBe('bad-request');
    }
    const backwards = await h.call('GET', '/api/outcomes', {
      query: { from: '2026-11-01', to: '2026-10-01' },
    });
    expect(backwards.status).toBe(400);
    expect(errorCode(backwards.body)).toBe('bad-request');
  });
});
