/**
 * Regular expressions on text we did not write, at every place it comes in: HubSpot bodies,
 * subjects and properties (the backend and the card), Zendesk comments, ticket and user fields,
 * next-page links and the flag log, settings admins type, template values and macro HTML in
 * `tactful audit zendesk-macros`. Each boundary gets 64 KB of every adversarial shape in the
 * fields its patterns read, and must finish within a small multiple of 64 KB of plain prose,
 * both measured in this run: a ratio, never an absolute time. The tone check's own patterns are
 * tested in shared/tone/redos.test.ts, `plainExcerpt` beside it in the backend.
 */
import './fuzz/window-shim';
import { describe, expect, it } from '@jest/globals';
import type { z } from 'zod';
import { main } from '../../apps/cli/main';
import type { Engagement } from '../../apps/hubspot/contract';
import { createBackendClient } from '../../apps/hubspot/card/host/backend-client';
import { readCustomerAccount } from '../../apps/hubspot/card/host/customer-account';
import { loadEngagementPage } from '../../apps/hubspot/card/host/engagements';
import { readCurrentPlan } from '../../apps/hubspot/card/host/plans';
import { collectionsPropertyNames } from '../../apps/hubspot/server/hubspot/collectionsProperties';
import { readContactCollections } from '../../apps/hubspot/server/hubspot/contactCollections';
import { findMarkedObjects, writeMarker } from '../../apps/hubspot/server/hubspot/contactWrites';
import { readEngagementPage } from '../../apps/hubspot/server/hubspot/engagements';
import type { HubSpotCaller } from '../../apps/hubspot/server/hubspot/hubspotCaller';
import { urlForSignature, verifyRequestV3 } from '../../apps/hubspot/server/signature';
import { readBalance } from '../../apps/zendesk/host/customer';
import {
  appendFlagChange,
  parseFlagLog,
  readTicketPage,
  readTicketReplies,
} from '../../apps/zendesk/host/history';
import { createZafHttpPort } from '../../apps/zendesk/host/http';
import { parseFieldRef } from '../../apps/zendesk/host/settings';
import type { ZafClient } from '../../apps/zendesk/host/zaf-client';
import {
  settingsFromZendeskParameters,
  zendeskParameters,
} from '../../apps/zendesk/host/zendesk-parameters';
import { textToHtml } from '../../apps/zendesk/host/draft';
import { createHubSpotSeed } from '../../mocks/hubspot/seed';
import { server } from '../../mocks/node';
import { createMacroHandlers, seedMacros } from '../../mocks/zendesk/macros';
import { parseDecimal, parseLocalized } from '../../shared/money/money';
import type { HttpPort } from '../../shared/ports';
import { validateSettings } from '../../shared/settings';
import { findTemplate, renderTemplate } from '../../shared/templates';
import { fakeIo } from '../cli/fake-io';
import { hostileSize, plainProse, repeatTo, slowdown } from './linear-time';

/** The shapes that made one of our patterns backtrack, or would make a careless one do so. */
const shapes: Record<string, string> = {
  'tag openers that never close (<br<br…)': repeatTo('<br'),
  'a < on every character': repeatTo('<'),
  'one letter, then white space': `x${repeatTo(' ', hostileSize - 1)}`,
  'line breaks (\\r\\n)': repeatTo('\r\n'),
  'digits that end in a letter': `${repeatTo('1', hostileSize - 1)}x`,
  'date and time prefixes': repeatTo('2026-11-20T10:00'),
  slashes: repeatTo('/'),
  'percent escapes': repeatTo('%3A'),
  'reference-marker prefixes': repeatTo(`tactful-ref-${'0'.repeat(19)} `),
  'placeholder openers ({{ setting.)': repeatTo('{{ setting.'),
  'link prefixes': repeatTo('https://a'),
  'question marks': repeatTo('?'),
};
const plain = plainProse();

const noWait = { sleep: async () => undefined, maxAttempts: 1 };

