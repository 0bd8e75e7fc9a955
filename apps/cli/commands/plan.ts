/**
 * `tactful plan`: reads a plan request as JSON on stdin and prints the suggested options as JSON
 * (issue 5). Amounts travel as decimal strings in the currency's own precision. Bad input, as for
 * every command: `tactful plan: <field>: <message>` on stderr, exit 2, nothing on stdout.
 */
import { z } from 'zod';
import {
  isValidTimeZone,
  parsePlainDate,
  todayIn,
  type PlainDate,
} from '../../../shared/calendar/calendar';
import { isKnownCurrency, parseDecimal, toDecimal, type Money } from '../../../shared/money/money';
import type { Capacity } from '../../../shared/plans/affordability';
import { frequencies, type Frequency } from '../../../shared/plans/frequency';
import type { DownPayment, Policy } from '../../../shared/plans/policy';
import { createTranslator } from '../../../shared/i18n';
import {
  suggestPlans,
  type LongerPlanNeeded,
  type PlanOption,
  type PlanRequest,
} from '../../../shared/plans/suggest';
import { describePlanWhy } from '../../../shared/plans/why';
import { commandArgs, refuse } from '../args';
import { exitCodes, type CliIo } from '../io';
import { stdinLimits } from '../stdin';

const usage = `Usage: tactful plan < request.json

Reads {"balance","currency","timeZone","locale","policy":{...}} (optional: today, capacity,
firstPaymentDate, waivableCharges) on stdin, at most 1 MiB, and prints
{"options":[...],"needsLongerPlan":[...]} as JSON: the options within policy, then each frequency
at which the customer's pace would need a longer plan than policy allows, with the shortfall per
payment.
`;

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'Expected a decimal amount such as "125.00"');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD');
const percent = z.number().finite();

/** Capacity periods as people say them, and the frequency each one means. */
const periods = {
  week: 'weekly',
  'two-weeks': 'biweekly',
  'half-month': 'semimonthly',
  month: 'monthly',
  weekly: 'weekly',
  biweekly: 'biweekly',
  semimonthly: 'semimonthly',
  monthly: 'monthly',
} as const satisfies Record<string, Frequency>;

const requestSchema = z.object({
  balance: decimal,
  currency: z.string(),
  today: date.optional(),
  timeZone: z.string(),
  locale: z.string().min(2),
  firstPaymentDate: date.optional(),
  waivableCharges: decimal.optional(),
  policy: z.object({
    minInstalment: decimal,
    maxTermMonths: z.number().int(),
    frequencies: z.array(z.enum(frequencies)),
    maxSettlementDiscountPercent: percent.default(0),
    firstPaymentWithinDays: z.number().int(),
    downPayment: z
      .union([z.object({ amount: decimal }).strict(), z.object({ percent }).strict()])
      .optional(),
    feesWaivable: z.boolean().default(false),
    rollWeekends: z.boolean().default(false),
  }),
  capacity: z
    .union([
      z.object({ amount: decimal, per: z.enum(Object.keys(periods) as [keyof typeof periods]) }),
      z.object({
        monthlyIncome: decimal,
        monthlyEssentialOutgoings: decimal,
        sharePercent: percent.optional(),
      }),
    ])
    .optional(),
});

type RawRequest = z.infer<typeof requestSchema>;

/** A failure reported to the caller: which field, and what is wrong with it. */
class InputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function amount(text: string, currency: string, field: string, allowNegative = false): Money {
  const parsed = parseDecimal(text, currency);
  if (!parsed.ok) throw new InputError(field, parsed.error.message);
  if (!allowNegative && parsed.value.minor < 0n) {
    throw new InputError(field, 'The amount cannot be negative');
  }
  return parsed.value;
}

function calendarDate(text: string, field: string): PlainDate {
  const parsed = parsePlainDate(text);
  if (parsed === undefined) throw new InputError(field, `"${text}" is not a calendar date`);
  return parsed;
}

