// Task bodies the backend writes to HubSpot carry the customer-visible text as text, escaped like
// note bodies, and still carry the reference that finds a write whose reply was lost.
import { describe, expect, it } from '@jest/globals';
import { planWriteReplySchema, promiseWriteReplySchema } from '../../apps/hubspot/contract';
import { promiseWriteJson } from '../../shared/testing/factories';
import { installedHarnessEachTest, type Harness } from './harness';

const hostile = 'Pay $120.00 on the 5th <img src=x onerror=alert(1)> & "thanks"';
const escaped =
  'Pay $120.00 on the 5th &lt;img src=x onerror=alert(1)&gt; &amp; &quot;thanks&quot;';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness));

const taskBody = (id: string) => h.world.objects.tasks.get(id)?.properties.hs_task_body ?? '';

describe('task bodies written to HubSpot', () => {
  it('escapes a plan summary in every instalment task, as in the plan note', async () => {
    const reply = await h.call('POST', '/api/contacts/506/plans', {
      body: {
        idempotencyKey: 'plan-escape-0001',
        currency: 'USD',
        summary: hostile,
        instalments: [
          { due: '2027-01-05', amount: '120.00' },
          { due: '2027-02-05', amount: '120.00' },
        ],
      },
    });
    expect(reply.status).toBe(200);
    const written = planWriteReplySchema.parse(reply.body);
    const bodies = written.taskIds.map(taskBody);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(body).toContain(escaped);
      expect(body).not.toContain('<img');
      expect(body).toMatch(/Ref: tactful-ref-[0-9a-f]{20}/);
    }
    const note = h.world.objects.notes.get(written.noteId)?.properties.hs_note_body ?? '';
    expect(note).toContain(escaped);
  });

  it('escapes a promise summary in its task', async () => {
    const reply = await h.call('POST', '/api/contacts/502/promises', {
      body: promiseWriteJson('promise-escape-0001', {
        amount: { amount: '200', currency: 'EUR' },
        summary: hostile,
      }),
    });
    expect(reply.status).toBe(200);
    const body = taskBody(promiseWriteReplySchema.parse(reply.body).taskId);
    expect(body).toContain(escaped);
    expect(body).not.toContain('<img');
    expect(body).toMatch(/Ref: tactful-ref-[0-9a-f]{20}/);
  });
});
