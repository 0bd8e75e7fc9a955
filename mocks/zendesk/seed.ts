/**
 * Seed data for the mock Zendesk account: a dozen collections customers across USD, GBP, EUR and JPY,
 * several time zones, English and Spanish, with their tickets and comments. Deterministic: fixed
 * dates around 25 November 2026, no randomness, so tests and the playground see the same account.
 */

/** A Zendesk user as `/api/v2/users/{id}.json` returns it (the fields Tactful reads, and a few more). */
export interface SeedUser {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  role: 'end-user' | 'agent' | 'admin';
  locale: string;
  iana_time_zone: string;
  time_zone: string;
  created_at: string;
  updated_at: string;
  user_fields: Record<string, string | number | boolean | null>;
}

/** A Zendesk ticket as the Tickets API returns it (trimmed to what the app uses). */
export interface SeedTicket {
  id: number;
  subject: string;
  description: string;
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  requester_id: number;
  assignee_id: number | null;
  tags: string[];
  via: { channel: string };
  custom_fields: Array<{ id: number; value: string | number | boolean | null }>;
  created_at: string;
  updated_at: string;
}

/** A ticket comment as the Ticket Comments API returns it. */
export interface SeedComment {
  id: number;
  ticket_id: number;
  author_id: number;
  body: string;
  plain_body: string;
  public: boolean;
  via: { channel: string };
  created_at: string;
}

/** The account's subdomain in tests and the playground. */
export const seedSubdomain = 'tactful-demo';

/** The agent using the app. */
export const seedAgent: SeedUser = {
  id: 100,
  name: 'Alex Rivera',
  email: 'alex.rivera@tactful-demo.example',
  phone: null,
  role: 'agent',
  locale: 'en-US',
  iana_time_zone: 'America/New_York',
  time_zone: 'Eastern Time (US & Canada)',
  created_at: '2025-01-06T09:00:00Z',
  updated_at: '2026-11-01T09:00:00Z',
  user_fields: {},
};

interface CustomerSeed {
  name: string;
  email: string | null;
  locale: string;
  zone: string;
  railsZone: string;
  balance: string | null;
  currency: string | null;
  due: string | null;
  flags?: { cease?: boolean; dispute?: boolean; doNotCall?: boolean };
  subject: string;
  firstMessage: string;
  /**
   * What the customer wrote on their open ticket later (issue 20's signals in the playground):
   * between them the seed shows every kind of signal (tests/zendesk/seed-signals.test.ts).
   */
  wroteAgain?: string;
}

