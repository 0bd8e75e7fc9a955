// Agent feedback in the HubSpot card's draft box: with the portal's setting on, "This finding is
// wrong" and "Tactful missed something" each POST one record to our backend (msw at the network
// boundary) with the disputed finding and the agent's note, and HubSpot's toast thanks the agent;
// with it off, no buttons and no request.
import { describe, expect, it } from '@jest/globals';
import { Button, Text, TextArea } from '@hubspot/ui-extensions';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths, toneFeedbackWriteRequestSchema } from '../../apps/hubspot/contract';
import { defaultSettings } from '../../shared/settings';
import { loadModelsBeforeAll, testBackendUrl, patiently } from './factories';
import { englishContact, renderPanels, toneOnly } from './render-panels';

loadModelsBeforeAll();

const draftText = "Hi Maria, you haven't paid your bill. Can we find a date that suits you?";

/** The portal's settings with the admin's feedback choices, and a backend that records posts. */
function portal(tone: { feedback: boolean; feedbackIncludeDraft?: boolean }, status = 200) {
  const posts: unknown[] = [];
  server.use(
    http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
      HttpResponse.json({
        settings: { ...defaultSettings, tone: { ...defaultSettings.tone, ...tone } },
      }),
    ),
    http.post(`${testBackendUrl}${backendPaths.toneFeedback}`, async ({ request }) => {
      const body: unknown = await request.json();
      posts.push(body);
      if (status !== 200) {
        return HttpResponse.json(
          { error: { code: 'forbidden', message: 'Agent feedback is turned off.' } },
          { status },
        );
      }
      const parsed = toneFeedbackWriteRequestSchema.parse(body);
      return HttpResponse.json({ id: parsed.id, draftStored: false, replayed: false });
    }),
  );
  return { posts };
}

async function renderWithDraft() {
  const renderer = renderPanels(toneOnly, englishContact);
  await renderer.waitFor(
    () => expect(renderer.find(TextArea, { name: 'tactful-draft' }).props.label).toBeTruthy(),
    patiently,
  );
  renderer.find(TextArea, { name: 'tactful-draft' }).props.onInput?.(draftText);
  await renderer.waitFor(
    () => expect(renderer.maybeFindByTestId(Text, 'finding-0-excerpt')).not.toBeNull(),
    patiently,
  );
  return renderer;
}

describe('HubSpot card: agent feedback on the tone check', () => {
  it('records one wrong finding with the note through the backend, and thanks the agent', async () => {
    const { posts } = portal({ feedback: true });
    const renderer = await renderWithDraft();

    const note = renderer.find(TextArea, { name: 'tactful-feedback-note' });
    expect(note.props.label).toBe('Note for the Tactful team (optional)');
    note.props.onInput?.('Our customers read this as a reminder.');
    await renderer.waitFor(
      () =>
        expect(renderer.find(TextArea, { name: 'tactful-feedback-note' }).props.value).toBe(
          'Our customers read this as a reminder.',
        ),
      patiently,
    );
    const wrong = renderer.findByTestId(Button, 'finding-0-wrong');
    expect(wrong.text).toBe('This finding is wrong');
    wrong.trigger('onClick');

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'feedback-status').text).toBe(
          'Thanks: your feedback was recorded.',
        ),
      patiently,
    );
    expect(posts).toHaveLength(1);
    const sent = toneFeedbackWriteRequestSchema.parse(posts[0]);
    expect(sent).toMatchObject({
      kind: 'wrong-finding',
      locale: 'en',
      verdict: 'review',
      disputed: 0,
      note: 'Our customers read this as a reminder.',
      at: '2026-11-25T15:00:00.000Z',
    });
    expect(sent.findings[0]).toMatchObject({
      category: 'accusatory',
      excerpt: "you haven't paid your bill.",
    });
    expect(draftText.slice(sent.findings[0]?.start, sent.findings[0]?.end)).toBe(
      "you haven't paid your bill.",
    );
    // No draft unless the admin allows it, and nothing about the contact.
    expect(sent.draft).toBeUndefined();
    expect(JSON.stringify(posts[0])).not.toMatch(/Maria|Lopez|"51"|contact/);
    await renderer.waitFor(
      () => expect(renderer.findByTestId(Button, 'finding-0-wrong').props.disabled).toBe(true),
      patiently,
    );
    expect(renderer.findByTestId(Button, 'finding-0-wrong').text).toBe('Reported as wrong');
  });

  it('sends "Tactful missed something" with the draft when the admin allows it', async () => {
    const { posts } = portal({ feedback: true, feedbackIncludeDraft: true });
    const renderer = await renderWithDraft();

    const missed = renderer.findByTestId(Button, 'draft-missed');
    expect(missed.text).toBe('Tactful missed something');
    missed.trigger('onClick');

    await renderer.waitFor(() => expect(posts).toHaveLength(1), patiently);
    expect(toneFeedbackWriteRequestSchema.parse(posts[0])).toMatchObject({
      kind: 'missed',
      disputed: null,
      note: '',
      draft: draftText,
    });
  });

  it('shows no feedback controls while the admin has not turned feedback on', async () => {
    const { posts } = portal({ feedback: false });
    const renderer = await renderWithDraft();

    expect(renderer.maybeFindByTestId(Button, 'finding-0-wrong')).toBeNull();
    expect(renderer.maybeFindByTestId(Button, 'draft-missed')).toBeNull();
    expect(renderer.maybeFind(TextArea, { name: 'tactful-feedback-note' })).toBeNull();
    expect(posts).toHaveLength(0);
  });

  it('says the feedback was not recorded when the backend refuses it', async () => {
    portal({ feedback: true }, 403);
    const renderer = await renderWithDraft();

    renderer.findByTestId(Button, 'draft-missed').trigger('onClick');

    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'feedback-status').text).toMatch(
          /^Your feedback was not recorded\./,
        ),
      patiently,
    );
    expect(renderer.findByTestId(Button, 'draft-missed').props.disabled).toBe(false);
  });
});
