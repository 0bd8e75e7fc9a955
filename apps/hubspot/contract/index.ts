/**
 * The contract between the HubSpot card and our backend: every endpoint's request and reply as zod
 * schemas and their TypeScript types. Only zod here, so the card (no Node) and the server share it.
 * Declared with `zod/mini` (issue 16): the same checks as classic zod, but the card's bundle carries
 * only the checks it uses; the server's routes take these schemas as they are
 * (fastify-type-provider-zod reads any zod 4 schema).
 */
import * as z from 'zod/mini';
import { toneFeedbackIdSchema, toneFeedbackSchema } from '../../../shared/feedback';
import {
  flagKinds,
  flagRaisers as flagSources,
  type FlagKind,
} from '../../../shared/history/flag-kinds';
import { parseMessageSource } from '../../../shared/signals/source';

/** Paths of the backend's endpoints, relative to its public base URL. */
export const backendPaths = {
  engagements: (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/engagements`,
  collections: (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/collections`,
  plans: (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/plans`,
  promises: (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/promises`,
  flag: (contactId: string, kind: FlagKind) =>
    `/api/contacts/${encodeURIComponent(contactId)}/flags/${kind}`,
  settings: '/api/settings',
  toneFeedback: '/api/tone-feedback',
} as const;

/** Error codes the card can translate into a clear state for the agent. */
export const apiErrorCodes = [
  'unauthorized',
  'not-installed',
  /** Installed, but HubSpot revoked the authorisation (refresh token refused): an admin must reinstall. */
  'reinstall-needed',
  'bad-request',
  /** The signed-in HubSpot user may not do this (e.g. change settings without being an admin). */
  'forbidden',
  'not-found',
  'missing-scope',
  'rate-limited',
  'daily-limit-reached',
  'hubspot-unavailable',
  'hubspot-malformed-reply',
  'write-in-progress',
  'idempotency-key-reused',
  'internal',
] as const;
/** One of {@link apiErrorCodes}. */
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every non-2xx reply of the backend: `{ error: { code, message, retryAfterSeconds? } }`. */
export const apiErrorReplySchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    retryAfterSeconds: z.optional(z.int().check(z.nonnegative())),
  }),
});
/** The body of a failed reply. */
export type ApiErrorReply = z.infer<typeof apiErrorReplySchema>;

/** A HubSpot record id: digits only. */
export const hubspotIdSchema = z
  .string()
  .check(z.regex(/^\d{1,20}$/, 'a HubSpot id is digits only'));

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDateSchema = z.iso.date();

/** A decimal amount as a string (`"1250.00"`, `"1250"`); precision is checked against the currency. */
export const decimalAmountSchema = z
  .string()
  .check(z.regex(/^\d{1,15}(\.\d{1,3})?$/, 'a plain decimal'));

/** An ISO 4217 currency code, upper case. */
export const currencyCodeSchema = z.string().check(z.regex(/^[A-Z]{3}$/));

/** An amount with its currency, as decimal strings in the currency's own precision. */
export const moneyAmountSchema = z.object({
  amount: decimalAmountSchema,
  currency: currencyCodeSchema,
});
/** Decimal amount and currency. */
export type MoneyAmount = z.infer<typeof moneyAmountSchema>;

/**
 * The idempotency key of a write. `hubspot.fetch` cannot send headers, so it travels in the body
 * (an `Idempotency-Key` header is accepted too and must match when both are present).
 */
export const idempotencyKeySchema = z.string().check(z.regex(/^[A-Za-z0-9_.:-]{8,128}$/));

// ---------------------------------------------------------------- engagements (contact history)

/** The HubSpot engagement types the history reads. */
export const engagementTypes = ['calls', 'emails', 'notes', 'meetings', 'tasks'] as const;
/** One of {@link engagementTypes}. */
export type EngagementType = (typeof engagementTypes)[number];

/** Largest page the backend serves: per engagement type, so one page is at most 10 HubSpot calls. */
export const maxEngagementPageSize = 100;
/**
 * The card's first page of engagements (per type): the backend's largest. The signals route reads
 * the same page, so the card's history and its signals share one HubSpot read (the contact cache).
 */
export const openingEngagementPageSize = maxEngagementPageSize;

