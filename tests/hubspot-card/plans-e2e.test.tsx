// The plans panel end to end: the card's real backend client, signed like hubspot.fetch, against our
// real backend on loopback, which writes to the mock HubSpot portal. Accepting writes one note and
// one task per payment; a retry after the card gave up waiting writes nothing more.
import { describe, expect, it } from '@jest/globals';
import { Alert, Button, Input, LoadingButton, StatusTag, Select } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import {
  createBackendClient,
  type BackendTransport,
} from '../../apps/hubspot/card/host/backend-client';
import { createCrmHost } from '../../apps/hubspot/card/host/crm-host';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { PlansPanel } from '../../apps/hubspot/card/ui/panels/plans/PlansPanel';
import type { HubSpotPlayground } from '../../mocks/hubspot/playground';
import { hubspotPlaygroundForTests } from '../server/playground-per-file';
import { contactProperties, createMockActions, createMockContext, patiently } from './factories';

let playground: HubSpotPlayground;
hubspotPlaygroundForTests((started) => (playground = started));

/** Seeded contact 501: Avery Johnson, $1,250.00, New York. */
const contactId = '501';

/** hubspot.fetch against the playground; `loseFirstPlanReply` drops the first plan write's reply. */
function playgroundTransport(options: { loseFirstPlanReply?: () => void } = {}): BackendTransport {
  let lost = false;
  return (url, request) => {
    const { pathname, search } = new URL(url);
    const sent = playground.hubspotFetch(`${pathname}${search}`, {
      method: request.method,
      ...(request.body === undefined ? {} : { body: request.body }),
      timeout: request.timeoutMs,
    });
    if (options.loseFirstPlanReply && !lost && request.method === 'POST') {
      lost = true;
      const onWritten = options.loseFirstPlanReply;
      // The backend finishes the write; the card never hears back and gives up at its timeout.
      return sent.then(() => {
        onWritten();
        return new Promise<Response>(() => {});
      });
    }
    return sent;
  };
}

function renderPlans(transport: BackendTransport, timeoutMs?: number) {
  const renderer = createRenderer('crm.record.tab');
  const services = {
    crm: createCrmHost(
      createMockContext({ crm: { objectId: Number(contactId) } }),
      createMockActions(
        contactProperties({
          firstname: 'Avery',
          lastname: 'Johnson',
          hs_timezone: 'america_slash_new_york',
          hs_language: 'en',
        }),
      ),
    ),
    backend: createBackendClient({
      baseUrl: playground.backendUrl,
      caller: { portalId: playground.portalId, userId: 3001 },
      transport,
      timeoutMs,
    }),
    clock: { now: () => new Date('2026-11-25T15:00:00Z') },
  };
  renderer.render(
    <Card
      services={services}
      panels={[{ id: 'plans', title: 'card.plans.title', Panel: PlansPanel }]}
    />,
  );
  return renderer;
}

/** Plan notes and plan tasks on the contact in the mock portal. */
function writtenToHubSpot() {
  const linked = playground.world.associations.get(contactId);
  const linkedIds = (type: 'notes' | 'tasks') =>
    new Set((linked?.get(type) ?? []).map((a) => a.id));
  const notes = [...playground.world.objects.notes.values()].filter(
    (note) =>
      linkedIds('notes').has(note.id) &&
      (note.properties.hs_note_body ?? '').includes('Payment plan accepted'),
  );
  const tasks = [...playground.world.objects.tasks.values()].filter(
    (task) =>
      linkedIds('tasks').has(task.id) &&
      /^Payment \d+ of \d+: /.test(task.properties.hs_task_subject ?? ''),
  );
  return { notes: notes.length, tasks: tasks.map((task) => task.properties.hs_task_subject) };
}

async function chooseMonthlyPlan(renderer: ReturnType<typeof renderPlans>, amount: string) {
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
    patiently,
  );
  renderer.findByTestId(Input, 'plan-amount').props.onInput?.(amount);
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Select, 'plan-choice').props.value).toBeDefined(),
    patiently,
  );
  renderer.findByTestId(Select, 'plan-choice').props.onChange?.('instalments-monthly');
}

describe('HubSpot card: accepting a plan through the backend', () => {
  it('writes a note and one task per payment, once, even when the first reply is lost', async () => {
    let written!: () => void;
    const firstWriteDone = new Promise<void>((resolve) => {
      written = resolve;
    });
    const renderer = renderPlans(
      playgroundTransport({ loseFirstPlanReply: () => written() }),
      3000,
    );
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
      patiently,
    );
    await chooseMonthlyPlan(renderer, '500'); // 3 monthly payments: 416.66, 416.66, 416.68
    await renderer.waitFor(
      () => expect(renderer.findByTestId(LoadingButton, 'plans-accept').props.disabled).toBe(false),
      patiently,
    );
    renderer.findByTestId(LoadingButton, 'plans-accept').trigger('onClick');
    await firstWriteDone;
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Alert, 'plans-accept-failed').props.title).toBe(
          'Tactful is taking too long',
        ),
      patiently,
    );
    expect(writtenToHubSpot()).toEqual({
      notes: 1,
      tasks: [
        'Payment 1 of 3: 416.66 USD due 2026-11-25',
        'Payment 2 of 3: 416.66 USD due 2026-12-25',
        'Payment 3 of 3: 416.68 USD due 2027-01-25',
      ],
    });

    renderer.findByTestId(Button, 'plans-accept-retry').trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Alert, 'plans-accepted').text).toMatch(/already recorded/),
      patiently,
    );
    expect(writtenToHubSpot().notes).toBe(1);
    expect(writtenToHubSpot().tasks).toHaveLength(3);

    // The current plan is read back from the tasks: three pending promises.
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(StatusTag, 'promise-state-2027-01-25').text).toBe('Pending'),
      patiently,
    );
    expect(renderer.findByTestId(StatusTag, 'current-plan-health').text).toBe('On track');
  });
});
