/**
 * The shapes of outreach templates: friendly messages an agent starts a conversation with.
 * Templates are data (one file a locale); placeholders are `{{name}}` from `templatePlaceholders`.
 */

/** The values a template may mention. `amount` is Money and `dueDate` a calendar date. */
export const templatePlaceholders = [
  'customerName',
  'amount',
  'dueDate',
  'paymentLink',
  'agentName',
  'companyName',
] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];

/** The moments Tactful has a template for, in the order a customer might meet them. */
export const templateIds = [
  'early-reminder',
  'first-missed-payment',
  'broken-promise',
  'plan-confirmation',
  'hardship-support',
  'dispute-acknowledgement',
  'balance-cleared',
] as const;
export type TemplateId = (typeof templateIds)[number];

/** Languages with a template file. */
export const templateLocales = ['en', 'es'] as const;
export type TemplateLocale = (typeof templateLocales)[number];

/** One template in one language: plain text (no HTML) with `{{placeholder}}` slots. */
export interface OutreachTemplate {
  readonly id: TemplateId;
  readonly locale: TemplateLocale;
  /** A short name for pickers, e.g. "Early reminder". */
  readonly title: string;
  readonly body: string;
}

/** The placeholders in `body` that are not in `templatePlaceholders`, as a type (never when all are known). */
export type UnknownPlaceholders<Body extends string> =
  Body extends `${string}{{${infer Name}}}${infer Rest}`
    ? (Name extends TemplatePlaceholder ? never : Name) | UnknownPlaceholders<Rest>
    : never;

/**
 * A locale's templates, checked when the library compiles: every id once (enforced by the record
 * type) and no unknown `{{placeholder}}` in a literal body (a type error naming it).
 */
export type TemplateFile<Bodies extends Record<TemplateId, { title: string; body: string }>> = {
  [Id in TemplateId]: {
    body: [UnknownPlaceholders<Bodies[Id]['body']>] extends [never]
      ? unknown
      : { unknownPlaceholder: UnknownPlaceholders<Bodies[Id]['body']> };
  };
};

/** Declares a locale's templates; a body with an unknown placeholder does not compile. */
export function defineTemplates<
  const Bodies extends Record<TemplateId, { title: string; body: string }>,
>(
  bodies: Bodies & TemplateFile<Bodies>,
): Readonly<Record<TemplateId, { readonly title: string; readonly body: string }>> {
  return bodies;
}