// Ids start at 9001; ticket 1 belongs to the first customer so `agent/tickets/1` shows a balance.
const customers: CustomerSeed[] = [
  {
    name: 'Maria Gonzalez',
    email: 'maria.gonzalez@example.com',
    locale: 'en-US',
    zone: 'America/Chicago',
    railsZone: 'Central Time (US & Canada)',
    balance: '1250.00',
    currency: 'USD',
    due: '2026-10-15',
    subject: 'Question about my overdue invoice',
    firstMessage:
      'Hi, I lost some hours at work and could not pay the October invoice. Can we talk?',
  },
  {
    name: 'James Whitaker',
    email: 'james.whitaker@example.co.uk',
    locale: 'en-GB',
    zone: 'Europe/London',
    railsZone: 'London',
    balance: '430.50',
    currency: 'GBP',
    due: '2026-11-30',
    subject: 'Payment date for my account',
    firstMessage: 'Could I move my payment to the end of the month when I get paid?',
    wroteAgain: 'I can pay £50 on Friday. Please stop calling me at work, email me instead.',
  },
  {
    name: 'Lucía Fernández',
    email: 'lucia.fernandez@example.es',
    locale: 'es',
    zone: 'Europe/Madrid',
    railsZone: 'Madrid',
    balance: '2890.75',
    currency: 'EUR',
    due: '2026-09-01',
    subject: 'Consulta sobre mi deuda',
    firstMessage: 'Hola, quiero saber cuánto debo exactamente y si puedo pagar a plazos.',
  },
  {
    name: 'Haruto Sato',
    email: 'haruto.sato@example.jp',
    locale: 'en-US',
    zone: 'Asia/Tokyo',
    railsZone: 'Tokyo',
    balance: '120000',
    currency: 'JPY',
    due: '2026-11-10',
    subject: 'Invoice in yen',
    firstMessage: 'I received a reminder but I believe I already paid part of this.',
    wroteAgain:
      "I paid ¥60,000 by bank transfer on 2 November and sent you the receipt twice. This is the third reminder for money I already paid. It's ridiculous and I'm fed up with being chased.",
  },
  {
    name: 'Carlos Ramírez',
    email: 'carlos.ramirez@example.mx',
    locale: 'es-MX',
    zone: 'America/Mexico_City',
    railsZone: 'Mexico City',
    balance: '315.20',
    currency: 'USD',
    due: '2026-11-25',
    subject: 'Pago de noviembre',
    firstMessage: '¿Puedo pagar la mitad ahora y el resto la próxima semana?',
    wroteAgain:
      'Por favor no me llamen antes de las 10 de la mañana, trabajo de noche. Puedo pagar $150 el viernes y el resto a fin de mes.',
  },
  {
    name: 'Emily Chen',
    email: 'emily.chen@example.com',
    locale: 'en-US',
    zone: 'America/Los_Angeles',
    railsZone: 'Pacific Time (US & Canada)',
    balance: null,
    currency: null,
    due: null,
    subject: 'Update my billing address',
    firstMessage: 'I moved last month; please update my address for future bills.',
    wroteAgain:
      "Hello, this is Emily's husband writing on her behalf. She asked me to sort out the address change while she's travelling for work.",
  },
  {
    name: 'Sophie Dubois',
    email: 'sophie.dubois@example.fr',
    locale: 'en-GB',
    zone: 'Europe/Paris',
    railsZone: 'Paris',
    balance: '78.99',
    currency: 'EUR',
    due: '2026-08-20',
    flags: { dispute: true },
    subject: 'I dispute this charge',
    firstMessage: 'I never received the goods for this charge and I dispute it.',
  },
  {
    name: 'Diego Morales',
    email: 'diego.morales@example.co',
    locale: 'es',
    zone: 'America/Bogota',
    railsZone: 'Bogota',
    balance: '640.00',
    currency: 'USD',
    due: '2026-07-31',
    flags: { doNotCall: true },
    subject: 'Por favor no me llamen',
    firstMessage: 'Prefiero que me escriban por correo; no puedo atender llamadas en el trabajo.',
    wroteAgain:
      'Buenas tardes, les escribe Ana, la hija de Diego. Lamento informarles que mi padre falleció el 9 de noviembre. Les envío el certificado de defunción.',
  },
  {
    name: 'Olivia Brown',
    email: 'olivia.brown@example.com.au',
    locale: 'en-US',
    zone: 'Australia/Sydney',
    railsZone: 'Sydney',
    balance: '1999.99',
    currency: 'USD',
    due: '2026-12-15',
    subject: 'Setting up a payment plan',
    firstMessage: 'I would like to pay this off over six months if possible.',
    wroteAgain:
      "I've filed for bankruptcy and my trustee will be in touch with you. I'm sorry. Some days I feel like I can't go on.",
  },
  {
    name: 'Tom Fischer',
    email: 'tom.fischer@example.de',
    locale: 'en-GB',
    zone: 'Europe/Berlin',
    railsZone: 'Berlin',
    balance: '5400.00',
    currency: 'EUR',
    due: '2026-05-01',
    flags: { cease: true },
    subject: 'Stop contacting me',
    firstMessage: 'Please stop contacting me about this account. Send anything further in writing.',
  },
  {
    name: 'Aisha Khan',
    email: 'aisha.khan@example.co.uk',
    locale: 'en-GB',
    zone: 'Europe/London',
    railsZone: 'London',
    balance: '96.40',
    currency: 'GBP',
    due: '2026-11-20',
    subject: 'Missed my direct debit',
    firstMessage: 'My direct debit bounced this month, sorry. What should I do now?',
    wroteAgain:
      "I've spoken to StepChange and my debt adviser has applied for a breathing space for me. Please speak to her from now on, not me.",
  },
  {
    name: 'Valentina Rossi',
    email: null,
    locale: 'es',
    zone: 'America/New_York',
    railsZone: 'Eastern Time (US & Canada)',
    balance: '250.00',
    currency: 'USD',
    due: '2026-10-31',
    subject: 'Llamada por teléfono',
    firstMessage: 'Llamé por teléfono para preguntar por mi saldo.',
    wroteAgain:
      'Estoy desesperada, no puedo dormir pensando en esta deuda. Cuido sola de mi madre enferma y con lo que gano no llego a fin de mes.',
  },
];

