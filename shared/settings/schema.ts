/**
 * The zod schema behind `validateSettings`. Every issue's message is a settings error code
 * (messages.ts), so the validator can translate it; params for custom checks ride on the issue.
 * Absent values take their defaults, so settings saved by an older version stay valid when a new
 * setting is added; present but wrong values are errors.
 */
// zod/mini: the Zendesk sidebar validates settings before it paints, so the full zod API would ride
// in its first load (issue 16). Every rule and error code is as it was with the chained API.
import * as z from 'zod/mini';
import { isValidTimeZone, parsePlainDate } from '../calendar/calendar';
import { isHolidayCountry } from '../calendar/holiday-countries';
import { flagKinds, type FlagKind } from '../history/flag-kinds';
import { currencyDigits, isKnownCurrency, parseDecimal } from '../money/money';
import {
  blockableToneCategories,
  defaultSettings,
  planFrequencies,
  settingsLocales,
  settingsLimits,
  toneOnSaveModes,
} from './settings';

const decimalPattern = /^\d{1,12}(?:\.\d{1,12})?$/;
const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const fieldKeyPattern = /^[A-Za-z0-9_.-]*$/;
// IANA names only ("Europe/London", "Etc/GMT+5", "UTC"): no offsets like "+01:00".
// https only (http is readable on the way, javascript: runs code); a host, then a path free of
// spaces, quotes and angle brackets so the link stays one clickable token in any message.
const paymentLinkPattern =
  /^https:\/\/[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*(?::\d{1,5})?(?:[/?#][^\s<>"'{}\\]*)?$/i;
const timeZonePattern = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;
// 'US', or a country and an ISO 3166-2 region: 'US-CA', 'GB-SCT' (regions are checked when plans
// are built, where the holiday data is loaded).
const holidaysPattern = /^([A-Z]{2})(?:-[A-Z0-9]{1,3})?$/;

/** True for an IANA time zone name (not an offset) that this runtime's Intl knows. */
export function isTimeZone(name: string): boolean {
  return timeZonePattern.test(name) && isValidTimeZone(name);
}

const wholeNumber = (limits: { min: number; max: number }) =>
  z
    .number({ error: 'not-a-number' })
    .check(
      z.int({ error: 'not-a-whole-number' }),
      z.gte(limits.min, { error: 'out-of-range' }),
      z.lte(limits.max, { error: 'out-of-range' }),
    );

/** A plain positive decimal amount such as "25.00". */
const decimal = () =>
  z.string({ error: 'not-text' }).check(
    z.trim(),
    z.regex(decimalPattern, { error: 'not-an-amount', abort: true }),
    z.refine((text) => /[1-9]/.test(text), { error: 'not-more-than-zero' }),
  );

/** A list whose entries must not repeat; each repeat is reported once, at its own index. */
const uniqueList = <T extends z.ZodMiniType<string>>(item: T) =>
  z.array(item, { error: 'not-a-list' }).check(
    z.superRefine((items: string[], ctx) => {
      const seen = new Set<string>();
      items.forEach((value, index) => {
        const key = value.toLowerCase();
        if (seen.has(key)) {
          ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index], params: { value } });
        }
        seen.add(key);
      });
    }),
  );

const phrases = () =>
  uniqueList(
    z
      .string({ error: 'not-text' })
      .check(
        z.trim(),
        z.minLength(1, { error: 'empty-phrase' }),
        z.maxLength(settingsLimits.phraseLength.max, { error: 'too-long' }),
        z.regex(/^[^\r\n]*$/, { error: 'line-break' }),
      ),
  ).check(z.maxLength(settingsLimits.phraseCount.max, { error: 'too-many' }));

const time = () =>
  z.string({ error: 'not-text' }).check(
    z.trim(),
    z.regex(timePattern, { error: 'not-a-time', abort: true }),
    z.refine(
      (value) =>
        value >= settingsLimits.contactHours.earliest &&
        value <= settingsLimits.contactHours.latest,
      { error: 'outside-legal-hours' },
    ),
  );

