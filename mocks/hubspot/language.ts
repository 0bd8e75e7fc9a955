/**
 * Our backend's language routes for the card's tests, which talk to a backend played by msw: the
 * very functions the backend runs (`checkDraft`, `contactSignals`, with the shipped models), so a
 * card test sees the real findings and signals. The signals route reads the contact's first page of
 * engagements and collections as the backend does, here from the msw handlers the test set for
 * them, asked directly (`getResponse`): not sent, so the card's recorded requests hold only its
 * own, and nothing is reported unhandled after a test ends. The playground and the emulator in
 * playground.ts reach the real backend.
 */
import { getResponse, http, HttpResponse, RequestHandler } from 'msw';
import * as z from 'zod/mini';
import {
  backendPaths,
  contactCollectionsSchema,
  engagementPageSchema,
  languagePaths,
  latestInboundEmailSchema,
  openingEngagementPageSize,
  signalsQuerySchema,
  toneCheckBodyLimitBytes,
  toneCheckRequestSchema,
} from '../../apps/hubspot/contract';
import { contactSignals } from '../../apps/hubspot/server/language/contactSignals';
import { checkDraft } from '../../apps/hubspot/server/language/toneCheck';
import { refusalMessage } from '../../apps/hubspot/server/http/frameworkErrors';
import { draftTooLongMessage, isOverLongDraft } from '../../apps/hubspot/server/routes/language';

/** Where the card's tests put our backend (tests/hubspot-card/factories.ts). */
export const testCardBackendUrl = 'https://backend.tactful.test';

/**
 * The first page of engagements as a card test hands it to the played backend: the card's reply,
 * and the contact's newest inbound email, which the backend reads with it from HubSpot (the card's
 * reply never carries it; the signals route reads it).
 */
export const playedEngagementPageSchema = z.extend(engagementPageSchema, {
  latestInboundEmail: z.optional(latestInboundEmailSchema),
});
export type PlayedEngagementPage = z.infer<typeof playedEngagementPageSchema>;

/** The instant the card's tests live at (their clock and the played backend's). */
export const testCardNow = new Date('2026-11-25T15:00:00Z');

const refused = (status: number, message: string) =>
  HttpResponse.json({ error: { code: 'bad-request', message } }, { status });

/** What HubSpot unreachable gets from the backend: the read cannot be made. */
const unavailable = () =>
  HttpResponse.json(
    { error: { code: 'hubspot-unavailable', message: 'HubSpot did not answer; try again.' } },
    { status: 502 },
  );

/** What the backend answers when HubSpot's reply does not read. */
const malformed = () =>
  HttpResponse.json(
    {
      error: { code: 'hubspot-malformed-reply', message: 'HubSpot answered in an unexpected way.' },
    },
    { status: 502 },
  );

/** Where the played backend's own reads are answered: the msw server these handlers serve in. */
interface HandlerList {
  listHandlers(): ReadonlyArray<unknown>;
}
let playedData: HandlerList | undefined;

/** Names the msw server whose handlers hold the contact's data (mocks/node.ts calls it). */
export function readContactDataFrom(server: HandlerList): void {
  playedData = server;
}

/** A read of the played backend's data, passed on as it came when it failed. */
async function read(
  url: string,
): Promise<{ ok: true; json: unknown } | { ok: false; reply: Response }> {
  const handlers = (playedData?.listHandlers() ?? []).filter(
    (handler): handler is RequestHandler => handler instanceof RequestHandler,
  );
  const response = await getResponse(handlers, new Request(url));
  if (response === undefined) return { ok: false, reply: unavailable() };
  if (!response.ok) return { ok: false, reply: response };
  return { ok: true, json: await response.json() };
}

/** Answers the language routes at `baseUrl` as the backend does, its clock at `now`. */
export function languageHandlers(
  baseUrl: string = testCardBackendUrl,
  now: () => Date = () => testCardNow,
) {
  const signals = languagePaths.signals('CONTACT').replace('CONTACT', ':contactId');
  return [
    http.post(`${baseUrl}${languagePaths.toneCheck}`, async ({ request }) => {
      const raw = await request.text();
      if (new TextEncoder().encode(raw).length > toneCheckBodyLimitBytes)
        return refused(413, refusalMessage(413));
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return refused(400, 'Invalid tone check: tone check.');
      }
      if (isOverLongDraft(body)) return refused(400, draftTooLongMessage);
      const parsed = toneCheckRequestSchema.safeParse(body);
      if (!parsed.success) {
        // The backend's words (http/replies invalidInput): up to three field paths, never values.
        const fields = parsed.error.issues
          .map((issue) => issue.path.join('.') || 'tone check')
          .slice(0, 3)
          .join(', ');
        return refused(400, `Invalid tone check: ${fields}.`);
      }
      return HttpResponse.json(checkDraft(parsed.data), {
        headers: { 'cache-control': 'no-store' },
      });
    }),
    http.get(`${baseUrl}${signals}`, async ({ params, request }) => {
      const contactId = String(params['contactId']);
      const query = signalsQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      if (!query.success) return refused(400, 'Invalid query.');
      const [page, collections] = await Promise.all([
        read(`${baseUrl}${backendPaths.engagements(contactId)}?limit=${openingEngagementPageSize}`),
        read(`${baseUrl}${backendPaths.collections(contactId)}`),
      ]);
      if (!page.ok) return page.reply;
      if (!collections.ok) return collections.reply;
      // What the backend's reads could hold is contract-checked JSON; a test that hands the card
      // something else gets what HubSpot's malformed reply gets from the backend.
      const pageRead = playedEngagementPageSchema.safeParse(page.json);
      const contactRead = contactCollectionsSchema.safeParse(collections.json);
      if (!pageRead.success || !contactRead.success) return malformed();
      const reply = contactSignals({
        latestInboundEmail: pageRead.data.latestInboundEmail,
        collections: contactRead.data,
        portalTimeZone: query.data.portalTimeZone,
        now: now(),
      });
      return HttpResponse.json(reply, { headers: { 'cache-control': 'no-store' } });
    }),
  ];
}
