/**
 * The registered rule sets, one data file a locale. To add a locale, add its file beside these and
 * one line here; the checker, detection and CLI pick it up.
 */
import type { ToneRuleSet } from '../types';
import { en } from './en';
import { es } from './es';

/** Every locale's rule set, by locale code. */
export const ruleSets = { en, es } as const satisfies Record<string, ToneRuleSet>;

/** A locale with a rule set. */
export type ToneLocale = keyof typeof ruleSets;
