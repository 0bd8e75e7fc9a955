import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import requirements from '../../manifests/zendesk/requirements.json';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import {
  planActiveTag,
  planObjectKey,
  promiseMissedTag,
  readCustomerPlans,
  recordAcceptedPlan,
} from '../../apps/zendesk/host/plans';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { declaredCustomObjectsSchema } from '../../mocks/zendesk/custom-objects';
import { createPlanHandlers } from '../../mocks/zendesk/plans';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { server } from '../../mocks/node';
import { money } from '../../shared/money/money';
import { promisesFromPlan, suggestPlans } from '../../shared/plans';

const declared = z
  .object({
    custom_objects_v2: declaredCustomObjectsSchema,
    // The Automations API's shape (developer.zendesk.com/api-reference/ticketing/business-rules/
    // automations/, "JSON format"): `conditions` is an object holding the `all` and `any` arrays,
    // `actions` an array. Strict, so `all`/`any` at the automation's top level fail here.
    automations: z.record(
      z.string(),
      z
        .object({
          title: z.string().min(1),
          active: z.boolean().optional(),
          conditions: z
            .object({
              all: z.array(
                z.object({ field: z.string(), operator: z.string(), value: z.string() }),
              ),
              any: z.array(
                z.object({ field: z.string(), operator: z.string(), value: z.string() }),
              ),
            })
            .strict(),
          actions: z.array(z.object({ field: z.string(), value: z.string() })),
        })
        .strict(),
    ),
  })
  .loose()
  .parse(requirements);

describe('requirements.json: the plan records object and the missed-promise automation', () => {
  it('declares every field the sidebar writes, and reads back what it wrote', async () => {
    const world = createZendeskWorld();
    server.use(...createZendeskHandlers(world), ...createPlanHandlers(world));
    const http = createZafHttpPort(createFakeZafClient());
    const retry = { sleep: async () => undefined };
    const suggestions = suggestPlans({
      balance: money(30_000, 'USD'),
      today: '2026-11-25',
      locale: 'en-US',
      policy: {
        minInstalment: money(2_500, 'USD'),
        maxTermMonths: 12,
        frequencies: ['monthly'],
        firstPaymentWithinDays: 14,
        maxSettlementDiscountPercent: 0,
        feesWaivable: false,
        rollWeekends: false,
      },
      capacity: { kind: 'per-period', amount: money(10_000, 'USD'), per: 'monthly' },
    });
    if (!suggestions.ok) throw new Error(suggestions.error.message);
    const option = suggestions.value.options.find((o) => o.kind === 'instalments');
    if (!option) throw new Error('No instalment option');
    const accepted = promisesFromPlan(option, {
      customerRef: 'zendesk-user-9001',
      channel: 'zendesk',
      recordedBy: '100',
    });
    const written = await recordAcceptedPlan(http, retry, {
      ticketId: 1,
      customerId: 9001,
      option,
      accepted,
      acceptedOn: '2026-11-25',
      scope: { brand: '360002', group: '20002' },
    });
    expect(written).toEqual({ ok: true, value: undefined });

    const object = declared.custom_objects_v2.objects.find((o) => o.key === planObjectKey);
    expect(object).toBeDefined();
    const fields = declared.custom_objects_v2.object_fields.filter(
      (field) => field.object_key === planObjectKey,
    );
    const keys = fields.map((field) => field.key);
    const types = fields.find((field) => field.key === 'record_type')?.custom_field_options;
    const records = world.customObjectRecords.get(planObjectKey) ?? [];
    expect(records).toHaveLength(4);
    for (const record of records) {
      for (const key of Object.keys(record.custom_object_fields)) expect(keys).toContain(key);
      expect(types?.map((t) => t.value)).toContain(record.custom_object_fields['record_type']);
      // The ticket's brand and group, for the outcomes page's filters.
      expect(record.custom_object_fields).toMatchObject({ brand_id: '360002', group_id: '20002' });
    }

    const read = await readCustomerPlans(http, retry, 9001);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.current?.planKey).toBe(accepted.planKey);
    expect(read.value.current?.promises).toEqual(accepted.promises);
  });

  it('reopens on the tags the sidebar sets, and stops itself from running twice', () => {
    const automation = declared.automations['tactful_reopen_missed_promise'];
    expect(automation?.conditions.all).toEqual(
      expect.arrayContaining([
        { field: 'current_tags', operator: 'includes', value: planActiveTag },
        { field: 'current_tags', operator: 'not_includes', value: promiseMissedTag },
      ]),
    );
    // Zendesk requires an action that makes a condition false, or the automation would loop.
    expect(automation?.actions).toEqual(
      expect.arrayContaining([
        { field: 'status', value: 'open' },
        { field: 'current_tags', value: promiseMissedTag },
      ]),
    );
  });
});
