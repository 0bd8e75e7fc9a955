/**
 * An in-memory HubSpot portal for the msw handlers: CRM records, associations, contact properties and
 * OAuth tokens. Tests make a fresh world each; the playground keeps one for its session.
 */
import { optionalScopes, requiredScopes } from '../../apps/hubspot/scopes';
import { createHubSpotSeed, type SeedRecord } from './seed';

/** Object types the mock stores records of. */
export type MockObjectType = 'calls' | 'emails' | 'notes' | 'meetings' | 'tasks' | 'invoices';

/** One OAuth access token the mock issued. */
export interface MockAccessToken {
  hubId: number;
  expiresAt: number;
  scopes: string[];
}

/** The mutable state of the mock portal. */
export interface HubSpotWorld {
  portalId: number;
  clientId: string;
  clientSecret: string;
  contacts: Map<string, SeedRecord>;
  objects: Record<MockObjectType, Map<string, SeedRecord>>;
  /** contact id → object type → associated ids (with the association type id used). */
  associations: Map<string, Map<MockObjectType, Array<{ id: string; typeId: number }>>>;
  propertyGroups: Set<string>;
  /** Contact property definitions by name. */
  contactProperties: Map<string, Record<string, unknown>>;
  accessTokens: Map<string, MockAccessToken>;
  refreshTokens: Map<string, number>;
  /**
   * The scopes the installing admin's approval grants (every one the app declares by default; a
   * test drops an optional one). Tokens carry them, and calls needing another answer 403.
   */
  grantedScopes: string[];
  /**
   * The portal's users by id (Settings API): 3001 installed the app and is a super admin; each is
   * in one team (`primaryTeamId`, 101 unless said).
   */
  users: Map<string, { email: string; superAdmin: boolean; teamId?: string }>;
  /** Every request the mock served, as `METHOD /path`, so tests can count HubSpot calls. */
  requests: string[];
  /** The mock's clock (epoch ms); tests move it to expire tokens. */
  now(): number;
  /** How long an access token it issues lives (HubSpot: 1,800 s). */
  tokenLifetimeSeconds: number;
  nextId(): string;
}

/** Options for a fresh world. */
export interface HubSpotWorldOptions {
  clientId?: string;
  clientSecret?: string;
  now?: () => number;
  /** Access token lifetime in seconds (default 1,800, HubSpot's). */
  tokenLifetimeSeconds?: number;
}

const builtInContactProperties = [
  'firstname',
  'lastname',
  'email',
  'phone',
  'hs_timezone',
  'hs_language',
];

/** A fresh mock portal filled with the seed data. */
export function createHubSpotWorld(options: HubSpotWorldOptions = {}): HubSpotWorld {
  const seed = createHubSpotSeed();
  let counter = 80_000_000;
  const objects: HubSpotWorld['objects'] = {
    calls: new Map(),
    emails: new Map(),
    notes: new Map(),
    meetings: new Map(),
    tasks: new Map(),
    invoices: new Map(),
  };
  for (const [type, records] of Object.entries(seed.engagements)) {
    for (const record of records)
      objects[type as keyof typeof seed.engagements].set(record.id, record);
  }
  for (const invoice of seed.invoices) objects.invoices.set(invoice.id, invoice);
  const associations: HubSpotWorld['associations'] = new Map();
  for (const [contactId, linked] of Object.entries(seed.associations)) {
    const byType = new Map<MockObjectType, Array<{ id: string; typeId: number }>>();
    for (const [type, ids] of Object.entries(linked)) {
      byType.set(
        type as MockObjectType,
        (ids ?? []).map((id) => ({ id, typeId: 1 })),
      );
    }
    associations.set(contactId, byType);
  }
  return {
    portalId: seed.portalId,
    clientId: options.clientId ?? 'playground-client-id',
    clientSecret: options.clientSecret ?? 'playground-client-secret',
    contacts: new Map(seed.contacts.map((contact) => [contact.id, contact])),
    objects,
    associations,
    propertyGroups: new Set(['contactinformation']),
    contactProperties: new Map(
      builtInContactProperties.map((name) => [name, { name, type: 'string' }]),
    ),
    accessTokens: new Map(),
    refreshTokens: new Map(),
    grantedScopes: [...requiredScopes, ...optionalScopes],
    users: new Map([
      ['3001', { email: 'installer@example.com', superAdmin: true }],
      ['3002', { email: 'agent@example.com', superAdmin: false }],
      ['3003', { email: 'second.team@example.com', superAdmin: false, teamId: '102' }],
    ]),
    requests: [],
    now: options.now ?? (() => Date.now()),
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 1800,
    nextId: () => String((counter += 1)),
  };
}

/** Links a record to a contact, as HubSpot does for `associations` in a create. */
export function associate(
  world: HubSpotWorld,
  contactId: string,
  type: MockObjectType,
  id: string,
  typeId: number,
): void {
  const byType = world.associations.get(contactId) ?? new Map();
  const list = byType.get(type) ?? [];
  list.push({ id, typeId });
  byType.set(type, list);
  world.associations.set(contactId, byType);
}