function toPlanRequest(raw: RawRequest, now: Date): PlanRequest {
  const { currency } = raw;
  if (!isKnownCurrency(currency)) {
    throw new InputError('currency', `"${currency}" is not an ISO 4217 currency`);
  }
  if (!isValidTimeZone(raw.timeZone)) {
    throw new InputError('timeZone', `"${raw.timeZone}" is not an IANA time zone`);
  }
  try {
    new Intl.NumberFormat(raw.locale);
  } catch {
    throw new InputError('locale', `"${raw.locale}" is not a locale`);
  }
  const p = raw.policy;
  const down: DownPayment | undefined =
    p.downPayment === undefined
      ? undefined
      : 'amount' in p.downPayment
        ? {
            kind: 'amount',
            amount: amount(p.downPayment.amount, currency, 'policy.downPayment.amount'),
          }
        : { kind: 'percent', percent: p.downPayment.percent };
  const policy: Policy = {
    minInstalment: amount(p.minInstalment, currency, 'policy.minInstalment'),
    maxTermMonths: p.maxTermMonths,
    frequencies: p.frequencies,
    firstPaymentWithinDays: p.firstPaymentWithinDays,
    maxSettlementDiscountPercent: p.maxSettlementDiscountPercent,
    feesWaivable: p.feesWaivable,
    rollWeekends: p.rollWeekends,
    ...(down === undefined ? {} : { downPayment: down }),
  };
  const c = raw.capacity;
  const capacity: Capacity | undefined =
    c === undefined
      ? undefined
      : 'amount' in c
        ? {
            kind: 'per-period',
            amount: amount(c.amount, currency, 'capacity.amount'),
            per: periods[c.per],
          }
        : {
            kind: 'income-and-expenditure',
            monthlyIncome: amount(c.monthlyIncome, currency, 'capacity.monthlyIncome'),
            monthlyEssentialOutgoings: amount(
              c.monthlyEssentialOutgoings,
              currency,
              'capacity.monthlyEssentialOutgoings',
            ),
            ...(c.sharePercent === undefined ? {} : { sharePercent: c.sharePercent }),
          };
  const balance = amount(raw.balance, currency, 'balance');
  if (balance.minor === 0n) throw new InputError('balance', 'The balance must be more than zero');
  return {
    balance,
    today: raw.today === undefined ? todayIn(now, raw.timeZone) : calendarDate(raw.today, 'today'),
    locale: raw.locale,
    policy,
    ...(capacity === undefined ? {} : { capacity }),
    ...(raw.firstPaymentDate === undefined
      ? {}
      : { firstPaymentDate: calendarDate(raw.firstPaymentDate, 'firstPaymentDate') }),
    ...(raw.waivableCharges === undefined
      ? {}
      : { waivableCharges: amount(raw.waivableCharges, currency, 'waivableCharges') }),
  };
}

/** The reply shape of one option: issue 5's fields plus count, dates and what it breaks. */
function toJson(option: PlanOption) {
  return {
    kind: option.kind,
    frequency: option.frequency,
    instalments: option.instalments.map((i) => ({ due: i.due, amount: toDecimal(i.amount) })),
    total: toDecimal(option.total),
    discount: toDecimal(option.discount),
    count: option.count,
    firstDue: option.firstDue,
    endDate: option.endDate,
    ...(option.downPayment === undefined ? {} : { downPayment: toDecimal(option.downPayment) }),
    finalBelowMinimum: option.finalBelowMinimum,
    ...(option.affordable === undefined ? {} : { affordable: option.affordable }),
    summary: option.summary,
    withinPolicy: option.withinPolicy,
    breaks: option.breaks,
    why: describePlanWhy(option, agentWords, 'en-US'),
  };
}

/** A plan the policy's term cannot hold: never offered, reported with what each payment lacks. */
function longerPlanJson(needed: LongerPlanNeeded) {
  return {
    frequency: needed.frequency,
    maxTermMonths: needed.maxTermMonths,
    payments: needed.payments,
    paymentNeeded: toDecimal(needed.paymentNeeded),
    affordable: toDecimal(needed.affordable),
    shortfall: toDecimal(needed.shortfall),
  };
}

/** Why each option was suggested, for the agent: in English (the request's locale is the customer's). */
const agentWords = createTranslator('en');

/** The request's problem on stderr, naming the field, and the exit code for bad input. */
const fail = (io: CliIo, field: string, message: string): number =>
  refuse(io, 'plan', `${field}: ${message}`);

/** Runs `tactful plan`; `now` is only read when the request gives no `today`. */
export async function run(
  args: string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> {
  const parsedArgs = commandArgs(args, io, { name: 'plan', options: {}, usage });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const text = await io.readStdin(stdinLimits.planRequest);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(io, 'request', 'The request is not valid JSON');
  }
  const parsed = requestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || 'request';
    return fail(io, field, issue?.message ?? 'The request is not valid');
  }
  let request: PlanRequest;
  try {
    request = toPlanRequest(parsed.data, now());
  } catch (error) {
    if (error instanceof InputError) return fail(io, error.field, error.message);
    throw error;
  }
  const result = suggestPlans(request);
  if (!result.ok) return fail(io, result.error.field, result.error.message);
  const reply = {
    options: result.value.options.map(toJson),
    needsLongerPlan: result.value.needsLongerPlan.map(longerPlanJson),
  };
  io.stdout(`${JSON.stringify(reply, null, 2)}\n`);
  return exitCodes.ok;
}
