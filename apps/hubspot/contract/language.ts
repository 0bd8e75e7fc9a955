/**
 * The language engines as backend routes (issues 16 and 20): the card sends a draft and gets its
 * tone check back, and asks for the signals in the contact's newest inbound email, which the
 * backend reads from HubSpot itself. The engines (rules, lexicons, stemmers, learned models) run in
 * the backend's memory, so the card carries none of them, and the customer's and agent's text is
 * read there and never stored or logged.
 */
import * as z from 'zod/mini';
import { flagKinds } from '../../../shared/history/flag-kinds';
import { settingsLimits } from '../../../shared/settings/settings';
import {
  contactChannels,
  contactPlaces,
  signalKinds,
  vulnerabilitySubKinds,
} from '../../../shared/signals/kinds';
import { blockableToneCategories, toneCategories } from '../../../shared/tone/types';

/** Paths of the language routes, relative to the backend's public base URL. */
export const languagePaths = {
  toneCheck: '/api/tone/check',
  signals: (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/signals`,
} as const;

/**
 * The longest draft the backend checks, in UTF-16 code units (JavaScript's `length`): a long
 * collections email is a few thousand; past this a draft is refused with 400, never cut.
 */
export const draftTextMaxLength = 10_000;

// The largest body a valid check can be: the draft and both phrase lists at their limits, each
// character at most 3 bytes in UTF-8 (a code unit of the BMP; an astral character is 4 bytes for 2
// units), plus the JSON around them. Past it the backend answers 413 before reading the body.
const phraseBytes = settingsLimits.phraseCount.max * (settingsLimits.phraseLength.max * 3 + 8);
/** The largest tone check body the backend reads, in bytes. */
export const toneCheckBodyLimitBytes = draftTextMaxLength * 3 + 2 * phraseBytes + 4096;

const phrases = z
  .array(z.string().check(z.maxLength(settingsLimits.phraseLength.max)))
  .check(z.maxLength(settingsLimits.phraseCount.max));

/** `POST /api/tone/check`: the draft as plain text and the portal's tone options. */
export const toneCheckRequestSchema = z.object({
  text: z.string().check(z.maxLength(draftTextMaxLength)),
  /** `auto` (detect from the draft) or a language code; one without rules falls back as the core does. */
  locale: z.string().check(z.regex(/^(?:auto|[a-z]{2,3})$/)),
  blockCategories: z
    .array(z.enum(blockableToneCategories))
    .check(z.maxLength(blockableToneCategories.length)),
  flagPhrases: phrases,
  allowPhrases: phrases,
});
export type ToneCheckRequest = z.infer<typeof toneCheckRequestSchema>;

/** One finding as the card shows it (the core's `Finding` without its explanation). */
export const toneFindingSchema = z.object({
  category: z.enum(toneCategories),
  severity: z.enum(['info', 'review', 'block']),
  start: z.int().check(z.gte(0)),
  end: z.int().check(z.gte(0)),
  excerpt: z.string(),
  reason: z.string(),
  ruleRef: z.optional(z.string()),
  suggestion: z.optional(z.string()),
  ruleId: z.string(),
});

/** Reply of `POST /api/tone/check`: the core's `ToneResult` for the draft that was sent. */
export const toneCheckReplySchema = z.object({
  verdict: z.enum(['ok', 'review', 'block']),
  score: z.number().check(z.gte(0), z.lte(100)),
  locale: z.string(),
  findings: z.array(toneFindingSchema),
});
export type ToneCheckReply = z.infer<typeof toneCheckReplySchema>;

/** Query of `GET /api/contacts/:contactId/signals`. */
export const signalsQuerySchema = z.object({
  /**
   * The portal's IANA time zone (`context.portal.timezone`), for a contact whose own zone is
   * unknown; an unknown name counts as none (UTC).
   */
  portalTimeZone: z.optional(z.string().check(z.maxLength(64))),
});

const signalDetailSchema = z.union([
  z.templateLiteral(['signals.subKind.', z.enum(vulnerabilitySubKinds)]),
  z.templateLiteral(['signals.channel.', z.enum(contactChannels)]),
  z.templateLiteral(['signals.place.', z.enum(contactPlaces)]),
]);

/** One signal as the card shows it (shared/signals/view's `SignalItem`). */
export const signalItemSchema = z.object({
  key: z.string(),
  kind: z.enum(signalKinds),
  commentId: z.string(),
  label: z.templateLiteral(['signals.kind.', z.enum(signalKinds)]),
  details: z.array(signalDetailSchema),
  time: z.optional(z.string()),
  action: z.union([
    z.templateLiteral(['signals.action.', z.enum(signalKinds)]),
    z.literal('signals.action.self-harm'),
  ]),
  excerpt: z.string(),
  suggestedFlags: z.array(z.enum(flagKinds)),
  selfHarm: z.boolean(),
  promise: z.optional(
    z.object({
      amount: z.optional(
        z.object({ minor: z.int(), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) }),
      ),
      date: z.optional(z.iso.date()),
    }),
  ),
});

/** Reply of `GET /api/contacts/:contactId/signals`: what the signals section shows. */
export const signalsReplySchema = z.object({
  /** The contact has an inbound email with text to read. */
  hasMessage: z.boolean(),
  /** The signals in the newest inbound email, safety first, and the self-harm help line's code. */
  view: z.object({
    items: z.array(signalItemSchema),
    signposting: z.optional(z.literal('signals.signposting.selfHarm')),
  }),
  /** Today in the contact's time zone, for a promise's due date. */
  today: z.iso.date(),
  /** The flags the contact has already (no one-click Set for these). */
  setFlags: z.array(z.enum(flagKinds)),
});
export type SignalsReply = z.infer<typeof signalsReplySchema>;
