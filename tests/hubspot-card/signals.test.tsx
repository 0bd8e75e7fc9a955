// "What the customer says" on the HubSpot card (issue 20): the contact's newest inbound email, read
// by our backend in its memory (played here from the first engagements page the test sets) for signals, safety first,
// with the words shown as text, a one-click Set flag (the history panel's flag write) and a
// promise's amount and day recorded in one click through the backend's idempotent promise write.
// msw plays our backend; HubSpot's test renderer plays the extension host.
import { describe, expect, it } from '@jest/globals';
import { Alert, Button, LoadingButton, Select, Tag, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import {
  backendPaths,
  languagePaths,
  type Engagement,
  type FlagWriteRequest,
} from '../../apps/hubspot/contract';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import { SignalsPanel } from '../../apps/hubspot/card/ui/panels/signals/SignalsPanel';
import type { PlayedEngagementPage } from '../../mocks/hubspot/language';
import { server } from '../../mocks/node';
import { createTranslator } from '../../shared/i18n';
import { messageReader } from '../../shared/signals/reader';
import { signalsView } from '../../shared/signals/view';
import {
  signalEntryCaseNow,
  signalEntryCases,
  signalEntryCaseZone,
} from '../../shared/testing/signal-entry-cases';
import { signalsViewCases } from '../../shared/testing/view-cases';
import {
  collectionsHandler,
  collectionsReply,
  contactUrl,
  createMockContext,
  createTestServices,
  flagWritesHandler,
  loadModelsBeforeAll,
  settingsHandler,
  patiently,
} from './factories';

loadModelsBeforeAll();

const signalsAndHistory = [
  { id: 'signals', title: 'signals.title' as const, headed: true, Panel: SignalsPanel },
  { id: 'history', title: 'history.title' as const, Panel: HistoryPanel },
];

const inboundEmail: Engagement = {
  id: '9101',
  type: 'emails',
  occurredAt: '2026-11-25T14:30:00.000Z',
  direction: 'inbound',
  excerpt: 'Re: your balance',
};

/** Our backend for a contact whose newest inbound email says `text` (none when undefined). */
function contactWhoWrote(text: string | undefined, language?: string) {
  const page: PlayedEngagementPage = {
    engagements: text === undefined ? [] : [inboundEmail],
    ...(text === undefined
      ? {}
      : { latestInboundEmail: { id: '9101', occurredAt: inboundEmail.occurredAt, text } }),
  };
  server.use(
    settingsHandler(),
    collectionsHandler(
      collectionsReply({ timeZone: 'America/Chicago', ...(language ? { language } : {}) }),
    ),
    http.get(contactUrl(backendPaths.engagements), () => HttpResponse.json(page)),
  );
}

function renderCard(userLocale = 'en-US') {
  const renderer = createRenderer('crm.record.tab');
  const context = createMockContext({ user: { locale: userLocale } });
  renderer.render(<Card services={createTestServices({ context })} panels={signalsAndHistory} />);
  return renderer;
}

type Renderer = ReturnType<typeof renderCard>;

/** The signals' labels, top to bottom. */
async function signalLabels(renderer: Renderer): Promise<string[]> {
  await renderer.waitFor(
    () => expect(renderer.maybeFind(Text, { testId: 'signal-0-label' })).toBeTruthy(),
    patiently,
  );
  return renderer
    .findAll(Text)
    .filter((text) => /^signal-\d+-label$/.test(text.props.testId ?? ''))
    .map((text) => text.text ?? '');
}

/** The index of the signal labelled `label`. */
function signalIndex(renderer: Renderer, label: string): number {
  const labels = renderer
    .findAll(Text)
    .filter((text) => /^signal-\d+-label$/.test(text.props.testId ?? ''));
  const found = labels.findIndex((text) => text.text === label);
  expect(found).toBeGreaterThanOrEqual(0);
  return found;
}

const textOf = (renderer: Renderer, testId: string) => renderer.findByTestId(Text, testId).text;
const detailsOf = (renderer: Renderer, index: number) =>
  renderer
    .findAll(Tag)
    .filter((tag) => (tag.props.testId ?? '').startsWith(`signal-${index}-detail-`))
    .map((tag) => tag.text);

describe('HubSpot card: what the customer says', () => {
  it('shows hardship and the work opt-out from the newest inbound email, with what to do', async () => {
    contactWhoWrote(
      "Money's really tight this month and I can't pay my bills. Please stop calling me at work.",
    );
    const renderer = renderCard();
    const labels = await signalLabels(renderer);
    expect(labels).toContain('Financial hardship');
    const hardship = signalIndex(renderer, 'Financial hardship');
    expect(textOf(renderer, `signal-${hardship}-said`)).toMatch(
      /Money's really tight this month and I can't pay my bills/,
    );
    expect(textOf(renderer, `signal-${hardship}-action`)).toMatch(/Talk about affordability/);
    const optOut = signalIndex(renderer, 'Opts out of a channel');
    expect(detailsOf(renderer, optOut)).toEqual(expect.arrayContaining(['Phone calls', 'At work']));
    expect(textOf(renderer, `signal-${optOut}-said`)).toMatch(/Please stop calling me at work/);
    expect(textOf(renderer, `signal-${optOut}-flag-suggested`)).toBe(
      'Suggested flag, not set: you decide.',
    );
    expect(renderer.maybeFind(Alert, { testId: 'signals-signposting' })).toBeNull();
  });

  it('one click sets the suggested flag, raised by the customer, from their email, with their words as the reason', async () => {
    contactWhoWrote('Please stop calling me at work.');
    const writes: FlagWriteRequest[] = [];
    server.use(flagWritesHandler(writes));
    const renderer = renderCard();
    const optOut = signalIndex(renderer, (await signalLabels(renderer))[0] ?? '');
    await renderer.waitFor(
      () => expect(renderer.maybeFind(Select, { testId: 'flag-kind' })).toBeTruthy(),
      patiently,
    );
    expect(writes).toHaveLength(0);
    const button = renderer.findByTestId(Button, `signal-${optOut}-set-do-not-call`);
    expect(button.text).toBe('Set flag: Do not call');
    button.trigger('onClick');
    await renderer.waitFor(() => expect(writes).toHaveLength(1), patiently);
    expect(writes[0]).toMatchObject({
      set: true,
      source: 'customer',
      reason: 'The customer wrote: “Please stop calling me at work”',
      fromMessage: 'hubspot-email:9101',
      idempotencyKey: 'signal:do-not-call:hubspot-email:9101',
    });
    await renderer.waitFor(
      () => expect(renderer.maybeFind(Alert, { testId: 'flag-saved' })).toBeTruthy(),
      patiently,
    );
  });

  it('records a promise to pay in one click, keyed by the email, day and amount so a retry records it once', async () => {
    contactWhoWrote('I can pay $50 on Friday.');
    const bodies: unknown[] = [];
    server.use(
      http.post(contactUrl(backendPaths.promises), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ noteId: '31', taskId: '32', replayed: bodies.length > 1 });
      }),
    );
    const renderer = renderCard();
    const promise = signalIndex(renderer, (await signalLabels(renderer))[0] ?? '');
    expect(renderer.findByTestId(Tag, `signal-${promise}-promise-amount`).text).toBe(
      'Amount: $50.00',
    );
    // The card's clock says Wednesday 25 November 2026 in Chicago: Friday is the 27th.
    expect(renderer.findByTestId(Tag, `signal-${promise}-promise-due`).text).toBe(
      'Due: Nov 27, 2026',
    );
    renderer.findByTestId(LoadingButton, `signal-${promise}-promise-record`).trigger('onClick');
    await renderer.waitFor(
      () =>
        expect(textOf(renderer, `signal-${promise}-promise-recorded`)).toBe(
          'Promise to pay recorded.',
        ),
      patiently,
    );
    expect(bodies).toEqual([
      {
        idempotencyKey: 'signal-promise:9101:2026-11-27:5000USD',
        amount: { amount: '50.00', currency: 'USD' },
        due: '2026-11-27',
        channel: 'email',
        summary: 'The customer wrote: “I can pay $50 on Friday”',
      },
    ]);
    expect(
      renderer.maybeFind(LoadingButton, { testId: `signal-${promise}-promise-record` }),
    ).toBeNull();
  });

  it('says a suggested flag the contact has already is set, with no button', async () => {
    contactWhoWrote('Stop contacting me.');
    server.use(
      collectionsHandler(
        collectionsReply({
          timeZone: 'America/Chicago',
          flags: [{ kind: 'cease', since: '2026-11-01', source: 'customer', reason: 'In writing' }],
        }),
      ),
    );
    const renderer = renderCard();
    const cease = signalIndex(renderer, (await signalLabels(renderer))[0] ?? '');
    expect(renderer.findByTestId(Tag, `signal-${cease}-already-cease`).text).toBe(
      'Cease communication: already set',
    );
    expect(renderer.maybeFind(Button, { testId: `signal-${cease}-set-cease` })).toBeNull();
  });

  it('self-harm wording comes first, with the procedure prompt and the help line', async () => {
    contactWhoWrote("I don't owe this. I can't go on anymore, I want to end it all.");
    const renderer = renderCard();
    const labels = await signalLabels(renderer);
    expect(labels[0]).toBe('Signs of vulnerability');
    expect(textOf(renderer, 'signal-0-action')).toMatch(
      'Follow your company’s vulnerable-customer procedure now.',
    );
    expect(renderer.findByTestId(Alert, 'signals-signposting').text).toMatch(
      /Samaritans.*116 123.*988/,
    );
  });

  it('reads a Spanish customer in Spanish and shows a Spanish agent the 024 line', async () => {
    contactWhoWrote('Ya no puedo más, quiero quitarme la vida.', 'es');
    const renderer = renderCard('es-ES');
    await signalLabels(renderer);
    expect(textOf(renderer, 'signal-0-action')).toMatch(
      'Siga ahora el procedimiento de su empresa para clientes vulnerables.',
    );
    expect(renderer.findByTestId(Alert, 'signals-signposting').text).toMatch(/024.*988/);
  });

  it('reads an HTML email as text, leaving out the quoted earlier message', async () => {
    contactWhoWrote(
      '<p>Thanks &amp; <b>stop contacting me</b>.</p><blockquote>I have filed for bankruptcy</blockquote>',
    );
    const renderer = renderCard();
    const labels = await signalLabels(renderer);
    expect(labels).toContain('Asks us to stop contact');
    expect(labels).not.toContain('Bankruptcy or insolvency');
    const cease = signalIndex(renderer, 'Asks us to stop contact');
    expect(textOf(renderer, `signal-${cease}-said`)).toMatch(/stop contacting me/);
    expect(textOf(renderer, `signal-${cease}-said`)).not.toMatch(/<b>/);
  });

  it('says so when the customer has not emailed, with no flag to review', async () => {
    contactWhoWrote(undefined);
    const renderer = renderCard();
    await renderer.waitFor(
      () =>
        expect(textOf(renderer, 'signals-no-message')).toBe('The customer has not emailed us yet.'),
      patiently,
    );
    expect(renderer.findAll(Button).filter((b) => /^signal-/.test(b.props.testId ?? ''))).toEqual(
      [],
    );
  });
});