/** Query of `GET /api/contacts/:contactId/engagements`. */
export const engagementsQuerySchema = z.object({
  cursor: z.optional(z.string().check(z.maxLength(2000))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(maxEngagementPageSize)), 50),
});
/** Query of the engagements endpoint. */
export type EngagementsQuery = z.input<typeof engagementsQuerySchema>;

/** One engagement as HubSpot holds it, trimmed to what the history needs; no HTML, plain text. */
export const engagementSchema = z.object({
  id: hubspotIdSchema,
  type: z.enum(engagementTypes),
  /** ISO 8601 instant (`hs_timestamp`). */
  occurredAt: z.iso.datetime({ offset: true }),
  /** `INBOUND`/`OUTBOUND` for calls and emails where HubSpot knows it. */
  direction: z.optional(z.enum(['inbound', 'outbound'])),
  /** HubSpot's raw status or disposition (call disposition id, email status, meeting outcome, task status). */
  status: z.optional(z.string()),
  /** Call duration in milliseconds. */
  durationMs: z.optional(z.int().check(z.nonnegative())),
  /** Subject, title or the first 200 characters of the body, as plain text. */
  excerpt: z.string().check(z.maxLength(200)),
  /** HubSpot owner id of the user who logged it. */
  ownerId: z.optional(z.string()),
});
/** One engagement of the contact. */
export type Engagement = z.infer<typeof engagementSchema>;

/** Most characters of an inbound email's text the backend passes on for the signals reader. */
export const inboundTextLimit = 20_000;

/**
 * The newest inbound email among a contact's engagements, in the customer's words (issue 20):
 * HubSpot's `hs_email_text` (plain text, or HTML in some portals), cut to {@link inboundTextLimit}.
 * The backend reads it with the first page of engagements and keeps it beside that page in its
 * memory for the signals route (`languagePaths.signals`); it is never sent to the card, stored or
 * logged.
 */
export const latestInboundEmailSchema = z.object({
  id: hubspotIdSchema,
  occurredAt: z.iso.datetime({ offset: true }),
  text: z.string().check(z.maxLength(inboundTextLimit)),
});
/** The newest inbound email's text. */
export type LatestInboundEmail = z.infer<typeof latestInboundEmailSchema>;

/** Reply of `GET /api/contacts/:contactId/engagements`. */
export const engagementPageSchema = z.object({
  engagements: z.array(engagementSchema),
  /** Pass back as `cursor` for the next page; absent on the last page. */
  nextCursor: z.optional(z.string()),
});
/** A page of engagements, newest first within the page. */
export type EngagementPage = z.infer<typeof engagementPageSchema>;

// ---------------------------------------------------------------- collections properties and flags

// Flag kinds are the core's one vocabulary (shared/history/flag-kinds.ts), re-exported for the card
// and the server; how each is stored in HubSpot is in ./properties.ts.
export { flagKinds, type FlagKind } from '../../../shared/history/flag-kinds';

// Who raised a flag is the core's vocabulary too (the Zendesk sidebar asks and keeps it as well).
export {
  flagRaisers as flagSources,
  type FlagRaiser as FlagSource,
} from '../../../shared/history/flag-kinds';

/** A flag that is set on the contact. */
export const contactFlagSchema = z.object({
  kind: z.enum(flagKinds),
  since: calendarDateSchema,
  source: z.enum(flagSources),
  reason: z.string().check(z.maxLength(500)),
});
/** A set flag with its date, source and reason. */
export type ContactFlag = z.infer<typeof contactFlagSchema>;

/** A HubSpot invoice associated with the contact (where the portal uses invoices). */
export const invoiceSchema = z.object({
  id: hubspotIdSchema,
  number: z.optional(z.string()),
  status: z.optional(z.string()),
  due: z.optional(calendarDateSchema),
  amountBilled: z.optional(moneyAmountSchema),
  balanceDue: z.optional(moneyAmountSchema),
});
/** One invoice. */
export type Invoice = z.infer<typeof invoiceSchema>;

