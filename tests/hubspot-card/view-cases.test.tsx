// The shared view-model cases (shared/testing/view-cases.ts) driven through the real card: the tone
// panel and the plans form show what shared/<feature>/view.ts decides. The verdict words are the
// Zendesk catalog's, so the two hosts name each verdict alike.
import { describe, expect, it } from '@jest/globals';
import { Button, Input, Select, StatusTag, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { server } from '../../mocks/node';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { PlansPanel } from '../../apps/hubspot/card/ui/panels/plans/PlansPanel';
import { TonePanel } from '../../apps/hubspot/card/ui/panels/tone/TonePanel';
import { encodeHubSpotTimeZone } from '../../shared/calendar/hubspot-timezone';
import { createTranslator } from '../../shared/i18n';
import { dueText } from '../../shared/overview/view';
import {
  capacityCases,
  dueCaseNow,
  dueViewCases,
  toneViewCases,
} from '../../shared/testing/view-cases';
import {
  collectionsHandler,
  contactProperties,
  createTestServices,
  emptyPortalHandlers,
  engagementsHandler,
  loadModelsBeforeAll,
  settingsHandler,
  type TestServicesOptions,
  patiently,
} from './factories';

loadModelsBeforeAll();

const english = createTranslator('en');

const englishContact: TestServicesOptions = {
  properties: contactProperties({ hs_language: 'en' }),
};

function useBackend() {
  server.use(settingsHandler(), engagementsHandler());
}

function renderPanel(panel: typeof TonePanel) {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(
    <Card
      services={createTestServices(englishContact)}
      panels={[{ id: 'panel', title: 'tone.title', Panel: panel }]}
    />,
  );
  return renderer;
}

describe('HubSpot card: the shared tone view cases', () => {
  it.each(toneViewCases)('$name', async (c) => {
    useBackend();
    const renderer = renderPanel(TonePanel);
    await renderer.waitFor(
      () => expect(renderer.find(TextArea).props.label).toBeTruthy(),
      patiently,
    );
    renderer.find(TextArea).props.onInput?.(c.draft);

    // The first renders describe the empty draft checked a moment ago: wait for the whole view.
    await renderer.waitFor(() => {
      expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(english(c.verdictLabel));
      const listed = c.problems.map(
        (_, index) => renderer.findByTestId(Text, `finding-${index}-excerpt`).text,
      );
      expect(listed).toEqual(c.problems.map((excerpt) => `You wrote: “${excerpt}”`));
      expect(renderer.maybeFindByTestId(Text, `finding-${c.problems.length}-excerpt`)).toBeNull();
      const good = renderer.findAll(Tag, (node) => /^good-\d+$/.test(String(node.props.testId)));
      expect(good.map((tag) => tag.text)).toEqual(c.good);
      expect(renderer.maybeFindByTestId(Button, 'draft-apply-all') !== null).toBe(c.applyAll);
      const apply = c.problems.map((_, index) =>
        renderer.maybeFindByTestId(Button, `finding-${index}-apply`),
      );
      expect(apply.map((button) => button !== null)).toEqual(c.apply);
    }, patiently);

    // The panel's rewrite ("Apply all" when offered, else the first Apply) writes the draft back.
    if (c.afterApply === undefined) return;
    const first = c.apply.indexOf(true);
    renderer
      .findByTestId(Button, c.applyAll ? 'draft-apply-all' : `finding-${first}-apply`)
      .trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.find(TextArea).props.value).toBe(c.afterApply),
      patiently,
    );
  });
});

describe('HubSpot card: the shared capacity form cases', () => {
  const inputs = { amount: 'plan-amount', income: 'plan-income', outgoings: 'plan-outgoings' };

  it.each(capacityCases)('$name', async (c) => {
    useBackend();
    const renderer = renderPanel(PlansPanel);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
      patiently,
    );
    if (c.form.mode === 'per-period') {
      renderer.findByTestId(Input, inputs.amount).props.onInput?.(c.form.amount);
    } else {
      renderer
        .findByTestId(Select, 'plan-capacity-mode')
        .props.onChange?.('income-and-expenditure');
      await renderer.waitFor(
        () => expect(renderer.findByTestId(Input, inputs.income)).toBeTruthy(),
        patiently,
      );
      renderer.findByTestId(Input, inputs.income).props.onInput?.(c.form.income);
      renderer.findByTestId(Input, inputs.outgoings).props.onInput?.(c.form.outgoings);
    }

    const { problem } = c;
    if (problem === undefined) {
      await renderer.waitFor(
        () =>
          expect(renderer.findByTestId(Select, 'plan-choice').props.options.length).toBeGreaterThan(
            0,
          ),
        patiently,
      );
      return;
    }
    // The same words the Zendesk sidebar shows for the same rule: the shared catalog's.
    const words = english(`plans.fieldErrors.${problem.error}`);
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Input, inputs[problem.field]).props.validationMessage).toBe(
          words,
        ),
      patiently,
    );
    expect(renderer.findByTestId(Input, inputs[problem.field]).props.error).toBe(true);
    expect(renderer.maybeFindByTestId(Select, 'plan-choice')).toBeNull();
  });
});

describe('HubSpot card: the shared due-status cases', () => {
  it.each(dueViewCases)('$name', async (c) => {
    server.use(...emptyPortalHandlers(), collectionsHandler());
    const renderer = createRenderer('crm.record.tab');
    const properties = contactProperties({
      tactful_due_date: c.dueDate,
      hs_timezone: encodeHubSpotTimeZone(c.timeZone),
    });
    renderer.render(
      <Card services={createTestServices({ properties, now: new Date(dueCaseNow) })} />,
    );
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Tag, 'balance-due-status').text).toBe(dueText(english, c.due)),
      patiently,
    );
  });
});