/** A HubSpotCaller that answers from `reply` and parses with the caller's schema, as the real one does. */
function hubspotAnswering(reply: (path: string) => unknown): HubSpotCaller {
  return {
    async call<T>(request: { path: string }, schema: z.ZodType<T>) {
      const parsed = schema.safeParse(reply(request.path));
      return parsed.success
        ? { ok: true as const, value: parsed.data }
        : {
            ok: false as const,
            error: { code: 'hubspot-malformed-reply' as const, message: 'malformed' },
          };
    },
  };
}

/** An HttpPort that answers every request with `body`, as the ZAF proxy would. */
function zendeskAnswering(body: unknown): HttpPort {
  return { request: async () => ({ ok: true, value: { status: 200, headers: {}, body } }) };
}

/** A ZAF client whose `request` answers with `reply`; nothing else is used. */
function zafClientAnswering(reply: unknown): ZafClient {
  const unused = async () => undefined;
  return {
    get: unused,
    set: unused,
    invoke: unused,
    on: () => undefined,
    off: () => undefined,
    request: async () => reply,
    metadata: unused,
    context: unused,
  };
}

/** The card's backend client over a transport that answers `status` and `body`. */
function backendAnswering(status: number, body: string, retryAfter?: string) {
  return createBackendClient({
    baseUrl: 'https://backend.test',
    transport: async () => {
      const headers = new Headers();
      try {
        if (retryAfter !== undefined) headers.set('retry-after', retryAfter);
      } catch {
        // A value fetch itself would refuse (a line break): the reply simply has none.
      }
      return new Response(body, { status, headers });
    },
  });
}

/** The card's backend client over a transport that fails with `message`, as hubspot.fetch can. */
function backendFailing(message: string) {
  return createBackendClient({
    baseUrl: 'https://backend.test',
    transport: async () => {
      throw new Error(message);
    },
  });
}

const engagementProperties = (text: string, timestamp: string) => ({
  hs_timestamp: timestamp,
  hs_call_title: text,
  hs_call_body: text,
  hs_call_direction: text,
  hs_call_disposition: text,
  hs_call_duration: text,
  hs_email_subject: text,
  hs_email_text: text,
  hs_email_direction: text,
  hs_email_status: text,
  hs_note_body: text,
  hs_meeting_title: text,
  hs_meeting_body: text,
  hs_meeting_outcome: text,
  hs_task_subject: text,
  hs_task_body: text,
  hs_task_status: text,
  hubspot_owner_id: text,
});

const engagementsAnswering = (text: string, timestamp: string) =>
  hubspotAnswering((path) =>
    path.includes('/associations/')
      ? { results: [{ toObjectId: 11 }], paging: { next: { after: text.slice(0, 200) } } }
      : { results: [{ id: '11', properties: engagementProperties(text, timestamp) }] },
  );

const zendeskComment = (text: string, createdAt: string) => ({
  id: 1,
  author_id: 2,
  plain_body: text,
  body: text,
  public: true,
  via: { channel: text, source: { rel: text } },
  created_at: createdAt,
});

const zendeskTicket = (text: string, createdAt: string) => ({
  id: 1,
  subject: text,
  status: text,
  requester_id: 2,
  submitter_id: 3,
  via: { channel: text, source: { rel: text } },
  created_at: createdAt,
  updated_at: text,
});

/**
 * Every place text we did not write meets a pattern: what runs it, and (when prose is not what
 * the field normally holds) a plain input of the field's usual shape to compare against.
 */
interface Boundary {
  run: (text: string) => unknown;
  plain?: string;
}

const flagLogLine =
  '2026-11-20T10:00:00Z | set | dispute | Alex Rivera | Says the amount is wrong\n';