/** Reply of `GET /api/contacts/:contactId/collections`. */
export const contactCollectionsSchema = z.object({
  contactId: hubspotIdSchema,
  /** Absent when the contact has no balance recorded. */
  balance: z.optional(moneyAmountSchema),
  due: z.optional(calendarDateSchema),
  /** IANA time zone HubSpot holds for the contact (`hs_timezone`), when known. */
  timeZone: z.optional(z.string()),
  /** Preferred language (`hs_language`), when known. */
  language: z.optional(z.string()),
  flags: z.array(contactFlagSchema),
  invoices: z.array(invoiceSchema),
  /** Properties HubSpot returned that we could not read (e.g. a balance with too many decimals). */
  unreadable: z.array(z.string()),
});
/** The contact's balance, due date, flags and invoices. */
export type ContactCollections = z.infer<typeof contactCollectionsSchema>;

/** Body of `PUT /api/contacts/:contactId/flags/:kind`: set (with reason) or clear a flag. */
export const flagWriteRequestSchema = z.discriminatedUnion('set', [
  z.object({
    set: z.literal(true),
    since: calendarDateSchema,
    source: z.enum(flagSources),
    reason: z.string().check(z.minLength(1), z.maxLength(500)),
    /** The message the flag was set from (`hubspot-email:<id>`), kept on the flag's note. */
    fromMessage: z.optional(
      z.string().check(
        z.refine((text) => parseMessageSource(text) !== undefined, {
          message: 'expected the message a flag comes from, e.g. hubspot-email:123',
        }),
      ),
    ),
    idempotencyKey: z.optional(idempotencyKeySchema),
  }),
  z.object({
    set: z.literal(false),
    reason: z.optional(z.string().check(z.maxLength(500))),
    idempotencyKey: z.optional(idempotencyKeySchema),
  }),
]);
/** Body of a flag write. */
export type FlagWriteRequest = z.infer<typeof flagWriteRequestSchema>;

/** Reply of a flag write: the contact's flags afterwards and the note that records the reason. */
export const flagWriteReplySchema = z.object({
  flags: z.array(contactFlagSchema),
  noteId: hubspotIdSchema,
  replayed: z.boolean(),
});
/** The flags after the write. */
export type FlagWriteReply = z.infer<typeof flagWriteReplySchema>;

// ---------------------------------------------------------------- plans and promises (writes)

/** One dated instalment of an accepted plan. */
export const instalmentSchema = z.object({
  due: calendarDateSchema,
  amount: decimalAmountSchema,
});
/** One instalment. */
export type Instalment = z.infer<typeof instalmentSchema>;

/** Body of `POST /api/contacts/:contactId/plans`: the accepted plan, written as a note and tasks. */
export const planWriteRequestSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  currency: currencyCodeSchema,
  /** The plain-language summary the agent saw (the core's text), written into the note as text. */
  summary: z.string().check(z.minLength(1), z.maxLength(2000)),
  instalments: z.array(instalmentSchema).check(z.minLength(1), z.maxLength(520)),
  /** Title of each instalment task; `{n}`, `{count}`, `{amount}` and `{due}` are filled in. */
  taskTitle: z._default(
    z.string().check(z.minLength(1), z.maxLength(200)),
    'Payment {n} of {count}: {amount} due {due}',
  ),
  /** HubSpot owner id to assign the note and tasks to. */
  ownerId: z.optional(hubspotIdSchema),
});
/** Body of a plan write. */
export type PlanWriteRequest = z.input<typeof planWriteRequestSchema>;

/** Reply of a plan write: the ids HubSpot gave; a retried write returns the same ids. */
export const planWriteReplySchema = z.object({
  noteId: hubspotIdSchema,
  taskIds: z.array(hubspotIdSchema),
  /** True when this reply is the stored result of an earlier identical write. */
  replayed: z.boolean(),
});
/** Result of a plan write. */
export type PlanWriteReply = z.infer<typeof planWriteReplySchema>;

/** Channels through which a promise can be made. */
export const promiseChannels = [
  'call',
  'email',
  'sms',
  'letter',
  'meeting',
  'chat',
  'other',
] as const;

/** Body of `POST /api/contacts/:contactId/promises`: a promise to pay, written as a note and a task. */
export const promiseWriteRequestSchema = z.object({
  idempotencyKey: idempotencyKeySchema,
  amount: moneyAmountSchema,
  due: calendarDateSchema,
  channel: z.enum(promiseChannels),
  /** Plain-language summary written into the note as text. */
  summary: z.string().check(z.minLength(1), z.maxLength(2000)),
  ownerId: z.optional(hubspotIdSchema),
});
/** Body of a promise write. */
export type PromiseWriteRequest = z.infer<typeof promiseWriteRequestSchema>;

