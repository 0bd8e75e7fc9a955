// The plans panel on a contact, rendered with HubSpot's test renderer: the balance comes from mock
// SDK actions, the portal's policy and the contact's tasks from msw at the backend's URL.
import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Input,
  LoadingButton,
  StatusTag,
  Text,
  Select,
  Button,
} from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import type { z } from 'zod';
import { server } from '../../mocks/node';
import { backendPaths, planWriteRequestSchema, type Engagement } from '../../apps/hubspot/contract';
import { defaultSettings } from '../../shared/settings';
import {
  contactProperties,
  contactUrl,
  createMockContext,
  engagementsHandler,
  settingsHandler,
  type TestServicesOptions,
  patiently,
} from './factories';
import { plansOnly, renderPanels } from './render-panels';

function renderPlans(options: TestServicesOptions = {}) {
  return renderPanels(plansOnly, options);
}

type Renderer = ReturnType<typeof renderPlans>;

async function enterAmount(renderer: Renderer, amount: string) {
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
    patiently,
  );
  renderer.findByTestId(Input, 'plan-amount').props.onInput?.(amount);
}

/** The plans panel over a portal with the default settings, `amount` typed in. */
async function plansFor(amount: string, options: TestServicesOptions = {}) {
  server.use(settingsHandler(), engagementsHandler());
  const renderer = renderPlans(options);
  await enterAmount(renderer, amount);
  return renderer;
}

