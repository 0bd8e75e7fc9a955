// The history panel on a contact, rendered with HubSpot's test renderer: engagements, flags and the
// portal's settings from msw at the backend's URL; the seeded portal end to end through the backend.
import { describe, expect, it } from '@jest/globals';
import {
  Alert,
  Button,
  ErrorState,
  Heading,
  LoadingButton,
  Select,
  StatusTag,
  Tag,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { backendPaths, type Engagement, type FlagWriteRequest } from '../../apps/hubspot/contract';
import { createBackendClient } from '../../apps/hubspot/card/host/backend-client';
import { createCrmHost } from '../../apps/hubspot/card/host/crm-host';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { HistoryPanel } from '../../apps/hubspot/card/ui/panels/history/HistoryPanel';
import type { HubSpotPlayground } from '../../mocks/hubspot/playground';
import { server } from '../../mocks/node';
import { hubspotPlaygroundForTests } from '../server/playground-per-file';
import {
  collectionsHandler,
  collectionsReply,
  contactUrl,
  createMockActions,
  createMockContext,
  createTestServices,
  engagementsHandler,
  flagWritesHandler,
  settingsHandler,
  type TestServicesOptions,
  patiently,
} from './factories';

const historyOnly = [{ id: 'history', title: 'history.title' as const, Panel: HistoryPanel }];

/** The backend of a contact in Chicago with default settings and these engagements. */
const chicagoContact = (engagements: Engagement[]) => [
  settingsHandler(),
  collectionsHandler(chicago),
  engagementsHandler(engagements),
];

function call(id: string, occurredAt: string, excerpt = 'Talked about the balance'): Engagement {
  return {
    id,
    type: 'calls',
    occurredAt,
    direction: 'outbound',
    status: 'f240bbac-87c9-4f6e-bf70-924b57d47db7', // Connected
    excerpt,
  };
}

function renderHistory(options: TestServicesOptions = {}) {
  const renderer = createRenderer('crm.record.tab');
  renderer.render(<Card services={createTestServices(options)} panels={historyOnly} />);
  return renderer;
}

/** The timeline's lines as the agent reads them. */
function eventLines(renderer: ReturnType<typeof createRenderer>): string[] {
  return renderer
    .findAll(Text)
    .filter((text) => /^history-(upcoming|history)-\d+$/.test(text.props.testId ?? ''))
    .map((text) => text.text ?? '');
}

const chicago = collectionsReply({ timeZone: 'America/Chicago' });

describe('HubSpot card: contact history from the backend', () => {
  it('says "not now" in quiet hours, with the next time for the customer and the agent', async () => {
    server.use(...chicagoContact([]));
    // 04:30 UTC is 22:30 the evening before in Chicago.
    const renderer = renderHistory({ now: new Date('2026-11-25T04:30:00Z') });
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'guard-call').text).toBe('Not now'),
      patiently,
    );
    expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBe('Not now');
    expect(renderer.findByTestId(Text, 'guard-call-next').text).toBe(
      "Next allowed: Nov 25, 2026, 8:00 AM CST customer's time · Nov 25, 2026, 9:00 AM EST your time",
    );
    expect(renderer.findByTestId(Alert, 'history-nudge').text).toMatch(
      /Email · Nov 25, 2026, 8:00 AM CST customer's time/,
    );
  });

  it('summarises the calls and blocks calls for 7 days after a conversation', async () => {
    server.use(
      ...chicagoContact([
        call('1', '2026-11-23T16:00:00.000Z'),
        {
          id: '2',
          type: 'emails',
          occurredAt: '2026-11-20T16:00:00.000Z',
          direction: 'inbound',
          excerpt: 'Re: your balance',
        },
      ]),
    );
    const renderer = renderHistory();
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'history-summary-contacts7').text).toBe(
          '2 (1 call, 1 email)',
        ),
      patiently,
    );
    expect(renderer.findByTestId(Text, 'history-summary-lastConversation').text).toBe(
      'Nov 23, 2026, 10:00 AM CST · Call',
    );
    expect(renderer.findByTestId(StatusTag, 'guard-call').text).toBe('Not now');
    expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBe('Allowed now');
    expect(renderer.findByTestId(Text, 'guard-call-next').text).toMatch(
      /^Next allowed: Nov 30, 2026/,
    );
  });

  it('splits the timeline into Upcoming and History, each 25 at a time with Show more', async () => {
    const hour = 3_600_000;
    const now = Date.parse('2026-11-25T15:00:00Z');
    const past = Array.from({ length: 60 }, (_, i) =>
      call(`${100 + i}`, new Date(now - (i + 1) * 24 * hour).toISOString(), `Call ${i}`),
    );
    const task = (id: string, at: string): Engagement => ({
      id,
      type: 'tasks',
      occurredAt: at,
      excerpt: `Payment ${id}`,
      status: 'NOT_STARTED',
    });
    server.use(
      ...chicagoContact([
        task('3', '2027-01-25T18:00:00.000Z'),
        task('1', '2026-11-30T18:00:00.000Z'),
        task('2', '2026-12-28T18:00:00.000Z'),
        ...past,
      ]),
    );
    const renderer = renderHistory();
    const lines = (section: string) =>
      renderer
        .findAll(Text)
        .filter((text) => text.props.testId?.startsWith(`history-${section}-`))
        .map((text) => text.text ?? '');
    await renderer.waitFor(() => expect(lines('history')).toHaveLength(25), patiently);
    // To come: soonest first, each with its year; then the history, newest first.
    expect(lines('upcoming')).toEqual([
      expect.stringMatching(/^Nov 30, 2026, /),
      expect.stringMatching(/^Dec 28, 2026, /),
      expect.stringMatching(/^Jan 25, 2027, /),
    ]);
    expect(lines('history')[0]).toMatch(/^Nov 24, 2026, .* · Call · from us · Conversation$/);
    expect(renderer.findAll(Heading).map((heading) => heading.text)).toEqual(
      expect.arrayContaining(['Upcoming', 'History']),
    );

    renderer.findByTestId(LoadingButton, 'history-show-more').trigger('onClick');
    await renderer.waitFor(() => expect(lines('history')).toHaveLength(50), patiently);
    renderer.findByTestId(LoadingButton, 'history-show-more').trigger('onClick');
    await renderer.waitFor(() => expect(lines('history')).toHaveLength(60), patiently);
    expect(renderer.maybeFindByTestId(LoadingButton, 'history-show-more')).toBeNull();
  });

  it("words the timeline in a Spanish-speaking user's language and date format", async () => {
    server.use(...chicagoContact([call('1', '2026-11-23T16:00:00.000Z')]));
    const renderer = renderHistory({ context: createMockContext({ user: { locale: 'es-ES' } }) });
    await renderer.waitFor(() => expect(eventLines(renderer)).toHaveLength(1), patiently);
    expect(eventLines(renderer)[0]).toMatch(
      /^23 nov 2026, 10:00 .* · Llamada · nuestro · Conversación$/,
    );
    expect(renderer.findAll(Heading).map((heading) => heading.text)).toContain('Historial');
  });

  it('loads the next page with the cursor when asked', async () => {
    const cursors: (string | null)[] = [];
    server.use(
      settingsHandler(),
      collectionsHandler(chicago),
      http.get(contactUrl(backendPaths.engagements), ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        return HttpResponse.json(
          cursor === null
            ? { engagements: [call('1', '2026-11-20T16:00:00.000Z', 'First')], nextCursor: 'p2' }
            : { engagements: [call('2', '2026-10-01T16:00:00.000Z', 'Older')] },
        );
      }),
    );
    const renderer = renderHistory();
    await renderer.waitFor(() => expect(eventLines(renderer)).toHaveLength(1), patiently);
    renderer.findByTestId(LoadingButton, 'history-show-more').trigger('onClick');
    await renderer.waitFor(() => expect(eventLines(renderer)).toHaveLength(2), patiently);
    expect(cursors).toEqual([null, 'p2']);
    expect(renderer.maybeFindByTestId(LoadingButton, 'history-show-more')).toBeNull();
  });

  it('sets a flag with its reason, and the guards follow it', async () => {
    const writes: FlagWriteRequest[] = [];
    server.use(...chicagoContact([]), flagWritesHandler(writes));
    const renderer = renderHistory();
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'guard-call').text).toBe('Allowed now'),
      patiently,
    );
    // No flag is chosen for the agent: choosing is deliberate.
    expect(renderer.findByTestId(Select, 'flag-kind').props.value).toBeUndefined();
    renderer.findByTestId(LoadingButton, 'flag-set').trigger('onClick');
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(TextArea, 'flag-reason').props.validationMessage).toBe(
          'Say why the flag changes.',
        ),
      patiently,
    );
    expect(renderer.findByTestId(Select, 'flag-kind').props.validationMessage).toBe(
      'Choose a flag',
    );
    expect(writes).toHaveLength(0);

    renderer.findByTestId(Select, 'flag-kind').props.onChange?.('do-not-call');
    renderer.findByTestId(TextArea, 'flag-reason').props.onInput?.('Asked on the phone today');
    renderer.findByTestId(LoadingButton, 'flag-set').trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'guard-call').text).toBe('Not now'),
      patiently,
    );
    expect(writes).toEqual([
      { set: true, since: '2026-11-25', source: 'customer', reason: 'Asked on the phone today' },
    ]);
    expect(renderer.findByTestId(Tag, 'history-flag-do-not-call').text).toBe('Do not call');
    expect(renderer.findByTestId(Text, 'guard-call-next').text).toBe(
      'Not until a flag is cleared.',
    );
    expect(renderer.findByTestId(StatusTag, 'guard-email').text).toBe('Allowed now');
    // Set: the form starts over, so the next flag's reason is not this one's.
    await renderer.waitFor(
      () => expect(renderer.findByTestId(TextArea, 'flag-reason').props.value).toBe(''),
      patiently,
    );
    expect(renderer.findByTestId(Select, 'flag-kind').props.value).toBeUndefined();

    renderer.findByTestId(TextArea, 'flag-reason').props.onInput?.('Customer called back');
    renderer.findByTestId(Button, 'flag-clear-do-not-call').trigger('onClick');
    await renderer.waitFor(
      () => expect(renderer.findByTestId(StatusTag, 'guard-call').text).toBe('Allowed now'),
      patiently,
    );
    expect(writes[1]).toEqual({ set: false, reason: 'Customer called back' });
  });

  it('shows an error with Retry for a malformed reply, and recovers', async () => {
    let calls = 0;
    server.use(
      settingsHandler(),
      collectionsHandler(chicago),
      http.get(contactUrl(backendPaths.engagements), () => {
        calls += 1;
        return HttpResponse.json(
          calls === 1
            ? { engagements: [{ id: 'x', type: 'calls' }] }
            : { engagements: [call('1', '2026-11-20T16:00:00.000Z')] },
        );
      }),
    );
    const renderer = renderHistory();
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(ErrorState, 'history-error').props.title).toBe(
          'Unexpected reply',
        ),
      patiently,
    );
    renderer.findByTestId(Button, 'history-retry').trigger('onClick');
    await renderer.waitFor(() => expect(eventLines(renderer)).toHaveLength(1), patiently);
  });
});

