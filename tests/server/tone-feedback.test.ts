// POST /api/tone-feedback and GET /api/tone-feedback: signed like every card route, refused while
// the portal's admin has not turned agent feedback on, the draft kept only where the admin allows
// it, a retried click stored once, read back only by users who may manage the app, and erased with
// the portal when HubSpot uninstalls the app.
import { describe, expect, it } from '@jest/globals';
import {
  apiErrorReplySchema,
  toneFeedbackListReplySchema,
  toneFeedbackWriteReplySchema,
} from '../../apps/hubspot/contract';
import { buildToneFeedback, type ToneFeedback } from '../../shared/feedback';
import { testSettings } from '../../shared/testing/factories';
import { checkTone } from '../../shared/tone';
import { installedHarnessEachTest, postUninstall, type Harness } from './harness';

let h: Harness;
installedHarnessEachTest((harness) => (h = harness), { appId: '4242' });

const draft = "Hi Ana, you haven't paid your bill.";

/** One agent's click, as the card sends it (the draft included; the backend decides). */
function feedback(at = new Date('2026-11-25T15:00:00Z'), note = 'We say this on purpose.') {
  const result = checkTone(draft, { locale: 'en' });
  const disputed = result.findings[0];
  if (disputed === undefined) throw new Error('the draft should have a finding');
  return buildToneFeedback({
    kind: 'wrong-finding',
    result,
    draft: { format: 'text', input: draft },
    disputed,
    note,
    at,
    includeDraft: true,
  });
}

/** The admin's tone feedback settings, saved as the settings page saves them. */
async function allow(tone: { feedback: boolean; feedbackIncludeDraft: boolean }) {
  const settings = testSettings({ tone });
  expect((await h.call('PUT', '/api/settings', { body: { settings } })).status).toBe(200);
}

const stored = async (): Promise<ToneFeedback[]> =>
  toneFeedbackListReplySchema.parse(
    (await h.backend.store.listToneFeedback(h.world.portalId, 100)).map((row) => JSON.parse(row)),
  );

describe('POST /api/tone-feedback', () => {
  it('stores one click once, without the draft unless the admin allows it', async () => {
    await allow({ feedback: true, feedbackIncludeDraft: false });
    const sent = feedback();

    // A contact or ticket id sent along is not the feedback's business: it is not kept.
    const first = await h.call('POST', '/api/tone-feedback', {
      body: { ...sent, contactId: '51', ticketId: 7 },
    });
    expect(first.status).toBe(200);
    expect(toneFeedbackWriteReplySchema.parse(first.body)).toEqual({
      id: sent.id,
      draftStored: false,
      replayed: false,
    });
    // HubSpot resends a click whose reply was lost with a new signature: same id, one row.
    const retry = await h.call('POST', '/api/tone-feedback', { body: sent });
    expect(toneFeedbackWriteReplySchema.parse(retry.body).replayed).toBe(true);

    const rows = await stored();
    expect(rows).toHaveLength(1);
    const { draft: _dropped, ...withoutDraft } = sent;
    expect(rows[0]).toEqual(withoutDraft);
    expect(JSON.stringify(rows)).not.toMatch(/Hi Ana|contactId|ticketId/);
  });

  it('keeps the draft where the admin ticked that too', async () => {
    await allow({ feedback: true, feedbackIncludeDraft: true });
    const reply = await h.call('POST', '/api/tone-feedback', { body: feedback() });
    expect(toneFeedbackWriteReplySchema.parse(reply.body).draftStored).toBe(true);
    expect((await stored())[0]?.draft).toBe(draft);
  });

  it('refuses feedback while the admin has not turned it on', async () => {
    const reply = await h.call('POST', '/api/tone-feedback', { body: feedback() });
    expect(reply.status).toBe(403);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('forbidden');
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['a note over 500 characters', { note: 'x'.repeat(501) }],
    ['"wrong" without the finding', { disputed: null }],
    ['an unknown category', { findings: [{ ...feedback().findings[0], category: 'rude' }] }],
    ['an id too short to be a feedback id', { id: 'short' }],
    ['no time', { at: 'yesterday' }],
  ])('refuses %s with a 400 that says what is wrong', async (_name, change) => {
    await allow({ feedback: true, feedbackIncludeDraft: true });
    const reply = await h.call('POST', '/api/tone-feedback', {
      body: { ...feedback(), ...change },
    });
    expect(reply.status).toBe(400);
    const error = apiErrorReplySchema.parse(reply.body).error;
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(/^Invalid tone feedback: /);
    expect(await stored()).toEqual([]);
  });

  it('refuses a request HubSpot did not sign, and one tampered with after signing', async () => {
    await allow({ feedback: true, feedbackIncludeDraft: true });
    for (const tamper of ['no-signature', 'body', 'signature'] as const) {
      const reply = await h.call('POST', '/api/tone-feedback', { body: feedback(), tamper });
      expect(reply.status).toBe(401);
      expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('unauthorized');
    }
    expect(await stored()).toEqual([]);
  });
});

describe('GET /api/tone-feedback', () => {
  it('gives a super admin the newest first, as a JSON array', async () => {
    await allow({ feedback: true, feedbackIncludeDraft: false });
    const older = feedback(new Date('2026-11-25T15:00:00Z'), 'first');
    const newer = feedback(new Date('2026-11-25T15:05:00Z'), 'second');
    await h.call('POST', '/api/tone-feedback', { body: older });
    h.advance(1000);
    await h.call('POST', '/api/tone-feedback', { body: newer });

    const reply = await h.call('GET', '/api/tone-feedback');
    expect(reply.status).toBe(200);
    const list = toneFeedbackListReplySchema.parse(reply.body);
    expect(list.map((item) => item.note)).toEqual(['second', 'first']);
    const limited = await h.call('GET', '/api/tone-feedback', { query: { limit: '1' } });
    expect(toneFeedbackListReplySchema.parse(limited.body)).toHaveLength(1);
  });

  it('refuses a user HubSpot does not call a super admin', async () => {
    const reply = await h.call('GET', '/api/tone-feedback', { query: { userId: '3002' } });
    expect(reply.status).toBe(403);
    expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('forbidden');
  });

  it('refuses a limit it does not serve', async () => {
    const reply = await h.call('GET', '/api/tone-feedback', { query: { limit: '5000' } });
    expect(reply.status).toBe(400);
  });
});

describe('erasure', () => {
  it("erases the portal's feedback when HubSpot uninstalls the app", async () => {
    await allow({ feedback: true, feedbackIncludeDraft: true });
    await h.call('POST', '/api/tone-feedback', { body: feedback() });
    expect(await stored()).toHaveLength(1);

    const webhook = await postUninstall(h);
    expect(webhook.status).toBe(204);
    expect(await stored()).toEqual([]);
    // And nothing new is taken for a portal without an installation.
    const after = await h.call('POST', '/api/tone-feedback', { body: feedback() });
    expect(apiErrorReplySchema.parse(after.body).error.code).toBe('not-installed');
    expect(await stored()).toEqual([]);
  });
});