describe('HubSpot card: payment plans', () => {
  it('suggests options for what the customer can afford, within the policy', async () => {
    const renderer = await plansFor('200'); // $1,250.00, customer in Chicago speaking Spanish

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'plan-option-instalments-monthly-count').text).toBe('7'),
      patiently,
    );
    const fact = (code: string) =>
      renderer.findByTestId(Text, `plan-option-instalments-monthly-${code}`).text;
    expect([fact('regular'), fact('final'), fact('first')]).toEqual([
      '$178.57',
      '$178.58',
      'Nov 25, 2026',
    ]);
    expect(renderer.findByTestId(Text, 'plan-option-instalments-monthly-total').text).toBe(
      '$1,250.00',
    );
    const choice = renderer.findByTestId(Select, 'plan-choice').props;
    expect(choice.options.map((option) => option.value)).toEqual([
      'pay-in-full',
      'instalments-semimonthly',
      'instalments-monthly',
      'instalments-biweekly',
      'instalments-weekly',
    ]);
    // Paying in full is more than $200 a month: the first affordable option is preselected.
    expect(choice.value).toBe('instalments-semimonthly');
    choice.onChange?.('instalments-monthly');
    // The customer's summary is in their language.
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'plans-summary').text).toContain('7 pagos cada mes'),
      patiently,
    );
  });

  it('words the options for a Spanish-speaking user from the shared catalog, dates in their locale', async () => {
    const renderer = await plansFor('200', {
      context: createMockContext({ user: { locale: 'es-ES' } }),
    });
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'plan-option-instalments-monthly-regular').text).toMatch(
          /178,57/,
        ),
      patiently,
    );
    const labels = renderer
      .findByTestId(Select, 'plan-choice')
      .props.options.map((option) => option.label);
    expect(labels).toContain('Cuotas (Mensual)');
    expect(labels).toContain('Pago total');
    expect(renderer.findByTestId(Text, 'plan-option-instalments-monthly-first').text).toBe(
      '25 nov 2026',
    );

    renderer.findByTestId(Input, 'plan-amount').props.onInput?.('doscientos');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Input, 'plan-amount').props.validationMessage).toBe(
          'Introduzca un importe como 150 o 150,00.',
        ),
      patiently,
    );
  });

  it('offers no plan past the maximum term: it says how much more each payment would need', async () => {
    const renderer = await plansFor('20');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Alert, 'plans-nothing-fits').props.title).toBe(
          'No plan fits the policy',
        ),
      patiently,
    );
    // Its text opens with what a title would say, so it has none.
    const monthly = renderer.findByTestId(Alert, 'plans-needs-longer-plan-monthly');
    expect(monthly.text).toMatch(
      /^Needs a longer plan than policy allows \(Monthly\): to finish within 12 months, each payment would be \$[\d,]+\.\d\d, \$[\d,]+\.\d\d more than the customer can afford \(\$20\.00\)\.$/,
    );
    expect(renderer.maybeFindByTestId(Text, 'plan-option-instalments-monthly-count')).toBeNull();
  });

  it('says what is wrong with an amount it cannot read, and offers nothing to accept', async () => {
    const renderer = await plansFor('two hundred');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Input, 'plan-amount').props.validationMessage).toMatch(
          /Enter an amount such as 150/,
        ),
      patiently,
    );
    expect(renderer.maybeFindByTestId(LoadingButton, 'plans-accept')).toBeNull();

    renderer.findByTestId(Select, 'plan-capacity-mode').props.onChange?.('income-and-expenditure');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Input, 'plan-income')).toBeTruthy(),
      patiently,
    );
    renderer.findByTestId(Input, 'plan-income').props.onInput?.('1500');
    renderer.findByTestId(Input, 'plan-outgoings').props.onInput?.('1600');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Input, 'plan-outgoings').props.validationMessage).toMatch(
          /Nothing is left after essential outgoings/,
        ),
      patiently,
    );
  });

  it('copies the chosen summary with the SDK clipboard action', async () => {
    const renderer = await plansFor('1250', {
      properties: contactProperties({ hs_language: 'en' }),
    });
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'plans-summary').text).toBe(
          'One payment of $1,250.00 on November 25, 2026.',
        ),
      patiently,
    );
    renderer.findByTestId(Button, 'plans-copy').trigger('onClick');
    const { copyTextToClipboard, addAlert } = renderer.mocks.actions;
    await renderer.waitFor(() => expect(addAlert.calls).toHaveLength(1), patiently);
    expect(copyTextToClipboard.calls).toEqual([['One payment of $1,250.00 on November 25, 2026.']]);
  });

  it('uses the portal policy: a monthly-only portal offers only monthly plans', async () => {
    server.use(
      settingsHandler({
        ...defaultSettings,
        policy: { ...defaultSettings.policy, frequencies: ['monthly'] },
      }),
      engagementsHandler(),
    );
    const renderer = renderPlans();
    await enterAmount(renderer, '300');
    await renderer.waitFor(
      () =>
        expect(
          renderer.findByTestId(Select, 'plan-choice').props.options.map((option) => option.value),
        ).toEqual(['pay-in-full', 'instalments-monthly']),
      patiently,
    );
  });

  it("shows the current plan's promises with their states", async () => {
    const task = (id: string, subject: string, status: string): Engagement => ({
      id,
      type: 'tasks',
      occurredAt: '2026-10-01T12:00:00.000Z',
      excerpt: subject,
      status,
    });
    server.use(
      settingsHandler(),
      engagementsHandler([
        task('11', 'Payment 1 of 3: 100.00 USD due 2026-10-25', 'COMPLETED'),
        task('12', 'Payment 2 of 3: 100.00 USD due 2026-11-10', 'NOT_STARTED'),
        task('13', 'Payment 3 of 3: 100.00 USD due 2026-12-10', 'NOT_STARTED'),
        task('14', 'Call Maria back', 'NOT_STARTED'),
      ]),
    );
    const renderer = renderPlans();
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'current-plan-health').text).toBe('At risk'),
      patiently,
    );
    expect(renderer.findByTestId(StatusTag, 'promise-state-2026-10-25').text).toBe('Kept');
    expect(renderer.findByTestId(StatusTag, 'promise-state-2026-11-10').text).toBe('Broken');
    expect(renderer.findByTestId(StatusTag, 'promise-state-2026-12-10').text).toBe('Pending');
  });

  it('accepts a plan once: a retry after a lost reply sends the same key and adds nothing', async () => {
    // A backend that keeps state the way ours does: one write per idempotency key.
    const written = new Map<string, { noteId: string; taskIds: string[] }>();
    const bodies: z.infer<typeof planWriteRequestSchema>[] = [];
    let calls = 0;
    server.use(
      settingsHandler(),
      engagementsHandler(),
      http.post(contactUrl(backendPaths.plans), async ({ request }) => {
        calls += 1;
        const body = planWriteRequestSchema.parse(await request.json());
        bodies.push(body);
        const earlier = written.get(body.idempotencyKey);
        const result = earlier ?? {
          noteId: String(500 + written.size),
          taskIds: body.instalments.map((_, index) => String(9000 + index)),
        };
        written.set(body.idempotencyKey, result);
        if (calls === 1) return HttpResponse.error(); // written, but the reply never arrives
        return HttpResponse.json({ ...result, replayed: earlier !== undefined });
      }),
    );
    const renderer = renderPlans();
    await enterAmount(renderer, '650');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Select, 'plan-choice').props.value).toBe(
          'instalments-monthly',
        ),
      patiently,
    );
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'plans-summary').text).toContain('2 pagos'),
      patiently,
    );
    renderer.findByTestId(LoadingButton, 'plans-accept').trigger('onClick');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Alert, 'plans-accept-failed').props.title).toBe(
          'Cannot reach Tactful',
        ),
      patiently,
    );

    renderer.findByTestId(Button, 'plans-accept-retry').trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Alert, 'plans-accepted').text).toMatch(/already recorded/),
      patiently,
    );
    // Recorded: the same plan cannot be accepted again from here.
    expect(renderer.findByTestId(LoadingButton, 'plans-accept').props.disabled).toBe(true);
    renderer.findByTestId(LoadingButton, 'plans-accept').trigger('onClick');
    expect(written.size).toBe(1);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[0]?.instalments).toEqual([
      { due: '2026-11-25', amount: '625.00' },
      { due: '2026-12-25', amount: '625.00' },
    ]);
    expect(bodies[0]?.idempotencyKey).toMatch(/^tactful-plan-[0-9a-f]{16}$/);
  });
});
