/**
 * The outcomes endpoints' contract (issue 17): the card's tone event (counts only, never the
 * draft) and the outcomes page's read, whose reply is the shared view model as JSON
 * (shared/outcomes/wire.ts).
 */
import * as z from 'zod/mini';
import { parsePlainDate } from '../../../shared/calendar/calendar';
import { outcomesViewJsonSchema } from '../../../shared/outcomes/wire';
import { toneCategories } from '../../../shared/tone/types';

export const outcomePaths = {
  toneEvents: '/api/tone-events',
  guardEvents: '/api/guard-events',
  outcomes: '/api/outcomes',
} as const;

const calendarDate = z.pipe(
  z.string(),
  z.transform((text: string, context) => {
    const date = parsePlainDate(text);
    if (date === undefined) {
      context.issues.push({ code: 'custom', message: 'a YYYY-MM-DD calendar date', input: text });
      return z.NEVER;
    }
    return date;
  }),
);
const count = z.int().check(z.nonnegative(), z.lte(10_000));
const verdict = z.enum(['ok', 'review', 'block']);

/**
 * Body of `POST /api/tone-events`: one checked draft the agent copied to send (the card's "send").
 * The agent is the signed user, never a field; `sendId` is made by the card, so a retry counts once.
 */
export const toneEventWriteRequestSchema = z.object({
  sendId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, '8 to 100 letters, digits, _ or -')),
  /** The agent's calendar date in the portal's time zone. */
  date: calendarDate,
  checks: count,
  firstVerdict: verdict,
  finalVerdict: verdict,
  blocksCaught: count,
  sentOverWarning: z.boolean(),
  suggestionsApplied: count,
  categories: z.partialRecord(z.enum(toneCategories), count),
});
export type ToneEventWriteRequest = z.input<typeof toneEventWriteRequestSchema>;

/**
 * Reply of `POST /api/tone-events` and `POST /api/guard-events`: `recorded` false when the admin
 * turned recording off, `replayed` true when the event was already counted.
 */
export const toneEventWriteReplySchema = z.object({
  recorded: z.boolean(),
  replayed: z.boolean(),
});
export type ToneEventWriteReply = z.infer<typeof toneEventWriteReplySchema>;

/**
 * Body of `POST /api/guard-events`: a contact guard said "not now" to the agent, or the agent made a
 * contact while one did. The agent is the signed user; `eventId` is made by the card, stable for
 * what counts once (a "not now": the contact, channel and day; a contact: the copy), so a retry or
 * a repeat counts once. Counts only: no message text, no customer but in the id.
 */
export const guardEventWriteRequestSchema = z.object({
  eventId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/, '8 to 100 letters, digits, _ or -')),
  kind: z.enum(['not-now', 'contact-against-guard']),
  /** The agent's calendar date in the portal's time zone. */
  date: calendarDate,
});
export type GuardEventWriteRequest = z.input<typeof guardEventWriteRequestSchema>;

const filterId = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(40)));
/** Query of `GET /api/outcomes`: the page's filters and the time zone its weeks are in. */
export const outcomesQuerySchema = z.object({
  from: z.optional(calendarDate),
  to: z.optional(calendarDate),
  team: filterId,
  agent: filterId,
  owner: filterId,
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR'))),
  /** IANA time zone of the portal (the page's context): "today" and the weeks are in it. */
  timeZone: z.optional(
    z.string().check(
      z.maxLength(64),
      z.refine((zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, 'an IANA time zone such as Europe/Madrid'),
    ),
  ),
});
export type OutcomesQuery = z.infer<typeof outcomesQuerySchema>;

/** Reply of `GET /api/outcomes`: the view for the signed user, and what the filters may choose. */
export const outcomesReplySchema = z.object({
  view: outcomesViewJsonSchema,
  /** True when the user sees only their own figures (not a manager nor in a chosen team). */
  ownFiguresOnly: z.boolean(),
  choices: z.object({
    teams: z.array(z.string()),
    agents: z.array(z.string()),
    owners: z.array(z.string()),
    currencies: z.array(z.string()),
  }),
});
export type OutcomesReply = z.infer<typeof outcomesReplySchema>;
