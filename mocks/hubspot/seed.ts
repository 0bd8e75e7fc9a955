/**
 * Seed data for the mock HubSpot portal: twelve contacts (English and Spanish names) with calls,
 * emails, notes, meetings and tasks, collections properties, and invoices in USD, GBP, EUR and JPY.
 * Deterministic (no clock, no randomness) so tests and the playground see the same portal.
 */
import { flagProperty } from '../../apps/hubspot/contract/properties';
import { flagKinds, type FlagKind } from '../../shared/history/flag-kinds';

/** The portal id of the seeded account. */
export const seedPortalId = 242424;

/** A HubSpot record as the CRM v3 API returns it: an id and string properties. */
export interface SeedRecord {
  id: string;
  properties: Record<string, string>;
}

/** Engagement object types HubSpot stores. */
export type SeedEngagementType = 'calls' | 'emails' | 'notes' | 'meetings' | 'tasks';

/** The whole seeded portal. */
export interface HubSpotSeed {
  portalId: number;
  contacts: SeedRecord[];
  engagements: Record<SeedEngagementType, SeedRecord[]>;
  invoices: SeedRecord[];
  /** contact id → engagement/invoice type → associated record ids. */
  associations: Record<string, Partial<Record<SeedEngagementType | 'invoices', string[]>>>;
}

interface SeedPerson {
  first: string;
  last: string;
  email: string;
  phone: string;
  timeZone: string;
  language: string;
  currency: 'USD' | 'GBP' | 'EUR' | 'JPY';
  balance?: string;
  due?: string;
  flags?: Partial<Record<FlagKind, { since: string; source: string; reason: string }>>;
  /** How many engagements of each type to generate. */
  touches: number;
  /**
   * The customer's own words in their newest inbound email (issue 20's signals on the card), in
   * place of the generated line; between them the contacts show every kind of signal
   * (tests/server/seed-signals.test.ts).
   */
  said?: string;
}