/** The customers' user records (ids 9001–9012). */
export function seedUsers(): SeedUser[] {
  return customers.map((customer, index) => ({
    id: 9001 + index,
    name: customer.name,
    email: customer.email,
    phone: `+1555010${String(index + 1).padStart(2, '0')}`,
    role: 'end-user',
    locale: customer.locale,
    iana_time_zone: customer.zone,
    time_zone: customer.railsZone,
    created_at: '2024-03-01T10:00:00Z',
    updated_at: '2026-11-20T10:00:00Z',
    user_fields: {
      tactful_balance: customer.balance,
      tactful_currency: customer.currency,
      tactful_due_date: customer.due,
      tactful_flag_cease: customer.flags?.cease ?? false,
      tactful_flag_dispute: customer.flags?.dispute ?? false,
      tactful_flag_do_not_call: customer.flags?.doNotCall ?? false,
      tactful_flag_do_not_email: false,
      tactful_flag_do_not_sms: false,
    },
  }));
}

/** The first customer has a long history (enough tickets for several cursor pages). */
export const longHistoryTicketCount = 230;

/** `hours` hours before `instant` (epoch ms), as ISO 8601 without milliseconds. */
function hoursBefore(instant: number, hours: number): string {
  return new Date(instant - hours * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isoDaysBefore(days: number, hour: number): string {
  const base = Date.UTC(2026, 10, 25, hour, 0, 0);
  return new Date(base - days * 86_400_000).toISOString().replace('.000Z', 'Z');
}

/**
 * Tickets and comments: ticket `n` for customer `n` (ids 1–12, the open conversation), then older
 * solved tickets; the first customer gets {@link longHistoryTicketCount} tickets in all.
 */
export function seedTickets(): { tickets: SeedTicket[]; comments: SeedComment[] } {
  const tickets: SeedTicket[] = [];
  const comments: SeedComment[] = [];
  let commentId = 50_000;
  const addComment = (ticket: SeedTicket, author: number, body: string, isPublic: boolean) => {
    commentId += 1;
    comments.push({
      id: commentId,
      ticket_id: ticket.id,
      author_id: author,
      body,
      plain_body: body,
      public: isPublic,
      via: ticket.via,
      created_at: ticket.created_at,
    });
  };
  customers.forEach((customer, index) => {
    const ticket: SeedTicket = {
      id: index + 1,
      subject: customer.subject,
      description: customer.firstMessage,
      status: 'open',
      requester_id: 9001 + index,
      assignee_id: seedAgent.id,
      tags: ['collections'],
      via: { channel: index === 11 ? 'voice' : 'email' },
      custom_fields: [],
      created_at: isoDaysBefore(1 + index, 14),
      updated_at: isoDaysBefore(index, 9),
    };
    tickets.push(ticket);
    addComment(ticket, ticket.requester_id, customer.firstMessage, true);
    addComment(
      ticket,
      seedAgent.id,
      'Customer sounds worried; offer options before anything else.',
      false,
    );
  });
  let nextId = customers.length + 1;
  const olderFor = (requesterIndex: number, count: number) => {
    for (let n = 0; n < count; n += 1) {
      const ticket: SeedTicket = {
        id: nextId,
        subject: `Earlier conversation ${n + 1}`,
        description: 'Checking in about my account.',
        status: 'solved',
        requester_id: 9001 + requesterIndex,
        assignee_id: seedAgent.id,
        tags: ['collections'],
        via: { channel: n % 5 === 0 ? 'voice' : n % 3 === 0 ? 'sms' : 'email' },
        custom_fields: [],
        created_at: isoDaysBefore(20 + n * 3, 10 + (n % 8)),
        updated_at: isoDaysBefore(19 + n * 3, 12),
      };
      nextId += 1;
      tickets.push(ticket);
      addComment(ticket, ticket.requester_id, 'Checking in about my account.', true);
      addComment(
        ticket,
        seedAgent.id,
        'Thanks for getting in touch. Here is your current balance.',
        true,
      );
    }
  };
  olderFor(0, longHistoryTicketCount - 1);
  customers.forEach((_, index) => {
    if (index > 0) olderFor(index, index % 4);
  });
  // Some customers write again (issue 20's signals in the playground), newest on their open
  // ticket: James Whitaker's promise to pay with its amount and day and his work opt-out (Do not
  // call not yet set), and the rest of the kinds elsewhere. Added last so no other comment's id
  // moves, an hour apart in customer order, the newest an hour before the playground starts: a
  // promise's day is read from when it was written, so "on Friday" must not have passed already.
  const started = Date.now();
  customers.forEach((customer, index) => {
    const open = tickets[index];
    if (customer.wroteAgain === undefined || open === undefined) return;
    addComment(open, open.requester_id, customer.wroteAgain, true);
    const added = comments.at(-1);
    if (added) added.created_at = hoursBefore(started, customers.length - index);
  });
  return { tickets, comments };
}