/** Reply of a promise write. */
export const promiseWriteReplySchema = z.object({
  noteId: hubspotIdSchema,
  taskId: hubspotIdSchema,
  replayed: z.boolean(),
});
/** Result of a promise write. */
export type PromiseWriteReply = z.infer<typeof promiseWriteReplySchema>;

// ---------------------------------------------------------------- settings and installation

/** Per-portal settings as stored JSON; the settings helper owns their schema. */
export const portalSettingsSchema = z.record(z.string(), z.unknown());
/** The years the backend lists holidays for: last year (time zones) to the longest plan's end. */
export const portalHolidayYears = { before: 1, after: 11 } as const;
/**
 * The public holidays of the stored `policy.holidays` ('US', 'GB-SCT'), worked out by the backend
 * so the card ships no holiday data: every date from 1 January `fromYear` to 31 December `toYear`
 * (`portalHolidayYears` around the backend's year), or `unknown` for a code the library does not know.
 */
export const portalHolidaysSchema = z.union([
  z.object({
    holidays: z.string().check(z.maxLength(16)),
    fromYear: z.int(),
    toYear: z.int(),
    dates: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))).check(z.maxLength(5000)),
  }),
  z.object({ holidays: z.string().check(z.maxLength(16)), unknown: z.literal(true) }),
]);
/** Holidays the backend worked out for the portal's settings. */
export type PortalHolidays = z.infer<typeof portalHolidaysSchema>;
/** Reply of `GET /api/settings` (with the holidays when settings name a country) and `PUT`. */
export const settingsReplySchema = z.object({
  settings: portalSettingsSchema,
  holidays: z.optional(portalHolidaysSchema),
});
/** Stored settings. */
export type SettingsReply = z.infer<typeof settingsReplySchema>;
/** Body of `PUT /api/settings`. */
export const settingsWriteRequestSchema = z.object({ settings: portalSettingsSchema });

/** Reply of `GET /oauth/callback`: the app is installed in this portal. */
export const installReplySchema = z.object({
  installed: z.literal(true),
  portalId: z.int().check(z.positive()),
  propertiesCreated: z.int().check(z.nonnegative()),
});

// ---------------------------------------------------------------- agent feedback on the tone check

/**
 * Body of `POST /api/tone-feedback`: one agent's "This finding is wrong" or "Tactful missed
 * something" (shared/feedback). The id is made by the card, so a retried click is stored once; the
 * draft is stored only when the portal's settings allow it.
 */
export const toneFeedbackWriteRequestSchema = toneFeedbackSchema;
/** Body of a tone feedback write. */
export type ToneFeedbackWriteRequest = z.infer<typeof toneFeedbackWriteRequestSchema>;

/** Reply of `POST /api/tone-feedback`. */
export const toneFeedbackWriteReplySchema = z.object({
  id: toneFeedbackIdSchema,
  /** False when the portal does not keep drafts (the draft sent, if any, was dropped). */
  draftStored: z.boolean(),
  /** True when this id was already stored (a retry). */
  replayed: z.boolean(),
});
/** Result of a tone feedback write. */
export type ToneFeedbackWriteReply = z.infer<typeof toneFeedbackWriteReplySchema>;

/** Most feedback records one `GET /api/tone-feedback` returns. */
export const maxToneFeedbackPage = 1000;

/** Query of `GET /api/tone-feedback`: the newest `limit` records. */
export const toneFeedbackListQuerySchema = z.object({
  limit: z._default(
    z.coerce.number().check(z.int(), z.gte(1), z.lte(maxToneFeedbackPage)),
    maxToneFeedbackPage,
  ),
});

/**
 * Reply of `GET /api/tone-feedback` (only for users who may manage the app): the portal's feedback,
 * newest first, as a JSON array; `tactful corpus export --file` reads this shape.
 */
export const toneFeedbackListReplySchema = z.array(toneFeedbackSchema);
export * from './outcomes';
export * from './language';
export * from './catalog';
