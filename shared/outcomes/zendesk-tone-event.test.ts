import { describe, expect, it } from '@jest/globals';
import { testToneSend } from '../testing/outcome-records';
import { addGuardEventToDay } from './guard-day-counts';
import { addSendToDay } from './tone-day-counts';
import { readToneEventFields, toneEventRecordFields } from './zendesk-tone-event';

const day = addSendToDay(undefined, testToneSend('save-1')).day;

describe('tone day as a Zendesk record', () => {
  it('reads back what it writes', () => {
    const fields = toneEventRecordFields(day);
    expect(fields).toMatchObject({
      agent_id: '7',
      group_id: '360001',
      drafts_checked: 2,
      sends: 1,
    });
    // A day without guard events reads back with zero guard counts.
    expect(readToneEventFields(fields)).toEqual({
      ok: true,
      value: { ...day, notNow: 0, contactsAgainstGuard: 0 },
    });
  });

  it('keeps the guard counts on the same record, and reads older records without them as zero', () => {
    const guarded = addGuardEventToDay(day, {
      agent: '7',
      date: day.date,
      kind: 'not-now',
      eventId: 'not-now-5-email',
    }).day;
    const fields = toneEventRecordFields(guarded);
    expect(fields).toMatchObject({ not_now: 1, contacts_against_guard: 0 });
    expect(readToneEventFields(fields)).toEqual({
      ok: true,
      value: { ...guarded, contactsAgainstGuard: 0 },
    });
    const { not_now: _notNow, contacts_against_guard: _against, ...older } = fields;
    const read = readToneEventFields(older);
    expect(read.ok && [read.value.notNow, read.value.contactsAgainstGuard]).toEqual([0, 0]);
  });

  it('says which field it cannot read', () => {
    const fields = { ...toneEventRecordFields(day), categories: '{"threat":-1}' };
    expect(readToneEventFields(fields)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^categories: /),
    });
    expect(readToneEventFields({ ...fields, date: 'soon' })).toMatchObject({ ok: false });
  });
});