const people: SeedPerson[] = [
  {
    first: 'Avery',
    last: 'Johnson',
    email: 'avery.johnson@example.com',
    phone: '+1 212 555 0101',
    timeZone: 'america_slash_new_york',
    language: 'en',
    currency: 'USD',
    balance: '1250.00',
    due: '2026-10-01',
    touches: 48,
  },
  {
    first: 'María',
    last: 'García López',
    email: 'maria.garcia@example.es',
    phone: '+34 91 555 0102',
    timeZone: 'europe_slash_madrid',
    language: 'es',
    currency: 'EUR',
    balance: '840.50',
    due: '2026-11-10',
    touches: 12,
    said: 'No reconozco esta deuda. Nunca contraté este servicio y no pienso pagar algo que no debo.',
  },
  {
    first: 'Oliver',
    last: 'Bennett',
    email: 'oliver.bennett@example.co.uk',
    phone: '+44 20 7946 0103',
    timeZone: 'europe_slash_london',
    language: 'en',
    currency: 'GBP',
    balance: '2310.75',
    due: '2026-08-15',
    flags: {
      'breathing-space': {
        since: '2026-11-02',
        source: 'third-party',
        reason: 'Debt adviser registered a breathing space',
      },
    },
    touches: 9,
    said: 'My debt adviser at StepChange has registered a breathing space for me. Please contact her from now on.',
  },
  {
    first: 'Haruto',
    last: 'Sato',
    email: 'haruto.sato@example.jp',
    phone: '+81 3 5555 0104',
    timeZone: 'asia_slash_tokyo',
    language: 'en',
    currency: 'JPY',
    balance: '185000',
    due: '2026-09-30',
    touches: 6,
    said: "I lost my job at the end of October and I can't afford the full amount right now.",
  },
  {
    first: 'José',
    last: 'Hernández',
    email: 'jose.hernandez@example.mx',
    phone: '+52 55 5555 0105',
    timeZone: 'america_slash_mexico_city',
    language: 'es',
    currency: 'USD',
    balance: '430.00',
    due: '2026-11-20',
    flags: {
      dispute: {
        since: '2026-11-18',
        source: 'customer',
        reason: 'Says the October charge was already paid',
      },
    },
    touches: 7,
    said: 'Ya pagué el cargo de octubre y les mandé el comprobante dos veces. Estoy harto de que me sigan cobrando, es una vergüenza.',
  },
  {
    first: 'Grace',
    last: 'Okafor',
    email: 'grace.okafor@example.com',
    phone: '+1 312 555 0106',
    timeZone: 'america_slash_chicago',
    language: 'en',
    currency: 'USD',
    balance: '95.20',
    due: '2026-12-05',
    touches: 3,
    said: "Please don't call me before 10am, I work night shifts and sleep in the mornings.",
  },
  {
    first: 'Lucía',
    last: 'Fernández',
    email: 'lucia.fernandez@example.es',
    phone: '+34 93 555 0107',
    timeZone: 'europe_slash_madrid',
    language: 'es',
    currency: 'EUR',
    balance: '3200.00',
    due: '2026-06-30',
    flags: {
      'do-not-call': {
        since: '2026-10-04',
        source: 'customer',
        reason: 'Asked to be contacted by email only',
      },
    },
    touches: 15,
    said: 'Mi abogado ha presentado un concurso de acreedores a mi nombre por la Ley de Segunda Oportunidad.',
  },
  {
    first: 'Thomas',
    last: 'Wright',
    email: 'thomas.wright@example.co.uk',
    phone: '+44 161 555 0108',
    timeZone: 'europe_slash_london',
    language: 'en',
    currency: 'GBP',
    balance: '612.40',
    due: '2026-11-01',
    flags: {
      vulnerable: { since: '2026-09-12', source: 'agent', reason: 'Recently bereaved; go gently' },
    },
    touches: 10,
    said: 'I can pay £50 on Friday. Please stop calling me at work, email me instead.',
  },
  {
    first: 'Carmen',
    last: 'Ruiz',
    email: 'carmen.ruiz@example.ar',
    phone: '+54 11 5555 0109',
    timeZone: 'america_slash_argentina_slash_buenos_aires',
    language: 'es',
    currency: 'USD',
    balance: '150.00',
    due: '2026-11-28',
    touches: 4,
    said: 'Les escribo en nombre de mi madre, Carmen. Falleció el 10 de noviembre y ahora me ocupo yo de sus asuntos.',
  },
  {
    first: 'Ethan',
    last: 'Miller',
    email: 'ethan.miller@example.com',
    phone: '+1 415 555 0110',
    timeZone: 'america_slash_los_angeles',
    language: 'en',
    currency: 'USD',
    touches: 2,
  },
  {
    first: 'Sofía',
    last: 'Martínez',
    email: 'sofia.martinez@example.es',
    phone: '+34 96 555 0111',
    timeZone: 'europe_slash_madrid',
    language: 'es',
    currency: 'EUR',
    balance: '75.00',
    due: '2026-10-20',
    flags: {
      cease: { since: '2026-11-05', source: 'customer', reason: 'Written request to stop contact' },
    },
    touches: 5,
    said: 'Les pido por escrito que dejen de contactarme por cualquier medio.',
  },
  {
    first: 'Yuki',
    last: 'Tanaka',
    email: 'yuki.tanaka@example.jp',
    phone: '+81 6 5555 0112',
    timeZone: 'asia_slash_tokyo',
    language: 'en',
    currency: 'JPY',
    balance: '42000',
    due: '2026-12-15',
    touches: 4,
    said: "I was diagnosed with cancer in October and I'm starting treatment. I'm so anxious about this debt that I can't sleep, and some days I feel like I can't go on.",
  },
];

const types: SeedEngagementType[] = ['calls', 'emails', 'notes', 'meetings', 'tasks'];
const callOutcomes = [
  'f240bbac-87c9-4f6e-bf70-924b57d47db7', // connected
  '73a0d17f-1163-4015-bdd5-ec830791da20', // no answer
  'b2cf5968-551e-4856-9783-52b3da59a7d0', // left voicemail
];
const lines = {
  en: [
    'Checked in about the balance',
    'Agreed to call back on Friday',
    'Sent the payment options',
    'Asked about a smaller monthly amount',
    'Confirmed the new address',
  ],
  es: [
    'Consulta sobre el saldo pendiente',
    'Acordamos llamar el viernes',
    'Enviadas las opciones de pago',
    'Pregunta por una cuota mensual menor',
    'Confirmada la nueva dirección',
  ],
};

/** Instant `days` days and `hours` hours before 2026-11-25T15:00:00Z, as ISO 8601. */
function before(days: number, hours: number): string {
  return new Date(Date.UTC(2026, 10, 25, 15) - (days * 24 + hours) * 3_600_000).toISOString();
}