const boundaries: Record<string, Boundary | Boundary['run']> = {
  'HubSpot engagement bodies and subjects (backend excerpts, owner, status)': (text) =>
    readEngagementPage(engagementsAnswering(text, '1763632800000'), '101', 100, undefined),
  'HubSpot engagement timestamps and ids (backend)': (text) =>
    readEngagementPage(engagementsAnswering('note', text), '101', 100, undefined),
  'HubSpot note bodies searched for our reference markers (backend)': (text) =>
    findMarkedObjects(
      hubspotAnswering((path) =>
        path.includes('/associations/')
          ? { results: [{ toObjectId: 11 }, { toObjectId: 12 }] }
          : { results: [{ id: '11', properties: { hs_note_body: text } }] },
      ),
      '101',
      'notes',
      [writeMarker('redos-key', 'note')],
    ),
  'HubSpot contact and invoice properties (backend collections view)': (text) =>
    readContactCollections(
      hubspotAnswering((path) =>
        path.includes('/associations/')
          ? { results: [{ toObjectId: 21 }] }
          : path.includes('batch/read')
            ? {
                results: [
                  {
                    id: '21',
                    properties: { hs_number: text, hs_due_date: text, hs_currency: text },
                  },
                ],
              }
            : {
                id: '101',
                properties: Object.fromEntries(
                  collectionsPropertyNames.map((name) => [name, text]),
                ),
              },
      ),
      '101',
    ),
  'Signed card requests: URL, body and timestamp (backend)': {
    run: (text) => {
      urlForSignature(`https://backend.test/api/contacts/1?q=${text}`);
      const signed = { method: 'POST', body: text, signature: 'x' };
      verifyRequestV3({ ...signed, url: 'https://backend.test/api', timestamp: text }, 's', 0);
      verifyRequestV3(
        { ...signed, url: `https://backend.test/api?q=${text}`, timestamp: '1763632800000' },
        's',
        1763632800000,
      );
    },
    // Query strings are percent-encoded, and each escape the signature decodes costs a call.
    plain: repeatTo('return=https%3A%2F%2Fapp.hubspot.com%2Fcontacts%3Fid%3D101&'),
  },
  'HubSpot contact properties (card)': (text) =>
    readCustomerAccount(
      Object.fromEntries(
        Object.keys(createHubSpotSeed().contacts[0]?.properties ?? {}).map((name) => [name, text]),
      ),
    ),
  'Backend replies to the card: contract schemas, Retry-After, transport errors (card)': async (
    text,
  ) => {
    const page = {
      engagements: [{ id: text, type: 'calls', occurredAt: text, excerpt: text, status: text }],
      nextCursor: text,
    };
    await loadEngagementPage(backendAnswering(200, JSON.stringify(page)), '101');
    const limited = JSON.stringify({ error: { code: 'rate-limited', message: text } });
    await loadEngagementPage(backendAnswering(429, limited, text), '101');
    await loadEngagementPage(backendFailing(text), '101');
  },
  'HubSpot plan tasks (card)': (text) => {
    const task: Engagement = {
      id: '12',
      type: 'tasks',
      occurredAt: '2026-11-21T15:00:00Z',
      status: text,
      excerpt: text,
    };
    return readCurrentPlan([task], '2026-11-25');
  },
  'Zendesk comments and their next-page link': (text) =>
    readTicketReplies(
      zendeskAnswering({
        comments: [zendeskComment(text, '2026-11-20T10:00:00Z')],
        meta: { has_more: true },
        links: { next: text },
      }),
      noWait,
      1,
      2,
      'email',
    ),
  'Zendesk requested tickets: subject, status, dates and cursor': (text) =>
    readTicketPage(
      zendeskAnswering({
        tickets: [zendeskTicket(text, text), zendeskTicket(text, '2026-11-20T10:00:00Z')],
        meta: { has_more: true, after_cursor: text, before_cursor: null },
        links: { next: `https://acme.zendesk.com/api/v2/users/2/tickets/requested.json?${text}` },
      }),
      noWait,
      2,
    ),
  'Zendesk balance, currency and due date fields': (text) => {
    readBalance({ balance: text, currency: 'USD', dueDate: '2026-12-01' }, 'USD');
    readBalance({ balance: '250.00', currency: text, dueDate: text }, 'USD');
    readBalance({ balance: '250.00', currency: 'USD', dueDate: text }, 'USD');
  },
  'Zendesk flag log and the names and reasons written into it': {
    run: (text) => {
      parseFlagLog(text);
      appendFlagChange(text, {
        at: '2026-11-20T10:00:00Z',
        action: 'set',
        kind: 'dispute',
        by: text,
        reason: text,
      });
    },
    // A log is one change a line: compare with a long log, not one line of prose.
    plain: repeatTo(flagLogLine),
  },
  'Zendesk field references in app settings': (text) => parseFieldRef(text),
  'Zendesk proxy requests we send (secure-setting placeholder check)': (text) =>
    createZafHttpPort(zafClientAnswering({ status: 200, responseText: '{}', headers: {} })).request(
      { method: 'POST', path: '/api/v2/tickets.json', body: text, headers: { x: text } },
    ),
  'Zendesk outreach text turned into editor HTML': (text) => textToHtml(text),
  'Settings admins type (validateSettings)': (text) =>
    validateSettings({
      policy: { minInstalment: text, currency: text },
      tone: { flagPhrases: [text], allowPhrases: [text.slice(0, 200)] },
      contact: { contactHours: { start: text, end: text }, defaultTimeZone: text },
      fields: { balance: text, flags: { dispute: text } },
      outreach: { companyName: text, paymentLink: text },
    }),
  'Zendesk installation parameters (every parameter)': {
    run: (text) =>
      settingsFromZendeskParameters(
        Object.fromEntries(zendeskParameters.map((parameter) => [parameter.name, text])),
      ),
    // Phrase lists are one phrase a line: compare with lines of text, not one line of prose.
    plain: repeatTo(`${'Please do not write to our customers like this. '.repeat(4)}\n`),
  },
  'Template values (customer and company names, link, date)': (text) =>
    renderTemplate(
      findTemplate('early-reminder', 'en'),
      {
        customerName: text,
        agentName: text,
        companyName: text,
        paymentLink: text,
        dueDate: text,
        amount: { minor: 25000n, currency: 'USD' },
      },
      'en-US',
    ),
  'Amounts as people type them': (text) => {
    parseDecimal(text, 'USD');
    parseLocalized(text, 'de-DE', 'EUR');
  },
};