describe('HubSpot card: history of a seeded contact through the backend', () => {
  let playground: HubSpotPlayground;
  hubspotPlaygroundForTests((started) => (playground = started));

  it('summarises contact 501 (Avery Johnson, New York) from the seeded engagements', async () => {
    const renderer = createRenderer('crm.record.tab');
    const services = {
      crm: createCrmHost(createMockContext({ crm: { objectId: 501 } }), createMockActions()),
      backend: createBackendClient({
        baseUrl: playground.backendUrl,
        caller: { portalId: playground.portalId, userId: 3001 },
        transport: (url, request) => {
          const { pathname, search } = new URL(url);
          return playground.hubspotFetch(`${pathname}${search}`, {
            method: request.method,
            ...(request.body === undefined ? {} : { body: request.body }),
          });
        },
      }),
      clock: { now: () => new Date('2026-11-25T16:00:00Z') },
    };
    renderer.render(<Card services={services} panels={historyOnly} />);
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Text, 'history-summary-contacts7').text).toBe(
          '7 (3 calls, 2 emails, 2 other)',
        ),
      patiently,
    );
    expect(renderer.findByTestId(Text, 'history-summary-daysPastDue').text).toBe('55');
    expect(renderer.findByTestId(Text, 'history-summary-stage').text).toBe('31-60');
    expect(eventLines(renderer).length).toBeGreaterThan(0);
    // Avery's seeded history fits on the backend's first page; the card shows 25 of it at first.
    expect(eventLines(renderer)).toHaveLength(25);
  });
});