/** Builds the seeded portal; each call returns fresh objects, safe to mutate. */
export function createHubSpotSeed(): HubSpotSeed {
  const started = Date.now();
  const engagements: HubSpotSeed['engagements'] = {
    calls: [],
    emails: [],
    notes: [],
    meetings: [],
    tasks: [],
  };
  const associations: HubSpotSeed['associations'] = {};
  const invoices: SeedRecord[] = [];
  const contacts = people.map((person, index): SeedRecord => {
    const id = String(501 + index);
    const properties: Record<string, string> = {
      firstname: person.first,
      lastname: person.last,
      email: person.email,
      phone: person.phone,
      hs_timezone: person.timeZone,
      hs_language: person.language,
      tactful_currency: person.currency,
    };
    if (person.balance) properties.tactful_balance = person.balance;
    if (person.due) properties.tactful_due_date = person.due;
    for (const kind of flagKinds) {
      const flag = person.flags?.[kind];
      if (flag === undefined) continue;
      properties[flagProperty(kind, 'since')] = flag.since;
      properties[flagProperty(kind, 'source')] = flag.source;
      properties[flagProperty(kind, 'reason')] = flag.reason;
    }
    const linked: Partial<Record<SeedEngagementType | 'invoices', string[]>> = {};
    const text = lines[person.language === 'es' ? 'es' : 'en'];
    for (const [typeIndex, type] of types.entries()) {
      const ids: string[] = [];
      for (let n = 0; n < person.touches; n += 1) {
        const engagementId = String(9_000_000 + index * 100_000 + typeIndex * 10_000 + n);
        // n = 1 is the newest inbound email (every third from the second is inbound). What the
        // customer said is dated an hour or so before the playground starts: a promise's day is
        // read from when it was written, so "on Friday" must not have passed already.
        const said = type === 'emails' && n === 1 ? person.said : undefined;
        const at =
          said === undefined
            ? before(n * 3 + typeIndex, (n * 7 + index) % 11)
            : new Date(started - (index + 1) * 3_600_000).toISOString();
        const line = text[n % text.length] ?? '';
        const properties = engagementProperties(type, at, line, n);
        if (said !== undefined) properties.hs_email_text = said;
        engagements[type].push({ id: engagementId, properties });
        ids.push(engagementId);
      }
      linked[type] = ids;
    }
    if (person.balance) {
      const invoiceId = String(7_000_000 + index);
      invoices.push({
        id: invoiceId,
        properties: {
          hs_number: `INV-${2026_0000 + index}`,
          hs_invoice_status: 'open',
          hs_due_date: person.due ?? '2026-12-31',
          hs_amount_billed: person.balance,
          hs_balance_due: person.balance,
          hs_currency: person.currency,
        },
      });
      linked.invoices = [invoiceId];
    }
    associations[id] = linked;
    return { id, properties };
  });
  return { portalId: seedPortalId, contacts, engagements, invoices, associations };
}

function engagementProperties(
  type: SeedEngagementType,
  at: string,
  line: string,
  n: number,
): Record<string, string> {
  const owner = { hubspot_owner_id: String(1001 + (n % 3)), hs_timestamp: at };
  switch (type) {
    case 'calls':
      return {
        ...owner,
        hs_call_title: line,
        hs_call_body: `<p>${line}</p>`,
        hs_call_direction: n % 4 === 3 ? 'INBOUND' : 'OUTBOUND',
        hs_call_disposition: callOutcomes[n % callOutcomes.length] ?? '',
        hs_call_duration: String(n % 3 === 0 ? 240_000 : 0),
        hs_call_status: 'COMPLETED',
      };
    case 'emails':
      return {
        ...owner,
        hs_email_subject: line,
        hs_email_text: `${line}.`,
        hs_email_direction: n % 3 === 1 ? 'INCOMING_EMAIL' : 'EMAIL',
        hs_email_status: 'SENT',
      };
    case 'notes':
      return { ...owner, hs_note_body: `<div><strong>Note:</strong> ${line}</div>` };
    case 'meetings':
      return {
        ...owner,
        hs_meeting_title: line,
        hs_meeting_body: line,
        hs_meeting_outcome: 'COMPLETED',
      };
    case 'tasks':
      return {
        ...owner,
        hs_task_subject: line,
        hs_task_body: line,
        hs_task_status: n === 0 ? 'NOT_STARTED' : 'COMPLETED',
        hs_task_type: 'CALL',
      };
  }
}