describe.each(Object.entries(boundaries))('%s', (_boundary, boundary) => {
  const { run, plain: usual = plain } =
    typeof boundary === 'function' ? { run: boundary, plain } : boundary;
  it.each(Object.entries(shapes))('reads %s within 5× of plain input', async (_shape, text) => {
    const { ratio } = await slowdown(
      () => run(text),
      () => run(usual),
    );
    expect(ratio).toBeLessThan(5);
  });
});

describe('tactful audit zendesk-macros on hostile macro HTML', () => {
  const credentials = {
    ZENDESK_SUBDOMAIN: 'acme',
    ZENDESK_EMAIL: 'admin@acme.test',
    ZENDESK_API_TOKEN: 'secret-token',
  };
  const [template] = seedMacros();
  const audit = async (html: string) => {
    if (template === undefined) throw new Error('no seed macro');
    server.use(
      ...createMacroHandlers([
        { ...template, actions: [{ field: 'comment_value_html', value: html }] },
      ]),
    );
    const fake = fakeIo('', credentials);
    expect(await main(['audit', 'zendesk-macros'], fake.io)).toBe(0);
  };
  const plainHtml = repeatTo('<p>Thanks for your message, we can set up a <b>plan</b>.</p>');
  const hostile = {
    "tag names that never end ('<a' repeated)": repeatTo('<a'),
    'empty quoted values without a > (<a="")': `<a${repeatTo('=""', hostileSize - 2)}`,
    'one letter, then white space': `x${repeatTo(' ', hostileSize - 1)}`,
  };
  it.each(Object.entries(hostile))('audits %s within 5× of plain HTML', async (_shape, html) => {
    const { ratio } = await slowdown(
      () => audit(html),
      () => audit(plainHtml),
      { runs: 3 },
    );
    expect(ratio).toBeLessThan(5);
  });
});
