// The tone panel on a contact's card: the account manager writes a draft, sees its findings with
// their excerpts and reasons, applies the rewrites and copies the result. Contact properties come
// from mock SDK actions, the portal's settings from msw, the clipboard and alerts from the SDK's
// own action spies.
import { describe, expect, it } from '@jest/globals';
import { Button, Select, StatusTag, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { server } from '../../mocks/node';
import { defaultSettings } from '../../shared/settings';
import {
  loadModelsBeforeAll,
  settingsHandler,
  type TestServicesOptions,
  untilCalled,
  patiently,
} from './factories';
import { copyKindDraft, englishContact, renderPanels, toneOnly } from './render-panels';

loadModelsBeforeAll();

async function renderTonePanel(options: TestServicesOptions = {}) {
  const renderer = renderPanels(toneOnly, options);
  await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy(), patiently);
  return renderer;
}

type Rendered = Awaited<ReturnType<typeof renderTonePanel>>;

// The handlers are called directly: the SDK types `trigger`'s second argument as the handler itself.
function typeDraft(renderer: Rendered, text: string) {
  renderer.find(TextArea).props.onInput?.(text);
}

/** The findings listed, by their quoted excerpts. */
const findings = (renderer: ReturnType<typeof renderPanels>) =>
  renderer.findAll(Text, (node) => /^finding-\d+-excerpt$/.test(String(node.props.testId)));

describe('HubSpot card: tone check of a draft', () => {
  it('flags an accusatory draft with the exact words and a plain reason', async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(englishContact);

    typeDraft(renderer, "Hi Maria, you haven't paid your bill. Can we find a date that suits you?");

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'finding-0-excerpt').text).toBe(
          `You wrote: “you haven't paid your bill.”`,
        ),
      patiently,
    );
    expect(renderer.findByTestId(Tag, 'finding-0-category').text).toBe('Blaming · Review');
    expect(renderer.findByTestId(Text, 'finding-0-reason').text).toMatch(/blames the customer/i);
    expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Review before sending');
    expect(renderer.findByTestId(Text, 'draft-score').text).toMatch(/^Tone score \d+ of 100$/);
  });

  it("Apply rewrites that span in the draft and leaves the agent's other words alone", async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(englishContact);
    typeDraft(renderer, "Hi Maria, you haven't paid your bill. Can we find a date that suits you?");
    await renderer.waitFor(() => expect(findings(renderer)).toHaveLength(1), patiently);

    renderer.findByTestId(Button, 'finding-0-apply').trigger('onClick');

    await renderer.waitFor(
      () =>
        expect(renderer.find(TextArea).props.value).toBe(
          "Hi Maria, I see there's an outstanding balance on your account. Can you tell me what " +
            "challenges you're facing with making this payment? Can we find a date that suits you?",
        ),
      patiently,
    );
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Kind and clear'),
      patiently,
    );
    expect(findings(renderer)).toHaveLength(0);
  });

  it('Apply all turns a harsh, jargon-heavy draft into a clean one', async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(englishContact);
    typeDraft(
      renderer,
      "Hi Maria, you haven't paid your bill!!! Pursuant to our terms your account is in arrears.",
    );
    await renderer.waitFor(() => expect(findings(renderer).length).toBeGreaterThan(2), patiently);

    renderer.findByTestId(Button, 'draft-apply-all').trigger('onClick');

    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Kind and clear'),
      patiently,
    );
    expect(findings(renderer)).toHaveLength(0);
    const draft = String(renderer.find(TextArea).props.value);
    expect(draft).toContain("I see there's an outstanding balance on your account.");
    expect(draft).toContain('behind on payments');
    expect(draft).not.toMatch(/arrears|pursuant|!!!/i);
    // Nothing left to rewrite: "Apply all" is gone, as on Zendesk (shared/tone/panel-view).
    expect(renderer.maybeFindByTestId(Button, 'draft-apply-all')).toBeNull();
  });

  it('copies the draft with the SDK clipboard action and confirms it', async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(englishContact);
    const message = 'Hi Maria, can you tell me what would help you most with this payment?';
    // In block mode (the default) Copy waits for the check of what was typed.
    await copyKindDraft(renderer, message);

    const { copyTextToClipboard, addAlert } = renderer.mocks.actions;
    await untilCalled(addAlert);
    expect(copyTextToClipboard.calls).toEqual([[message]]);
    expect(addAlert.calls[0]?.[0]).toMatchObject({ type: 'success', title: 'Copied' });
  });

  it('says so when the clipboard is refused, instead of claiming it copied', async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(englishContact);
    renderer.mocks.actions.copyTextToClipboard.willCall(() =>
      Promise.reject(new Error('Clipboard blocked')),
    );
    typeDraft(renderer, 'Hi Maria, thanks for getting back to me.');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(false),
      patiently,
    );

    renderer.findByTestId(Button, 'draft-copy').trigger('onClick');

    const { addAlert } = renderer.mocks.actions;
    await untilCalled(addAlert);
    expect(addAlert.calls[0]?.[0]).toMatchObject({ type: 'danger', title: 'Could not copy' });
  });

  it("checks in the contact's language, and the agent can change it", async () => {
    server.use(settingsHandler());
    const renderer = await renderTonePanel(); // the contact's language is es
    expect(renderer.findByTestId(Select, 'draft-language').props.value).toBe('es');

    typeDraft(renderer, 'Hola Maria, no ha pagado su factura.');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Text, 'finding-0-excerpt').text).toMatch(/no ha pagado/),
      patiently,
    );
    // The Spanish rules' reason is Spanish: this English-speaking agent reads why in English, and
    // is told the rewrite is in the customer's language.
    expect(renderer.findByTestId(Text, 'finding-0-reason').text).toMatch(/blames the customer/);
    expect(renderer.findByTestId(Text, 'finding-0-suggestion').text).toMatch(
      /^Try instead \(in Spanish, the customer's language\): “/,
    );

    renderer.findByTestId(Select, 'draft-language').props.onChange?.('en');
    typeDraft(renderer, "Hi Maria, you haven't paid your bill.");
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'finding-0-excerpt').text).toMatch(/you haven't paid/),
      patiently,
    );
    expect(renderer.findByTestId(Text, 'finding-0-reason').text).toMatch(/blames the customer/);
    expect(renderer.findByTestId(Text, 'finding-0-suggestion').text).toMatch(/^Try instead: “/);
  });

  it("flags the company's own phrases and blocks on the portal's categories", async () => {
    server.use(
      settingsHandler({
        ...defaultSettings,
        tone: {
          ...defaultSettings.tone,
          flagPhrases: ['friendly nudge'],
          blockCategories: ['jargon'],
        },
      }),
    );
    const renderer = await renderTonePanel(englishContact);
    typeDraft(renderer, 'Hi Maria, this is a friendly nudge about the delinquent balance.');

    await renderer.waitFor(
      () =>
        expect(findings(renderer).map((node) => node.text)).toEqual([
          'You wrote: “friendly nudge”',
          'You wrote: “delinquent”',
        ]),
      patiently,
    );
    expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe('Do not send as written');
  });

  it('still checks drafts with the default rules when the settings cannot be loaded', async () => {
    server.use(settingsHandler({}, 500));
    const renderer = await renderTonePanel(englishContact);
    expect(renderer.findByTestId(Text, 'draft-note').text).toMatch(/default tone settings/);

    typeDraft(renderer, "You haven't paid your bill.");
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(StatusTag, 'draft-verdict').text).toBe(
          'Review before sending',
        ),
      patiently,
    );
  });
});

