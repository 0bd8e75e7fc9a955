// Tactful's settings page in HubSpot (the app settings component): it loads the portal's settings
// from our backend, shows a field-level message for a bad value without saving anything, and PUTs
// good settings. The backend is msw at the network boundary; the toast is the SDK's action spy.
import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  ErrorState,
  Input,
  MultiSelect,
  NumberInput,
  Select,
  Text,
  TextArea,
  Toggle,
} from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths, toneFeedbackListReplySchema } from '../../apps/hubspot/contract';
import { renderSettingsPage } from './render-settings';
import { buildToneFeedback } from '../../shared/feedback';
import {
  defaultSettings,
  settingsFieldLabel,
  settingsFields,
  isSettingsField,
  type SettingsLocale,
} from '../../shared/settings';
import { testSettings } from '../../shared/testing/factories';
import { checkTone } from '../../shared/tone';
import { firstCallArgument, testBackendUrl, patiently } from './factories';

const settingsUrl = `${testBackendUrl}${backendPaths.settings}`;

const stored = testSettings({
  policy: { minInstalment: '40.00', maxTermMonths: 18 },
  outreach: { companyName: 'Acme Lending', paymentLink: 'https://pay.acme.test' },
});

/** One agent's "Tactful missed something", as the backend keeps it. */
function feedbackFixture() {
  return buildToneFeedback({
    kind: 'missed',
    result: checkTone('Pay now.', { locale: 'en' }),
    draft: { format: 'text', input: 'Pay now.' },
    note: 'too curt',
    at: new Date('2026-11-25T15:00:00Z'),
    includeDraft: false,
  });
}

