/**
 * msw handlers for Zendesk macros (`GET /api/v2/macros.json`) with cursor pagination
 * (`page[size]`, `page[after]`, `meta.has_more`, `links.next`), over a list of seed macros.
 */
import { http, type RequestHandler } from 'msw';
import { cursorPage } from './cursor-page';

/** One macro action, as Zendesk returns it. `comment_value` may be a string or `[channel, text]`. */
export interface SeedMacroAction {
  field: string;
  value: string | number | boolean | null | string[];
}

/** A macro as Zendesk returns it (the fields the audit reads, plus a few real ones). */
export interface SeedMacro {
  id: number;
  title: string;
  active: boolean;
  description: string | null;
  actions: SeedMacroAction[];
  created_at: string;
  updated_at: string;
}

const stamp = '2026-01-15T10:00:00Z';

function macro(id: number, title: string, actions: SeedMacroAction[]): SeedMacro {
  return {
    id,
    title,
    active: true,
    description: null,
    actions,
    created_at: stamp,
    updated_at: stamp,
  };
}

/** A small account's canned replies: some kind, some harsh, one without a comment. */
export function seedMacros(): SeedMacro[] {
  return [
    macro(360001, 'Collections: friendly reminder', [
      {
        field: 'comment_value',
        value:
          'Hi {{ticket.requester.first_name}}, just a reminder that your balance is now due. If anything has changed, let us know and we can set up a payment plan.',
      },
      { field: 'status', value: 'pending' },
    ]),
    macro(360002, 'Collections: final demand', [
      {
        field: 'comment_value',
        value: [
          'channel:all',
          'You have ignored our reminders. Payment in full is required immediately or we will take legal action.',
        ],
      },
    ]),
    macro(360003, 'Collections: hardship (HTML)', [
      {
        field: 'comment_value_html',
        value:
          '<p>I&#39;m sorry to hear things are hard right now.</p><p>We can <b>pause</b> payments for a month. Free debt advice is also available from StepChange.</p>',
      },
    ]),
    macro(360004, 'Recordatorio de pago', [
      {
        field: 'comment_value',
        value:
          'Hola, le recordamos que su cuota vence el viernes. Si necesita más tiempo, podemos ofrecerle un plan de pagos.',
      },
    ]),
    macro(360005, 'Close and tag', [
      { field: 'status', value: 'solved' },
      { field: 'current_tags', value: 'collections_closed' },
    ]),
  ];
}

/** Handlers serving `macros` page by page, as any account's `/api/v2/macros.json`. */
export function createMacroHandlers(macros: SeedMacro[] = seedMacros()): RequestHandler[] {
  return [
    http.get('https://*.zendesk.com/api/v2/macros.json', ({ request }) =>
      cursorPage(request, 'macros', macros),
    ),
  ];
}

/** The default macros handlers over the seed macros. */
export const macroHandlers: RequestHandler[] = createMacroHandlers();
