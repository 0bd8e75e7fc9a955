// The draft box asks our backend for each tone check (issue 16: the card carries no engine). What the
// agent sees while a check is on its way ("Checking the draft…", no verdict), when it fails (why,
// and Retry, never the last verdict), and when replies come back out of order (the newest draft's
// verdict, never an older one's). msw plays the backend; the SDK's test renderer plays HubSpot.
import { describe, expect, it } from '@jest/globals';
import { Alert, Button, StatusTag, Text, TextArea } from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import { languagePaths, toneCheckRequestSchema } from '../../apps/hubspot/contract';
import { checkDraft } from '../../apps/hubspot/server/language/toneCheck';
import { server } from '../../mocks/node';
import { loadModelsBeforeAll, settingsHandler, testBackendUrl, patiently } from './factories';
import { englishContact, renderPanels, toneOnly } from './render-panels';

loadModelsBeforeAll();

const toneCheckUrl = `${testBackendUrl}${languagePaths.toneCheck}`;
const harsh = "Hi Maria, you haven't paid your bill. We will take you to court.";
const kind = 'Hi Maria, thank you for getting back to us. Can we find a date that suits you?';

/** The card with only its tone panel, over a backend that serves the portal's settings. */
async function renderDraftBox() {
  server.use(settingsHandler());
  const renderer = renderPanels(toneOnly, englishContact);
  await renderer.waitFor(() => expect(renderer.find(TextArea).props.label).toBeTruthy(), patiently);
  return renderer;
}

type Rendered = Awaited<ReturnType<typeof renderDraftBox>>;
const typeDraft = (renderer: Rendered, text: string) =>
  renderer.find(TextArea).props.onInput?.(text);
const verdict = (renderer: Rendered) =>
  renderer.maybeFind(StatusTag, { testId: 'draft-verdict' })?.text;

/** Resolves once `count` checks have reached the backend (it polls; no time is asserted). */
async function untilHeld(held: readonly unknown[], count: number): Promise<void> {
  while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A backend whose tone check waits until the test releases each reply, in any order. */
function heldChecks() {
  const held: Array<{ text: string; release: () => void }> = [];
  server.use(
    http.post(toneCheckUrl, async ({ request }) => {
      const body = toneCheckRequestSchema.parse(await request.json());
      await new Promise<void>((resolve) => held.push({ text: body.text, release: resolve }));
      return HttpResponse.json(checkDraft(body));
    }),
  );
  return held;
}

describe('HubSpot card: the draft is checked by our backend', () => {
  it('says it is checking, with no verdict, until the backend answers for this draft', async () => {
    const held = heldChecks();
    const renderer = await renderDraftBox();

    typeDraft(renderer, harsh);
    await untilHeld(held, 1);
    expect(renderer.findByTestId(Text, 'draft-checking').text).toBe('Checking the draft…');
    expect(verdict(renderer)).toBeUndefined();

    held[0]?.release();
    await renderer.waitFor(
      () => expect(verdict(renderer)).toBe('Do not send as written'),
      patiently,
    );
    expect(renderer.maybeFind(Text, { testId: 'draft-checking' })).toBeNull();
  });

  it('never shows an older draft’s verdict for the newer one: one check at a time, newest last', async () => {
    const held = heldChecks();
    const renderer = await renderDraftBox();

    typeDraft(renderer, kind);
    await untilHeld(held, 1);
    // The agent goes on typing while the first check is out: no second request yet.
    typeDraft(renderer, harsh);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(held).toHaveLength(1);

    // The kind draft's "ok" arrives: it is not this draft's, so no verdict, and the newest is sent.
    held[0]?.release();
    await untilHeld(held, 2);
    expect(held[1]?.text).toBe(harsh);
    expect(verdict(renderer)).toBeUndefined();
    expect(renderer.findByTestId(Text, 'draft-checking')).toBeTruthy();

    held[1]?.release();
    await renderer.waitFor(
      () => expect(verdict(renderer)).toBe('Do not send as written'),
      patiently,
    );
  });

  it('when the check fails, says why and offers Retry, with no verdict; Retry checks again', async () => {
    let fail = true;
    server.use(
      http.post(toneCheckUrl, async ({ request }) => {
        const body = toneCheckRequestSchema.parse(await request.json());
        if (fail) {
          return HttpResponse.json(
            { error: { code: 'internal', message: 'Something went wrong on our side.' } },
            { status: 500 },
          );
        }
        return HttpResponse.json(checkDraft(body));
      }),
    );
    const renderer = await renderDraftBox();

    typeDraft(renderer, kind);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Alert, 'draft-check-failed')).toBeTruthy(),
      patiently,
    );
    expect(verdict(renderer)).toBeUndefined();
    expect(renderer.findByTestId(Button, 'draft-copy').props.disabled).toBe(true);

    fail = false;
    renderer.findByTestId(Button, 'draft-check-retry').trigger('onClick');
    await renderer.waitFor(() => expect(verdict(renderer)).toBe('Kind and clear'), patiently);
    expect(renderer.maybeFind(Alert, { testId: 'draft-check-failed' })).toBeNull();
  });

  it('a draft past the backend’s limit is refused with words, not checked', async () => {
    const renderer = await renderDraftBox();

    typeDraft(renderer, 'a'.repeat(10_001));
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Alert, 'draft-check-failed')).toBeTruthy(),
      patiently,
    );
    expect(verdict(renderer)).toBeUndefined();
  });
});