/** The backend's settings endpoint: answers GET with `initial`, records and echoes each PUT. */
function settingsBackend(initial: Record<string, unknown> = stored) {
  const puts: unknown[] = [];
  server.use(
    http.get(settingsUrl, () => HttpResponse.json({ settings: initial })),
    http.put(settingsUrl, async ({ request }) => {
      const body: unknown = await request.json();
      puts.push(body);
      return new HttpResponse(JSON.stringify(body), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return { puts };
}

async function renderSettings(locale: SettingsLocale = 'en') {
  const renderer = renderSettingsPage(locale);
  await renderer.waitFor(
    () => expect(renderer.maybeFind(Button, { testId: 'settings-save' })).not.toBeNull(),
    patiently,
  );
  return renderer;
}

type Rendered = Awaited<ReturnType<typeof renderSettings>>;

// Handlers are called directly: the SDK types `trigger`'s second argument as the handler itself.
const input = (renderer: Rendered, name: string) => renderer.find(Input, { name });
const typeInto = (renderer: Rendered, name: string, value: string) =>
  input(renderer, name).props.onChange?.(value);
const save = (renderer: Rendered) =>
  renderer.findByTestId(Button, 'settings-save').trigger('onClick');

/** Writes `text` (lines) into the text area `name`. */
const writeLines = (renderer: Rendered, name: string, text: string) =>
  renderer.find(TextArea, { name }).props.onChange?.(text);

describe('HubSpot settings page', () => {
  it("loads the portal's settings into labelled fields", async () => {
    settingsBackend();
    const renderer = await renderSettings();

    expect(input(renderer, 'policy.minInstalment').props).toMatchObject({
      label: 'Minimum instalment',
      value: '40.00',
    });
    expect(renderer.find(NumberInput, { name: 'policy.maxTermMonths' }).props.value).toBe(18);
    expect(input(renderer, 'outreach.companyName').props.value).toBe('Acme Lending');
    for (const control of [...renderer.findAll(Input), ...renderer.findAll(NumberInput)]) {
      expect(control.props.label).toBeTruthy();
    }
  });

  it('shows one labelled control for every setting, and the down payment asked for', async () => {
    const { puts } = settingsBackend();
    const renderer = await renderSettings();
    const controls = () =>
      [
        ...renderer.findAll(Input),
        ...renderer.findAll(NumberInput),
        ...renderer.findAll(TextArea),
        ...renderer.findAll(Toggle),
        ...renderer.findAll(Select),
        ...renderer.findAll(MultiSelect),
      ].map(({ props }) => ({ name: props.name, label: props.label }));
    const names = () => controls().map((props) => props.name);

    const groups = ['settings', 'contact.contactHours'];
    const asked = ['policy.downPayment.amount', 'policy.downPayment.percent'];
    expect(new Set(names())).toEqual(
      new Set(settingsFields.filter((field) => ![...groups, ...asked].includes(field))),
    );
    for (const props of controls()) {
      const name = String(props.name);
      expect(props.label).toBe(isSettingsField(name) ? settingsFieldLabel(name) : 'a setting');
    }

    renderer.find(Select, { name: 'policy.downPayment' }).props.onChange?.('percent');
    await renderer.waitFor(
      () => expect(names()).toContain('policy.downPayment.percent'),
      patiently,
    );
    expect(names()).not.toContain('policy.downPayment.amount');
    renderer.find(NumberInput, { name: 'policy.downPayment.percent' }).props.onChange?.(10);
    save(renderer);
    await renderer.waitFor(() => expect(puts).toHaveLength(1), patiently);
    expect(puts[0]).toMatchObject({
      settings: { policy: { downPayment: { kind: 'percent', percent: 10 } } },
    });
  });

  it("shows a bad value's message on its field and does not save", async () => {
    const { puts } = settingsBackend();
    const renderer = await renderSettings();

    typeInto(renderer, 'policy.minInstalment', 'twenty dollars');
    typeInto(renderer, 'contact.contactHours.start', '07:00');
    save(renderer);

    await renderer.waitFor(
      () =>
        expect(input(renderer, 'policy.minInstalment').props.validationMessage).toBe(
          'Minimum instalment: enter an amount like 25.00, without a currency symbol or thousands separators.',
        ),
      patiently,
    );
    expect(input(renderer, 'policy.minInstalment').props.error).toBe(true);
    expect(input(renderer, 'contact.contactHours.start').props.validationMessage).toMatch(
      /between 08:00 and 21:00/,
    );
    expect(input(renderer, 'policy.currency').props.error).toBe(false);
    expect(renderer.findByTestId(Alert, 'settings-invalid').text).toContain('Minimum instalment');
    expect(puts).toEqual([]);
    expect(renderer.mocks.actions.addAlert.calls).toEqual([]);
  });

  it("saves the country whose public holidays plans skip, and the company's closure days", async () => {
    const { puts } = settingsBackend();
    const renderer = await renderSettings();

    typeInto(renderer, 'policy.holidays', 'XX');
    save(renderer);
    await renderer.waitFor(
      () =>
        expect(input(renderer, 'policy.holidays').props.validationMessage).toMatch(/country code/),
      patiently,
    );
    expect(puts).toEqual([]);

    typeInto(renderer, 'policy.holidays', 'US');
    writeLines(renderer, 'policy.closureDays', '2026-12-24\n\n2026-12-31');
    save(renderer);

    await renderer.waitFor(() => expect(puts).toHaveLength(1), patiently);
    expect(puts[0]).toMatchObject({
      settings: { policy: { holidays: 'US', closureDays: ['2026-12-24', '2026-12-31'] } },
    });
  });

  it.each(['javascript:alert(1)', 'http://pay.acme.test'])(
    'refuses the payment link %s: only https links are saved',
    async (link) => {
      const { puts } = settingsBackend();
      const renderer = await renderSettings();

      typeInto(renderer, 'outreach.paymentLink', link);
      save(renderer);

      await renderer.waitFor(
        () =>
          expect(input(renderer, 'outreach.paymentLink').props.validationMessage).toBe(
            'Payment link: enter a secure web address starting with https://, or leave it empty.',
          ),
        patiently,
      );
      expect(puts).toEqual([]);
    },
  );

  it('keeps the policy of settings saved when an http:// link was allowed, and flags the link', async () => {
    settingsBackend({
      ...stored,
      outreach: { companyName: 'Acme Lending', paymentLink: 'http://pay.acme.test' },
    });
    const renderer = await renderSettings();

    expect(input(renderer, 'policy.minInstalment').props.value).toBe('40.00');
    expect(input(renderer, 'outreach.companyName').props.value).toBe('Acme Lending');
    expect(input(renderer, 'outreach.paymentLink').props).toMatchObject({
      label: 'Payment link',
      error: true,
      validationMessage:
        'Payment link: enter a secure web address starting with https://, or leave it empty.',
    });
    expect(renderer.findByTestId(Alert, 'settings-stored-problems')).toBeTruthy();
  });

  it("flags a stored http:// link in a Spanish-speaking admin's language", async () => {
    settingsBackend({
      ...stored,
      outreach: { companyName: 'Acme Lending', paymentLink: 'http://pay.acme.test' },
    });
    const renderer = await renderSettings('es');

    expect(input(renderer, 'outreach.paymentLink').props).toMatchObject({
      label: 'Enlace de pago',
      error: true,
      validationMessage:
        'Enlace de pago: escribe una dirección web segura que empiece por https://, o déjalo vacío.',
    });
  });

  it('asks for the company name the templates sign with when none is set', async () => {
    settingsBackend({ ...stored, outreach: { companyName: '', paymentLink: '' } });
    const renderer = await renderSettings();
    expect(renderer.findByTestId(Alert, 'settings-attention').text).toContain(
      'Company name is not set, so templates that sign with it cannot be filled in.',
    );
  });

  it('PUTs good settings for the portal and confirms the save', async () => {
    const { puts } = settingsBackend();
    const renderer = await renderSettings();

    typeInto(renderer, 'policy.minInstalment', ' 30.00 ');
    renderer.find(NumberInput, { name: 'policy.maxTermMonths' }).props.onChange?.(24);
    writeLines(renderer, 'tone.flagPhrases', 'final demand\n\nlast chance');
    save(renderer);

    await renderer.waitFor(() => expect(puts).toHaveLength(1), patiently);
    expect(puts[0]).toEqual({
      settings: {
        ...testSettings({
          policy: { minInstalment: '30.00', maxTermMonths: 24 },
          tone: { flagPhrases: ['final demand', 'last chance'] },
          outreach: stored.outreach,
        }),
        // The outcomes settings go with them as stored: none yet, so the defaults.
        outcomes: {
          recordToneEvents: true,
          retentionMonths: 13,
          viewerTeamIds: [],
          viewerTeamsSeeEveryAgent: false,
        },
      },
    });
    expect(await firstCallArgument(renderer.mocks.actions.addAlert)).toMatchObject({
      type: 'success',
      title: 'Settings saved',
    });
    expect(input(renderer, 'policy.minInstalment').props.value).toBe('30.00');
  });

  it('turns agent feedback on, and the draft with it only when that is ticked too', async () => {
    const { puts } = settingsBackend();
    const renderer = await renderSettings();
    const toggle = (name: string) => renderer.find(Toggle, { name });
    expect(toggle('tone.feedback').props).toMatchObject({
      label: 'Agents can report wrong or missed findings',
      checked: false,
    });
    expect(toggle('tone.feedbackIncludeDraft').props.checked).toBe(false);
    expect(
      renderer
        .findAll(Text)
        .map((text) => text.text)
        .join(' '),
    ).toMatch(/may contain customer details.*Tactful's store for this HubSpot account/);

    toggle('tone.feedback').props.onChange?.(true);
    save(renderer);

    await renderer.waitFor(() => expect(puts).toHaveLength(1), patiently);
    expect(puts[0]).toMatchObject({
      settings: { tone: { feedback: true, feedbackIncludeDraft: false } },
    });
  });

  it("copies the agents' feedback as the JSON tactful corpus export reads, once feedback is on", async () => {
    const saved = feedbackFixture();
    settingsBackend({ ...stored, tone: { ...stored.tone, feedback: true } });
    server.use(
      http.get(`${testBackendUrl}${backendPaths.toneFeedback}`, () => HttpResponse.json([saved])),
    );
    const renderer = await renderSettings();

    renderer.findByTestId(Button, 'settings-copy-feedback').trigger('onClick');

    expect(await firstCallArgument(renderer.mocks.actions.addAlert)).toMatchObject({
      type: 'success',
      title: 'Copied 1 feedback records',
    });
    const copied = renderer.mocks.actions.copyTextToClipboard.calls[0]?.[0];
    expect(toneFeedbackListReplySchema.parse(JSON.parse(String(copied)))).toEqual([saved]);
  });

  it('offers no feedback to copy while feedback is off', async () => {
    settingsBackend();
    const renderer = await renderSettings();
    expect(renderer.maybeFindByTestId(Button, 'settings-copy-feedback')).toBeNull();
  });

  it('starts from the defaults for a portal that never saved settings', async () => {
    settingsBackend({});
    const renderer = await renderSettings();
    expect(input(renderer, 'policy.minInstalment').props.value).toBe(
      defaultSettings.policy.minInstalment,
    );
    expect(renderer.maybeFindByTestId(Alert, 'settings-stored-problems')).toBeNull();
  });

  it('points out valid but risky settings, such as nothing blocking a save', async () => {
    settingsBackend(testSettings({ ...stored, tone: { blockCategories: [] } }));
    const renderer = await renderSettings();
    expect(renderer.findByTestId(Alert, 'settings-attention').text).toMatch(
      /Categories that block a save/,
    );
  });

  it.each([
    ['not-installed', 404, 'Tactful is not installed here', true],
    ['daily-limit-reached', 429, "Today's HubSpot API limit is used up", false],
  ])(
    'says what to do when the backend refuses to load them (%s), with Retry when it can help',
    async (code, status, title, retry) => {
      server.use(
        http.get(settingsUrl, () =>
          HttpResponse.json({ error: { code, message: 'Refused' } }, { status }),
        ),
      );
      const renderer = renderSettingsPage();
      await renderer.waitFor(
        () => expect(renderer.findByTestId(ErrorState, 'settings-error').props.title).toBe(title),
        patiently,
      );
      expect(renderer.maybeFind(Button, { testId: 'settings-retry' }) !== null).toBe(retry);
    },
  );

  it('keeps the form and says so when the save fails on the backend', async () => {
    settingsBackend();
    server.use(
      http.put(settingsUrl, () =>
        HttpResponse.json({ error: { code: 'internal', message: 'disk full' } }, { status: 500 }),
      ),
    );
    const renderer = await renderSettings();
    typeInto(renderer, 'policy.minInstalment', '35.00');
    save(renderer);

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Alert, 'settings-save-failed').text).toMatch(
          /Tactful had a problem/,
        ),
      patiently,
    );
    expect(input(renderer, 'policy.minInstalment').props.value).toBe('35.00');
  });
});

describe('HubSpot settings page: the outcomes page settings', () => {
  const withOutcomes = {
    ...stored,
    outcomes: { recordToneEvents: true, retentionMonths: 13, viewerTeamIds: ['101'] },
  };

  it('shows each outcomes setting labelled, and saves the values chosen', async () => {
    const { puts } = settingsBackend(withOutcomes);
    const renderer = await renderSettings();
    const record = () => renderer.find(Toggle, { name: 'outcomes.recordToneEvents' });
    const months = () => renderer.find(NumberInput, { name: 'outcomes.retentionMonths' });
    const teams = () => input(renderer, 'outcomes.viewerTeamIds');
    const everyAgent = () => renderer.find(Toggle, { name: 'outcomes.viewerTeamsSeeEveryAgent' });
    expect(record().props).toMatchObject({ label: 'Record tone events', checked: true });
    expect(months().props).toMatchObject({ label: 'Keep tone counts for (months)', value: 13 });
    expect(teams().props).toMatchObject({
      label: 'Teams that see the outcomes page',
      value: '101',
    });
    expect(everyAgent().props).toMatchObject({
      label: 'Those teams see every agent',
      checked: false,
    });

    record().props.onChange?.(false);
    months().props.onChange?.(24);
    teams().props.onChange?.('101, 202');
    everyAgent().props.onChange?.(true);
    save(renderer);

    await renderer.waitFor(() => expect(puts).toHaveLength(1), patiently);
    expect(puts[0]).toMatchObject({
      settings: {
        policy: { minInstalment: '40.00', maxTermMonths: 18 },
        outcomes: {
          recordToneEvents: false,
          retentionMonths: 24,
          viewerTeamIds: ['101', '202'],
          viewerTeamsSeeEveryAgent: true,
        },
      },
    });
    await renderer.waitFor(() => expect(teams().props.value).toBe('101, 202'), patiently);
    expect(record().props.checked).toBe(false);
  });

  it('names the outcomes settings in Spanish for a Spanish-speaking admin', async () => {
    settingsBackend(withOutcomes);
    const renderer = renderSettingsPage('es');
    await renderer.waitFor(
      () => expect(renderer.maybeFind(Button, { testId: 'settings-save' })).not.toBeNull(),
      patiently,
    );
    expect(renderer.find(Toggle, { name: 'outcomes.recordToneEvents' }).props.label).toBe(
      'Registrar eventos de tono',
    );
    expect(input(renderer, 'outcomes.viewerTeamIds').props.label).toBe(
      'Equipos que ven la página de resultados',
    );
  });

  it.each([
    [61, 'Keep tone counts for (months): enter a number from 1 to 60.'],
    [1.5, 'Keep tone counts for (months): enter a whole number.'],
  ])('refuses keeping tone counts for %s months, and saves nothing', async (value, message) => {
    const { puts } = settingsBackend(withOutcomes);
    const renderer = await renderSettings();
    renderer.find(NumberInput, { name: 'outcomes.retentionMonths' }).props.onChange?.(value);
    save(renderer);

    await renderer.waitFor(
      () =>
        expect(
          renderer.find(NumberInput, { name: 'outcomes.retentionMonths' }).props.validationMessage,
        ).toBe(message),
      patiently,
    );
    expect(puts).toEqual([]);
  });

  it('refuses a team listed twice', async () => {
    const { puts } = settingsBackend(withOutcomes);
    const renderer = await renderSettings();
    typeInto(renderer, 'outcomes.viewerTeamIds', '101, 101');
    save(renderer);

    await renderer.waitFor(
      () =>
        expect(input(renderer, 'outcomes.viewerTeamIds').props.validationMessage).toBe(
          'Teams that see the outcomes page: "101" is listed twice.',
        ),
      patiently,
    );
    expect(puts).toEqual([]);
  });
});
