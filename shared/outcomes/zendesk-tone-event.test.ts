import { describe, expect, it } from '@jest/globals';
import { testToneSend } from '../testing/outcome-records';
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
    expect(readToneEventFields(fields)).toEqual({ ok: true, value: day });
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
