/**
 * One settings model for both hosts: the company's plan policy, how strict the tone check is, when
 * customers may be contacted, and which host fields hold the collections data. Plain data only;
 * Zendesk reads it from installation parameters, HubSpot from our backend, both validate it with
 * `validateSettings`.
 */
import type { FlagKind } from '../history/flag-kinds';

/** How often instalments fall due (DOMAIN.md: weekly, every two weeks, twice a month, monthly). */
export const planFrequencies = ['weekly', 'biweekly', 'semimonthly', 'monthly'] as const;
export type PlanFrequency = (typeof planFrequencies)[number];

/** Tone categories an admin can make block a save: every one but `positive` (declared in tone). */
import type { BlockableToneCategory } from '../tone/types';
export { blockableToneCategories, type BlockableToneCategory } from '../tone/types';

/** Languages Tactful speaks to customers and admins in at launch. */
export const settingsLocales = ['en', 'es'] as const;
export type SettingsLocale = (typeof settingsLocales)[number];

/** What the tone check does when an agent saves a reply with `block` findings. */
export const toneOnSaveModes = ['block', 'warn'] as const;
export type ToneOnSave = (typeof toneOnSaveModes)[number];

/** How a plan starts: no down payment, a fixed amount, or a percentage of the balance. */
export type DownPayment =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'amount';
      /** Decimal string in the default currency, e.g. "50.00". */ readonly amount: string;
    }
  | {
      readonly kind: 'percent';
      /** Whole percent of the balance, 1–90. */ readonly percent: number;
    };
export const downPaymentKinds = ['none', 'amount', 'percent'] as const;

/** The company's limits for payment plans and settlements. */
export interface PlanPolicySettings {
  /**
   * Smallest instalment as a plain decimal string ("25.00"), read in the currency of each balance
   * (so "25" means $25 for a USD balance and €25 for a EUR one); checked against `currency`.
   */
  readonly minInstalment: string;
  /** ISO 4217 code used when a balance has no currency of its own, e.g. "USD". */
  readonly currency: string;
  /** Longest plan, in months (1–120). */
  readonly maxTermMonths: number;
  /** Instalment frequencies the company offers; at least one, no repeats. */
  readonly frequencies: readonly PlanFrequency[];
  readonly downPayment: DownPayment;
  /** The first payment must fall within this many days of agreeing the plan (0 = same day). */
  readonly firstPaymentWithinDays: number;
  /** Largest settlement discount, whole percent of the balance (0 = no settlement offers). */
  readonly maxSettlementDiscountPercent: number;
  /** Whether agents may offer to waive fees and charges (CONC 7.3.4 forbearance). */
  readonly feesWaivable: boolean;
  /** Whether an instalment due on a Saturday or Sunday moves to the following Monday. */
  readonly rollWeekends: boolean;
  /**
   * Whose public holidays no instalment falls due on: an ISO 3166-1 country ('US') or country and
   * region ('US-CA', 'GB-SCT'); empty = no holidays, only weekends (when rolled) move a date.
   */
  readonly holidays: string;
  /** The company's closure days ('2026-12-24'): no instalment falls due on one. */
  readonly closureDays: readonly string[];
}

/** How strict the tone check is, and the company's own phrases. */
export interface ToneSettings {
  /** `block` stops a save with block findings; `warn` only shows them in the sidebar. */
  readonly onSave: ToneOnSave;
  /** Categories whose findings block; others are downgraded to review. */
  readonly blockCategories: readonly BlockableToneCategory[];
  /** Company phrases to flag in drafts (trimmed, non-empty). */
  readonly flagPhrases: readonly string[];
  /** Company phrases that are fine even when a rule would flag them (trimmed, non-empty). */
  readonly allowPhrases: readonly string[];
  /**
   * `toneFeedback`: agents see "This finding is wrong" and "Tactful missed something", and each
   * click records the draft's findings and the agent's note (Zendesk: a custom object record;
   * HubSpot: our store). Off until an admin turns it on.
   */
  readonly feedback: boolean;
  /**
   * `toneFeedbackIncludeDraft`: feedback also records the draft itself, which may name the
   * customer. Off unless an admin ticks it too; without `feedback` it does nothing.
   */
  readonly feedbackIncludeDraft: boolean;
}

