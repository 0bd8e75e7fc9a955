// The language routes (issues 16 and 20): the backend checks a draft's tone and reads the signals in
// a contact's newest inbound email in its own memory, so the card carries no engine. Signed like
// every card request, held to the portal's quota, bounded in size, answered in the contract's
// shapes, and neither the draft nor the customer's words ever reach the logs.
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  apiErrorReplySchema,
  draftTextMaxLength,
  languagePaths,
  signalsReplySchema,
  toneCheckBodyLimitBytes,
  toneCheckReplySchema,
  type SignalsReply,
  type ToneCheckRequest,
} from '../../apps/hubspot/contract';
import { createHubSpotSeed } from '../../mocks/hubspot/seed';
import { startHarness, type Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

// The clock is frozen only where a figure depends on it (Retry-After): reading twenty contacts goes
// through HubSpot's burst limit, which our limiter waits out on the clock.
async function installed(
  overrides: Parameters<typeof startHarness>[0] = {},
  frozenClock = false,
): Promise<Harness> {
  h = await startHarness(overrides, { frozenClock });
  expect((await h.install()).status).toBe(200);
  return h;
}

const harshDraft = "Hi Maria, you haven't paid your bill. We will take you to court on Friday.";

const checkOf = (text: string, more: Partial<ToneCheckRequest> = {}): ToneCheckRequest => ({
  text,
  locale: 'en',
  blockCategories: ['threat', 'harassment'],
  flagPhrases: [],
  allowPhrases: [],
  ...more,
});

const seed = createHubSpotSeed();
/** The seeded portal's contact ids. */
const contactIds = seed.contacts.map((contact) => contact.id);
/** Every email text in the seeded portal (the customers' inbound ones among them). */
const emailTexts = seed.engagements.emails.flatMap((email) => {
  const text = email.properties['hs_email_text'];
  return text === undefined ? [] : [text];
});

describe('POST /api/tone/check', () => {
  it('answers the tone check the card shows: verdict, score and findings on the draft’s own spans', async () => {
    const harness = await installed();
    const reply = await harness.call('POST', languagePaths.toneCheck, {
      body: checkOf(harshDraft),
    });
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    const result = toneCheckReplySchema.parse(reply.body);
    expect(result.verdict).toBe('block');
    expect(result.score).toBeLessThan(50);
    expect(result.locale).toBe('en');
    const categories = result.findings.map((finding) => finding.category);
    expect(categories).toEqual(expect.arrayContaining(['accusatory', 'threat']));
    for (const finding of result.findings) {
      expect(harshDraft.slice(finding.start, finding.end)).toBe(finding.excerpt);
      expect(finding.reason).not.toBe('');
    }
  });

  it('applies the portal’s options the card sends: its phrases, and the categories that block', async () => {
    const harness = await installed();
    const draft = 'Please settle the arrears balance by Friday.';
    const flagged = await harness.call('POST', languagePaths.toneCheck, {
      body: checkOf(draft, { flagPhrases: ['arrears balance'], blockCategories: [] }),
    });
    const result = toneCheckReplySchema.parse(flagged.body);
    expect(result.findings.map((finding) => finding.excerpt)).toContain('arrears balance');
    expect(result.verdict).not.toBe('block');
  });

  it('refuses an unsigned or tampered request before reading the draft', async () => {
    const harness = await installed();
    for (const tamper of ['no-signature', 'body', 'signature'] as const) {
      const reply = await harness.call('POST', languagePaths.toneCheck, {
        // A digit for the body tamper to change after signing.
        body: checkOf('Please pay the 50 dollars you owe.'),
        tamper,
      });
      expect(reply.status).toBe(401);
      expect(apiErrorReplySchema.parse(reply.body).error.code).toBe('unauthorized');
    }
  });

  it('refuses a draft past the limit with 400 and words, and a body past the limit with 413', async () => {
    const harness = await installed();
    const long = await harness.call('POST', languagePaths.toneCheck, {
      body: checkOf('a'.repeat(draftTextMaxLength + 1)),
    });
    expect(long.status).toBe(400);
    const longError = apiErrorReplySchema.parse(long.body).error;
    expect(longError.code).toBe('bad-request');
    expect(longError.message).toMatch(/too long to check: at most 10000 characters/);

    // At the limit it is checked.
    const atLimit = await harness.call('POST', languagePaths.toneCheck, {
      body: checkOf('a'.repeat(draftTextMaxLength)),
    });
    expect(atLimit.status).toBe(200);

    const huge = await harness.call('POST', languagePaths.toneCheck, {
      body: { ...checkOf('hello'), padding: 'x'.repeat(toneCheckBodyLimitBytes) },
    });
    expect(huge.status).toBe(413);
    expect(apiErrorReplySchema.parse(huge.body).error).toEqual({
      code: 'bad-request',
      message: 'The request body is too large.',
    });
  });

  it('refuses a body the contract does not accept with 400, naming fields, never values', async () => {
    const harness = await installed();
    const cases: unknown[] = [
      {},
      { text: 42, locale: 'en', blockCategories: [], flagPhrases: [], allowPhrases: [] },
      { ...checkOf('hello'), locale: 'english please' },
      { ...checkOf('hello'), blockCategories: ['not-a-category'] },
      { ...checkOf('hello'), flagPhrases: ['x'.repeat(201)] },
    ];
    for (const body of cases) {
      const reply = await harness.call('POST', languagePaths.toneCheck, { body });
      expect(reply.status).toBe(400);
      const error = apiErrorReplySchema.parse(reply.body).error;
      expect(error.code).toBe('bad-request');
      expect(error.message).toMatch(/^Invalid tone check/);
      expect(error.message).not.toMatch(/english please|xxxx/);
    }
  });

  it('has a quota of its own, four checks for each request of the portal’s: 429 with Retry-After once it is used up, and the other panels still served', async () => {
    const harness = await installed({ portalRequestsPerMinute: 2 }, true);
    // Each draft differs: a signed write-like POST is refused if replayed byte for byte.
    for (let draft = 1; draft <= 8; draft += 1) {
      const reply = await harness.call('POST', languagePaths.toneCheck, {
        body: checkOf(`Hi ${draft}`),
      });
      expect(reply.status).toBe(200);
    }
    const over = await harness.call('POST', languagePaths.toneCheck, { body: checkOf('Hi 9') });
    expect(over.status).toBe(429);
    expect(apiErrorReplySchema.parse(over.body).error.code).toBe('rate-limited');
    expect(over.headers['retry-after']).toBeDefined();
    // An agent's typing did not use up what the card's other panels need.
    expect((await harness.call('GET', '/api/settings')).status).toBe(200);
  });
});

describe('GET /api/contacts/:contactId/signals', () => {
  it('reads the newest inbound email itself and answers the section’s signals, safety first', async () => {
    const harness = await installed();
    const replies = new Map<string, SignalsReply>();
    for (const id of contactIds) {
      const reply = await harness.call('GET', languagePaths.signals(id), {
        query: { portalTimeZone: 'America/New_York' },
      });
      expect(reply.status).toBe(200);
      replies.set(id, signalsReplySchema.parse(reply.body));
    }
    const all = [...replies.values()];
    expect(all.some((reply) => reply.hasMessage)).toBe(true);
    for (const reply of all.filter((read) => !read.hasMessage))
      expect(reply.view.items).toEqual([]);
    const kinds = new Set(all.flatMap((reply) => reply.view.items.map((item) => item.kind)));
    expect([...kinds]).toEqual(expect.arrayContaining(['dispute', 'breathing-space', 'promise']));
    // A promise comes with its amount parsed, in the contact's currency.
    const promise = all
      .flatMap((reply) => reply.view.items)
      .find((item) => item.kind === 'promise' && item.promise?.amount !== undefined);
    expect(promise?.promise?.amount).toEqual({ minor: 5000, currency: 'GBP' });
  });

  it('is signed like every card request, and refuses a contact id that is not one', async () => {
    const harness = await installed();
    const unsigned = await harness.call('GET', languagePaths.signals(contactIds[0] ?? '501'), {
      tamper: 'no-signature',
    });
    expect(unsigned.status).toBe(401);
    const bad = await harness.call('GET', languagePaths.signals('not-a-contact'));
    expect(bad.status).toBe(400);
    expect(apiErrorReplySchema.parse(bad.body).error.code).toBe('bad-request');
  });
});

describe('privacy: the text is read in memory, never logged', () => {
  it('logs none of the draft’s or the customer’s words, only routes, statuses and times', async () => {
    const harness = await installed();
    const draft = 'Dear Ms Quillfeather, your balance of 412.55 is overdue. We will sue you.';
    expect(
      (await harness.call('POST', languagePaths.toneCheck, { body: checkOf(draft) })).status,
    ).toBe(200);
    // Refused drafts too.
    await harness.call('POST', languagePaths.toneCheck, {
      body: { ...checkOf(draft), locale: 'not a locale' },
    });
    await harness.call('POST', languagePaths.toneCheck, {
      body: checkOf(`${draft} ${'z'.repeat(draftTextMaxLength)}`),
    });
    for (const id of contactIds.slice(0, 6)) await harness.call('GET', languagePaths.signals(id));
    expect(harness.logs.length).toBeGreaterThan(0);
    const logged = harness.logs.join('\n');
    for (const words of ['Quillfeather', '412.55', 'We will sue you']) {
      expect(logged).not.toContain(words);
    }
    for (const said of emailTexts) {
      // Any eight words in a row of what the customer wrote would be a leak.
      const words = said.split(/\s+/);
      expect(logged).not.toContain(words.slice(0, Math.min(8, words.length)).join(' '));
    }
  });
});