describe('HubSpot card: the admin\'s "on save" mode decides Copy', () => {
  const blocking = 'Hi Maria, if you do not pay we will take you to court.';
  const onSave = (mode: 'block' | 'warn') =>
    settingsHandler({ ...defaultSettings, tone: { ...defaultSettings.tone, onSave: mode } });
  async function withBlockingDraft() {
    const renderer = await renderTonePanel(englishContact);
    typeDraft(renderer, blocking);
    const verdict = () => renderer.findByTestId(StatusTag, 'draft-verdict').text;
    await renderer.waitFor(() => expect(verdict()).toBe('Do not send as written'), patiently);
    return renderer;
  }

  it('in block mode, Copy is disabled while a blocking finding remains, with the reason shown', async () => {
    server.use(onSave('block'));
    const renderer = await withBlockingDraft();

    expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(true);
    expect(renderer.findByTestId(Text, 'draft-copy-blocked').text).toMatch(
      /your admin.*stop.*threat/i,
    );
    renderer.findByTestId(Button, 'draft-copy').trigger('onClick');
    expect(renderer.mocks.actions.copyTextToClipboard.calls).toHaveLength(0);

    typeDraft(renderer, 'Hi Maria, can you tell me what would help you most with this payment?');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(false),
      patiently,
    );
    expect(renderer.maybeFindByTestId(Text, 'draft-copy-blocked')).toBeNull();
  });

  it('in warn mode, Copy works and warns, as a Zendesk reply saves with a warning', async () => {
    server.use(onSave('warn'));
    const renderer = await withBlockingDraft();
    expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(false);
    expect(renderer.maybeFindByTestId(Text, 'draft-copy-blocked')).toBeNull();

    renderer.findByTestId(Button, 'draft-copy').trigger('onClick');

    const { copyTextToClipboard, addAlert } = renderer.mocks.actions;
    await untilCalled(addAlert);
    expect(copyTextToClipboard.calls).toEqual([[blocking]]);
    expect(addAlert.calls[0]?.[0]).toMatchObject({ type: 'warning' });
  });
});
