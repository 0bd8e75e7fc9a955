// The tone day store (outcomes, issue 17) against SQLite always and PostgreSQL when
// TACTFUL_TEST_DATABASE_URL is set: one row per portal, agent and day holding counts only; a send
// counted once however often it is retried, also by many writers at once; retention erases old
// days; an uninstall or a broken installation erases them all. Contact-guard events (a guard's
// "not now", a contact made against one) add to the same rows, counted once per agent and event id.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createPostgresStore } from '../../apps/hubspot/server/store/postgresStore';
import { createSqliteStore } from '../../apps/hubspot/server/store/sqliteStore';
import type { Store } from '../../apps/hubspot/server/store/store';
import { purgeAllToneDays, purgeToneDays } from '../../apps/hubspot/server/toneRetention';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/calendar';
import {
  notNowEventId,
  outcomeDaysOf,
  type GuardEvent,
  type ToneSend,
} from '../../shared/outcomes';
import {
  testToneSend,
  testToneSendPair,
  testToneSendPairCounts,
} from '../../shared/testing/outcome-records';

const postgresUrl = process.env.TACTFUL_TEST_DATABASE_URL;
const backends: Array<[string, () => Store]> = [['SQLite', () => createSqliteStore(':memory:')]];
if (postgresUrl) backends.push(['PostgreSQL', () => createPostgresStore(postgresUrl)]);
const basePortal = 20_000_000 + Math.floor(Math.random() * 70_000_000);

const date = (text: string): PlainDate => {
  const parsed = parsePlainDate(text);
  if (parsed === undefined) throw new Error(`bad date ${text}`);
  return parsed;
};

/** Agent 3001 of team 101 on 2026-11-25. */
const owner = { agent: '3001', team: '101', date: date('2026-11-25') };
const send = (sendId: string, overrides: Partial<ToneSend> = {}): ToneSend =>
  testToneSend(sendId, { ...owner, ...overrides });

const notNow = (contact: string, overrides: Partial<GuardEvent> = {}): GuardEvent => ({
  ...owner,
  kind: 'not-now',
  eventId: notNowEventId(contact, 'email', overrides.date ?? owner.date),
  ...overrides,
});
const against = (id: string, overrides: Partial<GuardEvent> = {}): GuardEvent => ({
  ...owner,
  kind: 'contact-against-guard',
  eventId: `against-email-${id}`,
  ...overrides,
});
const everything = (store: Store, portalId: number) =>
  store.listToneDays(portalId, '2000-01-01', '2100-01-01');

