import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../i18n';
import { defaultSettings, toPlanPolicy } from '../settings';
import { heldReplies, settled } from '../testing/controller-ports';
import { testPlanRequest } from '../testing/factories';
import { chooserCaseBalance, planChooserCases } from '../testing/plan-chooser-cases';
import { planChoices, type OptionChoice, type PlanForm } from './choice';
import { createPlanChooser } from './chooser-controller';

type Accept =
  | { status: 'idle' }
  | { status: 'saving'; optionId?: string }
  | { status: 'saved'; optionId: string }
  | { status: 'failed'; optionId: string };

/** The options for the hosts' test customer under the default policy, in English. */
function choicesFor(form: PlanForm) {
  const policy = toPlanPolicy(defaultSettings.policy, 'USD');
  if (!policy.ok) throw new Error('the default policy is valid');
  const request = {
    ...testPlanRequest(),
    policy: policy.value,
    balance: { minor: chooserCaseBalance, currency: 'USD' },
  };
  return planChoices(form, request, { t: createTranslator('en'), locale: 'en-US' });
}

/** A chooser as the card keeps it (`live`) or as the sidebar does (options on Show options). */
function chooser(live: boolean) {
  return createPlanChooser<Accept>({
    idle: { status: 'idle' },
    live,
    saving: (optionId) => ({ status: 'saving', optionId }),
    choices: choicesFor,
  });
}

/** A chooser on the card, the first fitting option chosen, and replies the test releases. */
function accepting(live = true) {
  const plans = chooser(live);
  if (!live) {
    plans.ask();
    plans.pick(plans.getSnapshot().view.options[0]?.id ?? '');
  }
  const records = heldReplies<[OptionChoice], Accept>();
  const chosen = plans.getSnapshot().view.chosen?.id ?? 'none';
  return { plans, records, chosen };
}

describe('the plan chooser over the shared chooser cases', () => {
  it.each(planChooserCases)('live (the card): $name', (c) => {
    const live = chooser(true);
    live.edit({ amount: c.perMonth });
    const { view } = live.getSnapshot();
    expect(view.options.some(({ id }) => id === 'instalments-monthly')).toBe(c.monthlyInstalments);
    expect(view.longer.map(({ frequency }) => frequency)).toEqual(c.longer);
    expect(view.nothingFits).toBe(c.nothingFits);
  });

  it.each(planChooserCases)('on Show options (the sidebar): $name', (c) => {
    const asked = chooser(false);
    asked.edit({ amount: c.perMonth });
    expect(asked.getSnapshot().view.options).toEqual([]);
    asked.ask();
    const { view } = asked.getSnapshot();
    expect(view.longer.map(({ frequency }) => frequency)).toEqual(c.longer);
    expect(view.nothingFits).toBe(c.nothingFits);
  });
});

describe('the plan chooser', () => {
  it('the card offers options before anything is typed; the sidebar waits for Show options', () => {
    expect(chooser(true).getSnapshot().view.chosen).toBeDefined();
    expect(chooser(false).getSnapshot().view.options).toEqual([]);
  });

  it('records the chosen plan once, however often Accept is pressed, and says how it ended', async () => {
    const { plans, records, chosen } = accepting();
    void plans.accept(records.call);
    void plans.accept(records.call);
    expect(plans.getSnapshot().accept).toEqual({ status: 'saving', optionId: chosen });
    expect(records.calls.map((call) => call.args[0].id)).toEqual([chosen]);
    await records.calls[0]?.answer({ status: 'saved', optionId: chosen });
    expect(plans.getSnapshot().accept).toEqual({ status: 'saved', optionId: chosen });
    // Recorded: pressing again would only replay the same write.
    void plans.accept(records.call);
    expect(records.calls).toHaveLength(1);
  });

  it('records the option picked when Accept is pressed', () => {
    const { plans, records } = accepting();
    const last = plans.getSnapshot().view.options.at(-1)?.id ?? '';
    plans.pick(last);
    void plans.accept(records.call);
    expect(records.calls[0]?.args[0].id).toBe(last);
  });

  it('records nothing before an option is chosen (the sidebar chooses none for the agent)', async () => {
    const sidebar = chooser(false);
    const records = heldReplies<[OptionChoice], Accept>();
    sidebar.edit({ amount: '200' });
    sidebar.ask();
    await sidebar.accept(records.call);
    expect(records.calls).toHaveLength(0);
    expect(sidebar.getSnapshot().accept).toEqual({ status: 'idle' });
  });

  it('lets a failed accept be tried again', async () => {
    const { plans, records, chosen } = accepting();
    void plans.accept(records.call);
    await records.calls[0]?.answer({ status: 'failed', optionId: chosen });
    void plans.accept(records.call);
    expect(records.calls).toHaveLength(2);
  });

  it('on the card a new figure or pick clears how the last accept ended; the sidebar keeps it', async () => {
    for (const live of [true, false]) {
      const { plans, records, chosen } = accepting(live);
      void plans.accept(records.call);
      await records.calls[0]?.answer({ status: 'saved', optionId: chosen });
      plans.pick('another');
      expect(plans.getSnapshot().pickedId).toBe('another');
      expect(plans.getSnapshot().accept.status).toBe(live ? 'idle' : 'saved');
      plans.edit({ amount: '200' });
      plans.ask();
      expect(plans.getSnapshot().accept).toEqual({ status: 'idle' });
    }
  });

  it('runs one plan write at a time (a re-apply, a follow-up)', async () => {
    const plans = chooser(false);
    const writes = heldReplies<[], Accept>();
    void plans.track({ status: 'saving' }, writes.call);
    void plans.track({ status: 'saving' }, writes.call);
    await settled();
    expect(writes.calls).toHaveLength(1);
    await writes.calls[0]?.answer({ status: 'saved', optionId: 'a' });
    expect(plans.getSnapshot().accept).toEqual({ status: 'saved', optionId: 'a' });
  });
});
