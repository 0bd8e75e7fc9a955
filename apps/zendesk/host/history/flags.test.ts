// Flag changes against the mock Zendesk API through the ZAF proxy: each agent's change keeps its
// line in the flag log even when another agent writes the same user at the same moment.
import { describe, expect, it } from '@jest/globals';
import { http } from 'msw';
import { server } from '../../../../mocks/node';
import {
  createZendeskHandlers,
  createZendeskWorld,
  zendeskApiPattern,
} from '../../../../mocks/zendesk';
import { defaultModelSettings } from '../../../../mocks/zendesk/ticket-model';
import { createFakeZafClient } from '../../../../mocks/zendesk/zaf-client';
import { createZafHttpPort } from '../http';
import { readShellSettings } from '../settings';
import { parseFlagLog } from './flag-log';
import { changeContactFlag, flagWriteAttempts, type FlagChangeRequest } from './flags';
import { readHistorySettings } from './history-settings';

const noWait = { sleep: async () => undefined };
const shell = readShellSettings(defaultModelSettings);
const settings = readHistorySettings(shell);
const now = new Date('2026-11-25T15:00:00Z');

/** A fresh account; each agent works in their own browser, with their own proxy. */
function setup() {
  const world = createZendeskWorld();
  server.use(...createZendeskHandlers(world));
  const agentPort = () => createZafHttpPort(createFakeZafClient());
  const log = () => parseFlagLog(String(world.users.get(9001)?.user_fields['tactful_flag_log']));
  /** One agent's change to customer 9001's flags, through a fresh agent port. */
  const changeFlag = (flag: FlagChangeRequest, at: Date = now) =>
    changeContactFlag(agentPort(), noWait, 9001, flag, shell, settings, at);
  return { world, log, changeFlag };
}

describe('changing a contact flag', () => {
  it('keeps both lines when two agents flag the same customer at the same moment', async () => {
    const { world, log, changeFlag } = setup();
    const [alex, sam] = await Promise.all([
      changeFlag({
        flag: 'do-not-call',
        on: true,
        reason: 'Asked not to be called',
        by: 'Alex Rivera',
      }),
      changeFlag(
        { flag: 'dispute', on: true, reason: 'Disputes the October charge', by: 'Sam Lee' },
        new Date('2026-11-25T15:00:01Z'),
      ),
    ]);
    expect(alex.ok).toBe(true);
    expect(sam.ok).toBe(true);
    expect(
      log()
        .map((change) => `${change.by}: ${change.kind}, ${change.reason}`)
        .sort(),
    ).toEqual([
      'Alex Rivera: do-not-call, Asked not to be called',
      'Sam Lee: dispute, Disputes the October charge',
    ]);
    const fields = world.users.get(9001)?.user_fields ?? {};
    expect(fields['tactful_flag_do_not_call']).toBe(true);
    expect(fields['tactful_flag_dispute']).toBe(true);
  });

  it('says another agent is changing the customer when its line keeps being overwritten', async () => {
    const { world, log, changeFlag } = setup();
    let puts = 0;
    let overwritten = 0;
    server.use(
      http.put(`${zendeskApiPattern}/users/:id.json`, () => {
        puts += 1;
        return undefined;
      }),
      // After each of our writes, another agent's write from an older copy of the log lands first.
      http.get(`${zendeskApiPattern}/users/:id.json`, () => {
        const user = world.users.get(9001);
        if (user && overwritten < puts) {
          overwritten = puts;
          user.user_fields['tactful_flag_log'] =
            `2026-11-25T14:59:0${puts}.000Z | set | vulnerable | Sam Lee | Bereavement`;
        }
        return undefined;
      }),
    );
    const result = await changeFlag({
      flag: 'do-not-call',
      on: true,
      reason: 'Asked not to be called',
      by: 'Alex Rivera',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(puts).toBe(flagWriteAttempts);
    expect(log().map((change) => change.by)).toEqual(['Sam Lee']);
  });
});