/** When and how customers may be contacted. */
export interface ContactSettings {
  /**
   * The window, in the customer's local time, when contact is allowed; the rest of the day is
   * quiet hours. Never wider than 08:00–21:00 (Reg F §1006.6(b)(1)); start before end.
   */
  readonly contactHours: { readonly start: string; readonly end: string };
  /** IANA time zone used when a customer's own zone is unknown, e.g. "America/New_York". */
  readonly defaultTimeZone: string;
  /** Language used when a customer's own locale is unknown. */
  readonly defaultLocale: SettingsLocale;
}

/**
 * Which host fields hold the collections data: Zendesk user/ticket field keys or HubSpot property
 * names. An empty string means "not mapped" (reported by `settingsNeedingAttention`).
 */
export interface FieldMapping {
  readonly balance: string;
  readonly currency: string;
  readonly dueDate: string;
  /** The host field holding each flag, by flag kind. */
  readonly flags: { readonly [kind in FlagKind]: string };
}

/** Who the outreach templates sign as and where they send customers to pay. */
export interface OutreachSettings {
  /** The company's name as customers know it (one line); empty = not set yet. */
  readonly companyName: string;
  /** Where customers pay online: an https:// address; empty = no link. */
  readonly paymentLink: string;
}

/** Everything an admin can set, for one Zendesk installation or one HubSpot portal. */
export interface TactfulSettings {
  readonly policy: PlanPolicySettings;
  readonly tone: ToneSettings;
  readonly contact: ContactSettings;
  readonly fields: FieldMapping;
  readonly outreach: OutreachSettings;
}

/** Bounds the validation enforces, exported so settings forms can show them on their inputs. */
export const settingsLimits = {
  maxTermMonths: { min: 1, max: 120 },
  firstPaymentWithinDays: { min: 0, max: 60 },
  maxSettlementDiscountPercent: { min: 0, max: 90 },
  downPaymentPercent: { min: 1, max: 90 },
  /** The widest contact window the law allows (Reg F §1006.6(b)(1)). */
  contactHours: { earliest: '08:00', latest: '21:00' },
  phraseLength: { max: 200 },
  phraseCount: { max: 200 },
  fieldKeyLength: { max: 100 },
  companyNameLength: { max: 100 },
  paymentLinkLength: { max: 500 },
  closureDays: { max: 100 },
} as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * What a fresh installation starts with: a conservative policy, blocking the categories that can
 * break the law or insult, contact 08:00–21:00, and the field keys our Zendesk `requirements.json`
 * and HubSpot project create (`tactful_*`), and no company name or payment link yet. Frozen: copy before changing.
 */
export const defaultSettings: TactfulSettings = deepFreeze({
  policy: {
    minInstalment: '25.00',
    currency: 'USD',
    maxTermMonths: 12,
    frequencies: ['weekly', 'biweekly', 'semimonthly', 'monthly'],
    downPayment: { kind: 'none' },
    firstPaymentWithinDays: 14,
    maxSettlementDiscountPercent: 0,
    feesWaivable: true,
    rollWeekends: true,
    // No country until an admin picks one: weekends only, as before holidays were known.
    holidays: '',
    closureDays: [],
  },
  tone: {
    onSave: 'block',
    // In `blockableToneCategories` order, as the Zendesk checkbox group reads them.
    blockCategories: [
      'shaming',
      'profanity',
      'threat',
      'misrepresentation',
      'third-party',
      'harassment',
    ],
    flagPhrases: [],
    allowPhrases: [],
    // Recording what agents say about findings is the admin's choice, the draft itself doubly so.
    feedback: false,
    feedbackIncludeDraft: false,
  },
  contact: {
    contactHours: { start: '08:00', end: '21:00' },
    defaultTimeZone: 'America/New_York',
    defaultLocale: 'en',
  },
  fields: {
    balance: 'tactful_balance',
    currency: 'tactful_currency',
    dueDate: 'tactful_due_date',
    flags: {
      cease: 'tactful_flag_cease',
      'do-not-call': 'tactful_flag_do_not_call',
      'do-not-email': 'tactful_flag_do_not_email',
      'do-not-sms': 'tactful_flag_do_not_sms',
      dispute: 'tactful_flag_dispute',
      bankruptcy: 'tactful_flag_bankruptcy',
      'breathing-space': 'tactful_flag_breathing_space',
      deceased: 'tactful_flag_deceased',
      vulnerable: 'tactful_flag_vulnerable',
    },
  },
  // Nobody's name or link can be guessed: `settingsNeedingAttention` asks for the name.
  outreach: { companyName: '', paymentLink: '' },
} satisfies TactfulSettings);