const fieldKey = () =>
  z
    .string({ error: 'not-text' })
    .check(
      z.trim(),
      z.maxLength(settingsLimits.fieldKeyLength.max, { error: 'too-long' }),
      z.regex(fieldKeyPattern, { error: 'not-a-field-key' }),
    );

/** Reports an amount with more decimals than the currency has, at `path`. */
function checkDecimals(
  amount: string,
  currency: string,
  path: (string | number)[],
  ctx: z.core.$RefinementCtx,
): void {
  const parsed = parseDecimal(amount, currency);
  if (!parsed.ok && parsed.error.code === 'too-many-decimals') {
    const decimals = currencyDigits(currency) ?? 0;
    ctx.addIssue({
      code: 'custom',
      message: decimals === 0 ? 'whole-amounts-only' : 'too-many-decimals',
      path,
      params: { currency, decimals },
    });
  }
}

const d = defaultSettings;

const policySchema = z
  .prefault(
    z.object({
      minInstalment: z._default(decimal(), d.policy.minInstalment),
      currency: z._default(
        z
          .string({ error: 'not-text' })
          .check(
            z.trim(),
            z.toUpperCase(),
            z.refine(isKnownCurrency, { error: 'unknown-currency' }),
          ),
        d.policy.currency,
      ),
      maxTermMonths: z._default(wholeNumber(settingsLimits.maxTermMonths), d.policy.maxTermMonths),
      frequencies: z._default(
        uniqueList(z.enum(planFrequencies, { error: 'not-a-choice' })).check(
          z.minLength(1, { error: 'none-chosen' }),
        ),
        () => [...d.policy.frequencies],
      ),
      downPayment: z._default(
        z.discriminatedUnion(
          'kind',
          [
            z.object({ kind: z.literal('none') }),
            z.object({ kind: z.literal('amount'), amount: decimal() }),
            z.object({
              kind: z.literal('percent'),
              percent: wholeNumber(settingsLimits.downPaymentPercent),
            }),
          ],
          { error: 'not-a-choice' },
        ),
        () => ({ ...d.policy.downPayment }),
      ),
      firstPaymentWithinDays: z._default(
        wholeNumber(settingsLimits.firstPaymentWithinDays),
        d.policy.firstPaymentWithinDays,
      ),
      maxSettlementDiscountPercent: z._default(
        wholeNumber(settingsLimits.maxSettlementDiscountPercent),
        d.policy.maxSettlementDiscountPercent,
      ),
      feesWaivable: z._default(z.boolean({ error: 'not-yes-no' }), d.policy.feesWaivable),
      rollWeekends: z._default(z.boolean({ error: 'not-yes-no' }), d.policy.rollWeekends),
      holidays: z._default(
        z.string({ error: 'not-text' }).check(
          z.trim(),
          z.toUpperCase(),
          z.refine(
            (code) => code === '' || isHolidayCountry(holidaysPattern.exec(code)?.[1] ?? ''),
            { error: 'unknown-holiday-country' },
          ),
        ),
        d.policy.holidays,
      ),
      closureDays: z._default(
        uniqueList(
          z.string({ error: 'not-text' }).check(
            z.trim(),
            z.refine((text) => parsePlainDate(text) !== undefined, { error: 'not-a-date' }),
          ),
        ).check(z.maxLength(settingsLimits.closureDays.max, { error: 'too-many' })),
        () => [...d.policy.closureDays],
      ),
    }),
    {},
  )
  .check(
    z.superRefine((policy, ctx) => {
      checkDecimals(policy.minInstalment, policy.currency, ['minInstalment'], ctx);
      if (policy.downPayment.kind === 'amount') {
        checkDecimals(policy.downPayment.amount, policy.currency, ['downPayment', 'amount'], ctx);
      }
    }),
  );