describe('the shared signals cases (shared/testing/view-cases.ts), through the card', () => {
  const english = createTranslator('en');
  it.each(signalsViewCases)('$name', async (c) => {
    contactWhoWrote(c.text, c.locale);
    const renderer = renderCard();
    if (c.labels.length === 0) {
      await renderer.waitFor(
        () => expect(textOf(renderer, 'signals-none')).toBe(english('signals.none')),
        patiently,
      );
    } else {
      expect(await signalLabels(renderer)).toEqual(c.labels.map((label) => english(label)));
    }
    const firstFlags = renderer
      .findAll(Button)
      .map((button) => button.props.testId ?? '')
      .filter((id) => id.startsWith('signal-0-set-'))
      .map((id) => id.slice('signal-0-set-'.length));
    expect(firstFlags).toEqual(c.firstFlags);
    expect(renderer.maybeFind(Alert, { testId: 'signals-signposting' }) !== null).toBe(
      c.signposting,
    );
  });
});

describe('the shared signal entry cases (shared/testing/signal-entry-cases.ts), through the card', () => {
  const english = createTranslator('en');
  it.each(signalEntryCases)('$name', async (c) => {
    contactWhoWrote(c.text);
    const flags = c.setFlags.map((kind) => ({
      kind,
      since: '2026-11-01',
      source: 'customer' as const,
      reason: 'In writing',
    }));
    server.use(collectionsHandler(collectionsReply({ timeZone: 'America/Chicago', flags })));
    if (c.viewedOn) {
      // Our backend's reply for the same email, read earlier and looked at on `viewedOn`.
      const author = { language: 'en', timeZone: signalEntryCaseZone, currency: 'USD' };
      const reading = messageReader(author, new Date(signalEntryCaseNow)).read('9101', c.text);
      const reply = { hasMessage: true, view: signalsView([reading]), today: c.viewedOn };
      const signals = () => HttpResponse.json({ ...reply, setFlags: c.setFlags });
      server.use(http.get(contactUrl(languagePaths.signals), signals));
    }
    const renderer = renderCard();
    expect((await signalLabels(renderer))[0]).toBe(english(`signals.kind.${c.kind}`));
    for (const { flag, alreadySet } of c.flags) {
      const name = { flag: english(`history.flags.name.${flag}`) };
      const button = renderer.maybeFind(Button, { testId: `signal-0-set-${flag}` });
      const tag = renderer.maybeFind(Tag, { testId: `signal-0-already-${flag}` });
      expect(button?.text ?? null).toBe(alreadySet ? null : english('signals.setFlag', name));
      expect(tag?.text ?? null).toBe(alreadySet ? english('signals.flagAlreadySet', name) : null);
    }
    const tags = ['amount', 'due'].flatMap(
      (part) => renderer.maybeFind(Tag, { testId: `signal-0-promise-${part}` })?.text ?? [],
    );
    expect(tags).toEqual(c.promiseTags);
    expect(renderer.maybeFind(LoadingButton, { testId: 'signal-0-promise-record' }) !== null).toBe(
      c.promiseToPay,
    );
    const passed = english('signals.promise.why.past-date');
    expect(renderer.findAll(Text).some((text) => text.text === passed)).toBe(c.dayHasPassed);
  });
});
