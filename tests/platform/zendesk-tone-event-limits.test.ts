// Zendesk's limits on custom object records, as the tone day record (tactful_tone_event) must meet
// them. Source: SOURCE = https://developer.zendesk.com/api-reference/custom-data/introduction/
// ("Custom object records limitations": each record at most 32 KB; records count toward the
// account's storage; no account exceeds 50 million custom object records; custom objects per
// account 3 on Suite Team, 5 on Suite Growth, 30 on Suite Professional and Support Enterprise, 50
// on Suite Enterprise and Enterprise Plus).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addSendToDay,
  recentSendLimit,
  type ToneDayCounts,
} from '../../shared/outcomes/tone-day-counts';
import { toneEventRecordFields } from '../../shared/outcomes/zendesk-tone-event';
import { toneCategories } from '../../shared/tone/types';

const recordLimitBytes = 32 * 1024;
const smallestPlanObjectLimit = 3;

describe('tone day records within Zendesk custom object limits (SOURCE)', () => {
  it('stays well under 32 KB at its largest: every category counted, 50 long send ids', () => {
    let day: ToneDayCounts | undefined;
    for (let i = 0; i < recentSendLimit * 2; i += 1) {
      day = addSendToDay(day, {
        sendId: `${'9'.repeat(20)}-${'f'.repeat(64)}-${i}`,
        agent: '9'.repeat(20),
        team: '9'.repeat(20),
        brandOrOwner: '9'.repeat(20),
        date: '2026-11-23',
        checks: 999_999,
        firstVerdict: 'block',
        finalVerdict: 'review',
        blocksCaught: 999_999,
        sentOverWarning: true,
        suggestionsApplied: 999_999,
        categories: Object.fromEntries(toneCategories.map((category) => [category, 999_999])),
      }).day;
    }
    if (day === undefined) throw new Error('no day');
    const record = {
      name: `tactful-tone-${day.agent}-${day.date}`,
      external_id: `tactful-tone-${day.agent}-${day.date}`,
      custom_object_fields: toneEventRecordFields(day),
    };
    expect(new TextEncoder().encode(JSON.stringify(record)).length).toBeLessThan(
      recordLimitBytes / 4,
    );
  });

  it('fits the smallest plan: Tactful declares at most 3 custom objects', () => {
    const requirements: unknown = JSON.parse(
      readFileSync(join(__dirname, '../../manifests/zendesk/requirements.json'), 'utf8'),
    );
    const objects =
      typeof requirements === 'object' &&
      requirements !== null &&
      'custom_objects_v2' in requirements
        ? JSON.stringify(requirements.custom_objects_v2)
        : '';
    const keys = [...objects.matchAll(/"key":"(tactful_[a-z_]+)","title"/g)].map(
      (match) => match[1],
    );
    expect(keys).toContain('tactful_tone_event');
    expect(keys.length).toBeLessThanOrEqual(smallestPlanObjectLimit);
  });
});
