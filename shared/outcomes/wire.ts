/**
 * The outcomes view as JSON, for a host whose backend computes it (HubSpot): money as its decimal
 * text, since JSON has no bigint. `outcomesViewJson` writes it; `outcomesViewSchema` reads it back
 * into the same `OutcomesView`, so the page renders and exports it with `cellText` and `tableCsv`.
 */
import * as z from 'zod/mini';
import type { MessageKey } from '../i18n/messages/en';
import outcomeKeys from '../i18n/compiled/outcome-keys.json';
import { parseDecimal, toDecimal } from '../money/money';
import { toneCategories } from '../tone/types';
import { outcomeTableIds, type OutcomeCell, type OutcomesView } from './view';

// The keys an outcomes view may name (`outcomes.*`, compiled from the catalog by
// `npm run i18n:compile`): checked without the catalog's words, so the card, which reads this view,
// does not bundle both whole catalogs through it (issue 16).
const outcomesMessageKeys: ReadonlySet<string> = new Set(outcomeKeys);
const isOutcomesMessageKey = (key: string): key is MessageKey => outcomesMessageKeys.has(key);

// A string first (zod's own refusal), then the catalog's keys: the key's type follows the check.
const messageKey = z.pipe(
  z.string(),
  z.custom<MessageKey, string>((key) => isOutcomesMessageKey(key), 'not a message of the catalog'),
);

/** Money as JSON, exactly as written. */
const jsonMoney = z.object({ amount: z.string(), currency: z.string() });
/** Money as JSON, read back into minor units in its currency's precision. */
const money = z.pipe(
  jsonMoney,
  z.transform((value: z.output<typeof jsonMoney>, context) => {
    const parsed = parseDecimal(value.amount, value.currency);
    if (!parsed.ok) {
      context.issues.push({ code: 'custom', message: parsed.error.message, input: value });
      return z.NEVER;
    }
    return parsed.value;
  }),
);

/** The view's JSON with money read by `moneySchema` (as text, or as `Money`). */
function viewSchema<M extends z.core.$ZodType, N extends z.core.$ZodType>(
  moneySchema: M,
  maybeNumber: N,
) {
  const cell = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('text'), value: z.string() }),
    z.object({ kind: z.literal('label'), code: messageKey, value: z.string() }),
    z.object({ kind: z.literal('count'), value: z.number() }),
    z.object({ kind: z.literal('rate'), value: maybeNumber }),
    z.object({ kind: z.literal('days'), value: maybeNumber }),
    z.object({ kind: z.literal('money'), value: moneySchema }),
    z.object({
      kind: z.literal('categories'),
      value: z.array(z.object({ category: z.enum(toneCategories), count: z.number() })),
    }),
  ]);
  return z.object({
    range: z.object({ from: z.string(), to: z.string() }),
    headline: z.object({
      keptRate: maybeNumber,
      promisesMade: z.number(),
      plansStarted: z.number(),
      planCompletionRate: maybeNumber,
      medianDaysToFirstPromise: maybeNumber,
      okFirstTimeShare: maybeNumber,
      contactsAgainstGuard: z.number(),
    }),
    tables: z.array(
      z.object({
        id: z.enum(outcomeTableIds),
        title: messageKey,
        columns: z.array(z.object({ key: z.string(), label: messageKey })),
        rows: z.array(
          z.object({
            cells: z.array(cell),
            customerRefs: z.optional(z.array(z.string())),
            agentRefs: z.optional(z.array(z.string())),
          }),
        ),
        chart: z.optional(z.enum(['trend', 'stacked'])),
      }),
    ),
    agentsHidden: z.boolean(),
    currencies: z.array(z.string()),
  });
}

/** The view as JSON (what the backend replies; no transform, so a reply serialiser can check it). */
export const outcomesViewJsonSchema = viewSchema(jsonMoney, z.optional(z.number()));
/** The view as JSON read back into an `OutcomesView` (money in minor units). */
export const outcomesViewSchema = viewSchema(
  money,
  // A figure there is none of is left out of JSON; the view names it, as undefined.
  z.pipe(
    z.optional(z.number()),
    z.transform((value: number | undefined) => value),
  ),
);
export type OutcomesViewJson = z.infer<typeof outcomesViewJsonSchema>;

/** A cell as JSON: money as `{ amount: "12.50", currency: "EUR" }`. */
type JsonCell =
  | Exclude<OutcomeCell, { kind: 'money' }>
  | { kind: 'money'; value: { amount: string; currency: string } };

/** The view as plain JSON (what `outcomesViewSchema` reads). */
export function outcomesViewJson(view: OutcomesView): OutcomesViewJson {
  const jsonCell = (value: OutcomeCell): JsonCell =>
    value.kind === 'money'
      ? {
          kind: 'money',
          value: { amount: toDecimal(value.value), currency: value.value.currency },
        }
      : value;
  return {
    ...view,
    tables: view.tables.map((table) => ({
      ...table,
      rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(jsonCell) })),
    })),
  };
}
