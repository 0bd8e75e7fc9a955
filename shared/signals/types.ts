/** What `readCustomerMessage` takes and returns. */
import type {
  ContactChannel,
  ContactPlace,
  SignalAction,
  SignalKind,
  VulnerabilitySubKind,
} from './kinds';

export interface SignalOptions {
  /** `en`, `es` or `auto` (default: detect from the words, falling back to English). */
  locale?: string;
  /** Today as a calendar date (YYYY-MM-DD) in the customer's time zone, to date a promise. */
  today?: string;
  /** The instant the message is read (epoch ms), used with `timeZone` when `today` is absent. */
  now?: number;
  /** The customer's IANA time zone (default UTC). */
  timeZone?: string;
  /** The account's ISO 4217 currency, for "$" and amounts written without a currency. */
  currency?: string;
}

/** One thing the customer's words tell the agent. Codes and values only, never sentences. */
export interface Signal {
  kind: SignalKind;
  /** Offsets of the quoted words in the message (UTF-16, end exclusive). */
  start: number;
  end: number;
  excerpt: string;
  /** How sure the reading is, 0-1. */
  confidence: number;
  /** The rule or guidance the signal relates to. */
  ruleRef: string;
  /** The catalog code (shared/i18n) of the suggested action. */
  action: SignalAction;
  /** The frame that read it, for explanations and tuning (`model` when the learned model added it). */
  frame: string;
  /** Added by the learned model: the features that pushed it most ("w:evict", "k:stop"). */
  explanation?: string[];
  subKind?: VulnerabilitySubKind;
  /** True when the words are close to self-harm or suicide. */
  selfHarm?: true;
  /** channel-opt-out: the channels the customer asks us to stop using. */
  channels?: ContactChannel[];
  place?: ContactPlace;
  /** The time the customer names, in their words ("after 8pm"). */
  time?: string;
  /** promise: the amount in minor units. */
  amount?: { minor: number; currency: string };
  /** promise: the calendar day, YYYY-MM-DD. */
  date?: string;
}

/** The signals in one message and the language it was read in. */
export interface CustomerReading {
  locale: 'en' | 'es';
  signals: Signal[];
}
