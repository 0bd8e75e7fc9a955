import { describe, expect, it } from '@jest/globals';
import { addSendToDay } from './tone-day-counts';
import { readToneEventFields, toneEventRecordFields } from './zendesk-tone-event';

const day = addSendToDay(undefined, {
  sendId: 'save-1',
  agent: '7',
  team: '360001',
  date: '2026-11-23',
  checks: 2,
  firstVerdict: 'review',
  finalVerdict: 'ok',
  blocksCaught: 1,
  sentOverWarning: false,
  suggestionsApplied: 1,
  categories: { pressure: 1 },
}).day;

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
