/**
 * The zod schema behind `validateSettings`. Every issue's message is a settings error code
 * (messages.ts), so the validator can translate it; params for custom checks ride on the issue.
 * Absent values take their defaults, so settings saved by an older version stay valid when a new
 * setting is added; present but wrong values are errors.
 */
import { z } from 'zod';
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
    .int({ error: 'not-a-whole-number' })
    .min(limits.min, { error: 'out-of-range' })
    .max(limits.max, { error: 'out-of-range' });

/** A plain positive decimal amount such as "25.00". */
const decimal = () =>
  z
    .string({ error: 'not-text' })
    .trim()
    .regex(decimalPattern, { error: 'not-an-amount', abort: true })
    .refine((text) => /[1-9]/.test(text), { error: 'not-more-than-zero' });

/** A list whose entries must not repeat; each repeat is reported once, at its own index. */
const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z.array(item, { error: 'not-a-list' }).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((value, index) => {
      const key = value.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index], params: { value } });
      }
      seen.add(key);
    });
  });

const phrases = () =>
  uniqueList(
    z
      .string({ error: 'not-text' })
      .trim()
      .min(1, { error: 'empty-phrase' })
      .max(settingsLimits.phraseLength.max, { error: 'too-long' })
      .regex(/^[^\r\n]*$/, { error: 'line-break' }),
  ).check(z.maxLength(settingsLimits.phraseCount.max, { error: 'too-many' }));

const time = () =>
  z
    .string({ error: 'not-text' })
    .trim()
    .regex(timePattern, { error: 'not-a-time', abort: true })
    .refine(
      (value) =>
        value >= settingsLimits.contactHours.earliest &&
        value <= settingsLimits.contactHours.latest,
      { error: 'outside-legal-hours' },
    );

const fieldKey = () =>
  z
    .string({ error: 'not-text' })
    .trim()
    .max(settingsLimits.fieldKeyLength.max, { error: 'too-long' })
    .regex(fieldKeyPattern, { error: 'not-a-field-key' });

/** Reports an amount with more decimals than the currency has, at `path`. */
function checkDecimals(
  amount: string,
  currency: string,
  path: (string | number)[],
  ctx: z.RefinementCtx,
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
  .object({
    minInstalment: decimal().default(d.policy.minInstalment),
    currency: z
      .string({ error: 'not-text' })
      .trim()
      .toUpperCase()
      .refine(isKnownCurrency, { error: 'unknown-currency' })
      .default(d.policy.currency),
    maxTermMonths: wholeNumber(settingsLimits.maxTermMonths).default(d.policy.maxTermMonths),
    frequencies: uniqueList(z.enum(planFrequencies, { error: 'not-a-choice' }))
      .check(z.minLength(1, { error: 'none-chosen' }))
      .default(() => [...d.policy.frequencies]),
    downPayment: z
      .discriminatedUnion(
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
      )
      .default(() => ({ ...d.policy.downPayment })),
    firstPaymentWithinDays: wholeNumber(settingsLimits.firstPaymentWithinDays).default(
      d.policy.firstPaymentWithinDays,
    ),
    maxSettlementDiscountPercent: wholeNumber(settingsLimits.maxSettlementDiscountPercent).default(
      d.policy.maxSettlementDiscountPercent,
    ),
    feesWaivable: z.boolean({ error: 'not-yes-no' }).default(d.policy.feesWaivable),
    rollWeekends: z.boolean({ error: 'not-yes-no' }).default(d.policy.rollWeekends),
    holidays: z
      .string({ error: 'not-text' })
      .trim()
      .toUpperCase()
      .refine((code) => code === '' || isHolidayCountry(holidaysPattern.exec(code)?.[1] ?? ''), {
        error: 'unknown-holiday-country',
      })
      .default(d.policy.holidays),
    closureDays: uniqueList(
      z
        .string({ error: 'not-text' })
        .trim()
        .refine((text) => parsePlainDate(text) !== undefined, { error: 'not-a-date' }),
    )
      .check(z.maxLength(settingsLimits.closureDays.max, { error: 'too-many' }))
      .default(() => [...d.policy.closureDays]),
  })
  .prefault({})
  .superRefine((policy, ctx) => {
    checkDecimals(policy.minInstalment, policy.currency, ['minInstalment'], ctx);
    if (policy.downPayment.kind === 'amount') {
      checkDecimals(policy.downPayment.amount, policy.currency, ['downPayment', 'amount'], ctx);
    }
  });

const toneSchema = z
  .object({
    onSave: z.enum(toneOnSaveModes, { error: 'not-a-choice' }).default(d.tone.onSave),
    blockCategories: uniqueList(z.enum(blockableToneCategories, { error: 'not-a-choice' })).default(
      () => [...d.tone.blockCategories],
    ),
    flagPhrases: phrases().default(() => [...d.tone.flagPhrases]),
    allowPhrases: phrases().default(() => [...d.tone.allowPhrases]),
    feedback: z.boolean({ error: 'not-yes-no' }).default(d.tone.feedback),
    feedbackIncludeDraft: z.boolean({ error: 'not-yes-no' }).default(d.tone.feedbackIncludeDraft),
  })
  .prefault({});

const contactSchema = z
  .object({
    contactHours: z
      .object(
        {
          start: time().default(d.contact.contactHours.start),
          end: time().default(d.contact.contactHours.end),
        },
        { error: 'invalid' },
      )
      .prefault({})
      .refine((hours) => hours.start < hours.end, { error: 'start-not-before-end' }),
    defaultTimeZone: z
      .string({ error: 'not-text' })
      .trim()
      .refine(isTimeZone, { error: 'unknown-time-zone' })
      .default(d.contact.defaultTimeZone),
    defaultLocale: z
      .enum(settingsLocales, { error: 'not-a-choice' })
      .default(d.contact.defaultLocale),
  })
  .prefault({});

const flagKey = (kind: FlagKind) => fieldKey().default(d.fields.flags[kind]);
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

const fieldsSchema = z
  .object({
    balance: fieldKey().default(d.fields.balance),
    currency: fieldKey().default(d.fields.currency),
    dueDate: fieldKey().default(d.fields.dueDate),
    flags: z
      .preprocess(readLegacyFlagKeys, z.object(flagsShape, { error: 'invalid' }))
      .prefault({}),
  })
  .prefault({});

const outreachSchema = z
  .object({
    // Empty means "not set yet": `settingsNeedingAttention` asks for it, templates name it missing.
    companyName: z
      .string({ error: 'not-text' })
      .trim()
      .max(settingsLimits.companyNameLength.max, { error: 'text-too-long' })
      .regex(/^[^\r\n]*$/, { error: 'not-one-line' })
      .default(d.outreach.companyName),
    paymentLink: z
      .string({ error: 'not-text' })
      .trim()
      .max(settingsLimits.paymentLinkLength.max, { error: 'text-too-long', abort: true })
      .refine((link) => link === '' || paymentLinkPattern.test(link), { error: 'not-https-link' })
      .default(d.outreach.paymentLink),
  })
  .prefault({});

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
