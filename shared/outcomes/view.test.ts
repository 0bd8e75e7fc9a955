import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { money } from '../money/money';
import {
  outcomesToday,
  testOutcomeRecords,
  testPayment,
  testPromise,
  testToneDay,
} from '../testing/outcome-records';
import { tableCsv } from './csv';
import { linkedColumns, outcomeRowLinks } from './links';
import { outcomesReport } from './report';
import { cellText, outcomesView, type OutcomeTable } from './view';

const report = outcomesReport(
  testOutcomeRecords({
    promises: [
      testPromise({ due: '2026-11-02' }),
      testPromise({ customerRef: 'c2', amount: money(1_500, 'JPY'), due: '2026-11-03' }),
    ],
    payments: [testPayment(10_000, '2026-11-01')],
    toneDays: [testToneDay(), testToneDay({ agent: '=HYPERLINK("x")', team: 't2' })],
  }),
  { today: outcomesToday },
);

const table = (id: OutcomeTable['id'], seesEveryAgent = true): OutcomeTable => {
  const found = outcomesView(report, { agent: 'a1', seesEveryAgent }).tables.find(
    (candidate) => candidate.id === id,
  );
  if (found === undefined) throw new Error(`no table ${id}`);
  return found;
};

describe('outcomes view', () => {
  it('shows an agent only their own per-agent figures unless the admin allows more', () => {
    expect(table('tone-by-agent').rows).toHaveLength(2);
    const own = outcomesView(report, { agent: 'a1', seesEveryAgent: false });
    expect(own.agentsHidden).toBe(true);
    expect(own.tables.find((t) => t.id === 'tone-by-agent')?.rows).toHaveLength(1);
    // Team figures stay: they name no agent.
    expect(own.tables.find((t) => t.id === 'tone-by-team')?.rows).toHaveLength(2);
  });

  it('names the agents behind tone rows, and only the viewer to one who sees their own row', () => {
    const week = (seesEveryAgent: boolean) =>
      table('tone-by-week', seesEveryAgent).rows.find((row) => (row.agentRefs ?? []).length > 0);
    expect(week(true)?.agentRefs).toEqual(['=HYPERLINK("x")', 'a1']);
    expect(week(false)?.agentRefs).toEqual(['a1']);
    expect(table('tone-by-agent').rows.map((row) => row.agentRefs)).toEqual([
      ['=HYPERLINK("x")'],
      ['a1'],
    ]);
    expect(table('tone-by-team', false).rows.map((row) => row.agentRefs)).toEqual([['a1'], []]);
  });

  it('links customers to their tickets (Zendesk) or contact records (HubSpot), agents to theirs', () => {
    const [week] = table('tone-by-week').rows.filter((row) => (row.agentRefs ?? []).length > 0);
    const promises = table('promises-by-week').rows.find((row) => row.customerRefs?.length);
    if (week === undefined || promises === undefined) throw new Error('no linked rows');
    const zendesk = { host: 'zendesk', origin: 'https://acme.zendesk.com' } as const;
    expect(outcomeRowLinks(promises, zendesk).customers[0]).toEqual({
      kind: 'customer',
      ref: 'c1',
      href: 'https://acme.zendesk.com/agent/users/c1/requested_tickets',
      label: 'outcomes.customerTickets',
    });
    // Ids are encoded into the path: an agent id never makes a different URL.
    expect(outcomeRowLinks(week, zendesk).agents.map((link) => link.href)).toEqual([
      'https://acme.zendesk.com/agent/users/%3DHYPERLINK(%22x%22)/assigned_tickets',
      'https://acme.zendesk.com/agent/users/a1/assigned_tickets',
    ]);
    const hubspot = { host: 'hubspot', portalId: 123 } as const;
    expect(outcomeRowLinks(promises, hubspot).customers[0]?.href).toBe(
      'https://app.hubspot.com/contacts/123/record/0-1/c1',
    );
    // HubSpot tone agents are user ids, not contacts: named, not linked.
    expect(outcomeRowLinks(week, hubspot).agents).toEqual([]);
    expect(linkedColumns(table('tone-by-week').rows, hubspot)).toEqual({
      customers: false,
      agents: false,
    });
    expect(linkedColumns(table('tone-by-week').rows, zendesk)).toEqual({
      customers: false,
      agents: true,
    });
  });

  it('links each week to the customers behind it and gives headline figures', () => {
    const week = table('promises-by-week').rows.find(
      (row) => row.cells[0]?.kind === 'text' && row.cells[0].value === '2026-W45',
    );
    expect(week?.customerRefs).toEqual(['c1', 'c2']);
    const view = outcomesView(report, { agent: 'a1', seesEveryAgent: true });
    expect(view.headline).toMatchObject({ promisesMade: 2, keptRate: 0.5 });
    expect(view.currencies).toEqual(['JPY', 'USD']);
  });

  it('words cells in English and Spanish, with a dash where there is no rate', () => {
    const en = createTranslator('en');
    const es = createTranslator('es');
    expect(cellText(en, 'en-US', { kind: 'rate', value: 0.5 })).toBe('50%');
    expect(cellText(en, 'en-US', { kind: 'rate', value: undefined })).toBe('—');
    expect(cellText(en, 'en-US', { kind: 'money', value: money(123_456, 'USD') })).toBe(
      '$1,234.56',
    );
    expect(
      cellText(es, 'es', { kind: 'label', code: 'outcomes.planStatus.at-risk', value: 'at-risk' }),
    ).toBe('En riesgo');
    expect(
      cellText(en, 'en', { kind: 'categories', value: [{ category: 'threat', count: 3 }] }),
    ).toBe('Threat (3)');
    expect(cellText(es, 'es', { kind: 'days', value: 1 })).toBe('1 día');
  });
});

describe('CSV export', () => {
  it('writes each amount in its own currency, never as a sum of two', () => {
    const csv = tableCsv(table('amounts-by-week'));
    expect(csv.split('\r\n')).toEqual([
      'week,currency,promised,received',
      '2026-W45,JPY,1500,0',
      '2026-W45,USD,100.00,100.00',
      '',
    ]);
  });

  it('escapes a value a spreadsheet would run as a formula', () => {
    const csv = tableCsv(table('tone-by-agent'));
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv.split('\r\n')[0]).toBe(
      'agent,drafts_checked,ok_first_time_share,blocks_caught,sent_over_warning,top_categories',
    );
    expect(csv).toContain('a1,10,0.7500,1,0,pressure:2;jargon:1');
  });
});