describe.each(backends)('%s tone days', (_name, open) => {
  let store: Store;
  let portal = basePortal;
  const nextPortal = () => ++portal;
  beforeAll(async () => {
    store = open();
    await store.migrate();
  });
  afterAll(async () => {
    await store.close();
  });

  it('adds sends to one row per agent and day, and counts a retried send once', async () => {
    const portalId = nextPortal();
    const [first, second] = testToneSendPair(['send-aaaa-1', 'send-aaaa-2'], owner);
    expect(await store.addToneSend(portalId, first, 1)).toBe(true);
    expect(await store.addToneSend(portalId, second, 2)).toBe(true);
    // The retry of the first send: nothing changes.
    expect(await store.addToneSend(portalId, first, 3)).toBe(false);
    await store.addToneSend(portalId, send('send-bbbb-1', { agent: '3002', team: undefined }), 4);

    const days = await store.listToneDays(portalId, '2026-11-01', '2026-11-30');
    expect(days).toEqual([
      expect.objectContaining({
        ...testToneSendPairCounts,
        ...owner,
      }),
      expect.objectContaining({ agent: '3002', sends: 1 }),
    ]);
    expect(days[1]).not.toHaveProperty('team');
    // Another portal sees none of it.
    expect(await store.listToneDays(nextPortal(), '2026-11-01', '2026-11-30')).toEqual([]);
  });

  it('counts one send once when many writers retry it at the same time', async () => {
    const portalId = nextPortal();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.addToneSend(portalId, send('send-race-1'), 1)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    const [day] = await store.listToneDays(portalId, '2026-11-25', '2026-11-25');
    expect(day?.sends).toBe(1);
  });

  it('erases days older than the retention, and the ids that deduped them', async () => {
    const portalId = nextPortal();
    await store.addToneSend(portalId, send('send-old-01', { date: date('2025-10-24') }), 1);
    await store.addToneSend(portalId, send('send-kept-1', { date: date('2025-10-25') }), 1);
    // Today 2026-11-25 with the default 13 months: 2025-10-25 is the first day kept.
    expect(await purgeToneDays(store, portalId, date('2026-11-25'))).toBeGreaterThan(0);
    const left = await store.listToneDays(portalId, '2000-01-01', '2100-01-01');
    expect(left.map((day) => day.date)).toEqual(['2025-10-25']);
    // The admin's shorter retention, a month later by the clock.
    await store.saveSettings(portalId, JSON.stringify({ outcomes: { retentionMonths: 1 } }), 1);
    await purgeToneDays(store, portalId, date('2025-12-01'));
    expect(await store.listToneDays(portalId, '2000-01-01', '2100-01-01')).toEqual([]);
    // The old send's id went with its day: the same id on a new day counts again.
    expect(await store.addToneSend(portalId, send('send-old-01'), 1)).toBe(true);
    expect(await store.portalsWithToneDays()).toContain(portalId);
  });

  it('erases every tone day of a portal on uninstall and when its installation breaks', async () => {
    const uninstalled = nextPortal();
    const broken = nextPortal();
    for (const portalId of [uninstalled, broken]) {
      await store.saveInstallation({
        portalId,
        sealedRefreshToken: 'r',
        sealedAccessToken: 'a',
        accessTokenExpiresAt: 1,
        scopes: '',
        installedAt: 1,
        updatedAt: 1,
      });
      await store.addToneSend(portalId, send('send-gone-1'), 1);
      await store.addGuardEvent(portalId, notNow('51'), 1);
      await store.addGuardEvent(portalId, against('copy-1', { date: date('2026-11-26') }), 1);
    }
    await store.deleteInstallation(uninstalled);
    expect(await store.markInstallationBroken(broken, 2, 1)).toBe(true);
    for (const portalId of [uninstalled, broken]) {
      expect(await store.listToneDays(portalId, '2000-01-01', '2100-01-01')).toEqual([]);
      expect(await store.portalsWithToneDays()).not.toContain(portalId);
      // Gone with the day: its send and event ids no longer dedupe.
      expect(await store.addToneSend(portalId, send('send-gone-1'), 1)).toBe(true);
      expect(await store.addGuardEvent(portalId, notNow('51'), 1)).toBe(true);
    }
  });

  it('adds guard events to the tone day row and counts a retried event once', async () => {
    const portalId = nextPortal();
    await store.addToneSend(portalId, testToneSend('send-aaaa-1', owner), 1);
    expect(await store.addGuardEvent(portalId, notNow('51'), 2)).toBe(true);
    expect(await store.addGuardEvent(portalId, notNow('52'), 3)).toBe(true);
    expect(await store.addGuardEvent(portalId, against('copy-1'), 4)).toBe(true);
    // Retries of each: nothing changes.
    expect(await store.addGuardEvent(portalId, notNow('51'), 5)).toBe(false);
    expect(await store.addGuardEvent(portalId, against('copy-1'), 6)).toBe(false);

    const days = await everything(store, portalId);
    expect(days).toEqual([
      expect.objectContaining({ ...owner, sends: 1, notNow: 2, contactsAgainstGuard: 1 }),
    ]);
    // The page's records: one tone day and one guard day, split as on Zendesk.
    const { toneDays, guardDays } = outcomeDaysOf(days);
    expect(toneDays).toHaveLength(1);
    expect(guardDays).toEqual([{ ...owner, notNow: 2, contactsAgainstGuard: 1 }]);
  });

  it('counts the same "not now" once per agent, each agent who was told it', async () => {
    const portalId = nextPortal();
    expect(await store.addGuardEvent(portalId, notNow('51'), 1)).toBe(true);
    const other = notNow('51', { agent: '3002', team: undefined });
    expect(await store.addGuardEvent(portalId, other, 1)).toBe(true);
    expect(await store.addGuardEvent(portalId, other, 2)).toBe(false);
    const days = await everything(store, portalId);
    expect(days.map((day) => [day.agent, day.notNow, day.sends])).toEqual([
      ['3001', 1, 0],
      ['3002', 1, 0],
    ]);
    // A day of guard events only is a guard day, not a tone day.
    expect(outcomeDaysOf(days).toneDays).toEqual([]);
    expect(outcomeDaysOf(days).guardDays).toHaveLength(2);
  });

  it('counts one event once when many writers retry it at the same time', async () => {
    const portalId = nextPortal();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.addGuardEvent(portalId, notNow('race'), 1)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await everything(store, portalId))[0]?.notNow).toBe(1);
  });

  it('erases guard days older than the retention, and the ids that deduped them', async () => {
    const portalId = nextPortal();
    const old = notNow('51', { date: date('2025-10-24') });
    await store.addGuardEvent(portalId, old, 1);
    await store.addGuardEvent(portalId, notNow('52', { date: date('2025-10-25') }), 1);
    // The sweep, today 2026-11-25 with the default 13 months: 2025-10-25 is the first day kept.
    expect(await purgeAllToneDays(store, date('2026-11-25'))).toBeGreaterThan(0);
    expect((await everything(store, portalId)).map((day) => day.date)).toEqual(['2025-10-25']);
    // The old event's id went with its day.
    expect(await store.addGuardEvent(portalId, old, 1)).toBe(true);
  });
});