const toneSchema = z.prefault(
  z.object({
    onSave: z._default(z.enum(toneOnSaveModes, { error: 'not-a-choice' }), d.tone.onSave),
    blockCategories: z._default(
      uniqueList(z.enum(blockableToneCategories, { error: 'not-a-choice' })),
      () => [...d.tone.blockCategories],
    ),
    flagPhrases: z._default(phrases(), () => [...d.tone.flagPhrases]),
    allowPhrases: z._default(phrases(), () => [...d.tone.allowPhrases]),
    feedback: z._default(z.boolean({ error: 'not-yes-no' }), d.tone.feedback),
    feedbackIncludeDraft: z._default(
      z.boolean({ error: 'not-yes-no' }),
      d.tone.feedbackIncludeDraft,
    ),
  }),
  {},
);

const contactSchema = z.prefault(
  z.object({
    contactHours: z
      .prefault(
        z.object(
          {
            start: z._default(time(), d.contact.contactHours.start),
            end: z._default(time(), d.contact.contactHours.end),
          },
          { error: 'invalid' },
        ),
        {},
      )
      .check(z.refine((hours) => hours.start < hours.end, { error: 'start-not-before-end' })),
    defaultTimeZone: z._default(
      z
        .string({ error: 'not-text' })
        .check(z.trim(), z.refine(isTimeZone, { error: 'unknown-time-zone' })),
      d.contact.defaultTimeZone,
    ),
    defaultLocale: z._default(
      z.enum(settingsLocales, { error: 'not-a-choice' }),
      d.contact.defaultLocale,
    ),
  }),
  {},
);

const flagKey = (kind: FlagKind) => z._default(fieldKey(), d.fields.flags[kind]);
const flagsShape = Object.fromEntries(flagKinds.map((kind) => [kind, flagKey(kind)])) as {
  [kind in FlagKind]: ReturnType<typeof flagKey>;
};

/** `doNotSms` for `do-not-sms`. */
const camelCase = (kind: FlagKind) =>
  kind.replace(/-(\w)/g, (_dash, letter: string) => letter.toUpperCase());

/**
 * Settings saved before flag kinds were one vocabulary key the flag fields in camelCase
 * (`doNotSms`). They are read as their kind, so no admin's saved field mapping is lost; a key
 * already spelled as the kind wins.
 */
function readLegacyFlagKeys(flags: unknown): unknown {
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) return flags;
  const read: Record<string, unknown> = { ...flags };
  for (const kind of flagKinds) {
    const legacy = camelCase(kind);
    if (legacy !== kind && legacy in read) {
      if (!(kind in read)) read[kind] = read[legacy];
      delete read[legacy];
    }
  }
  return read;
}

const fieldsSchema = z.prefault(
  z.object({
    balance: z._default(fieldKey(), d.fields.balance),
    currency: z._default(fieldKey(), d.fields.currency),
    dueDate: z._default(fieldKey(), d.fields.dueDate),
    flags: z.prefault(
      z.pipe(z.transform(readLegacyFlagKeys), z.object(flagsShape, { error: 'invalid' })),
      {},
    ),
  }),
  {},
);

const outreachSchema = z.prefault(
  z.object({
    // Empty means "not set yet": `settingsNeedingAttention` asks for it, templates name it missing.
    companyName: z._default(
      z
        .string({ error: 'not-text' })
        .check(
          z.trim(),
          z.maxLength(settingsLimits.companyNameLength.max, { error: 'text-too-long' }),
          z.regex(/^[^\r\n]*$/, { error: 'not-one-line' }),
        ),
      d.outreach.companyName,
    ),
    paymentLink: z._default(
      z.string({ error: 'not-text' }).check(
        z.trim(),
        z.maxLength(settingsLimits.paymentLinkLength.max, { error: 'text-too-long', abort: true }),
        z.refine((link) => link === '' || paymentLinkPattern.test(link), {
          error: 'not-https-link',
        }),
      ),
      d.outreach.paymentLink,
    ),
  }),
  {},
);

/** The whole settings object; unknown keys are dropped. */
export const settingsSchema = z.object(
  {
    policy: policySchema,
    tone: toneSchema,
    contact: contactSchema,
    fields: fieldsSchema,
    outreach: outreachSchema,
  },
  { error: 'not-settings' },
);
