/**
 * An in-memory Zendesk account for the msw handlers: users, tickets, comments and custom object
 * records. Tests make a fresh world each; the playground keeps one for its session.
 */
import {
  seedAgent,
  seedSubdomain,
  seedTickets,
  seedUsers,
  type SeedComment,
  type SeedTicket,
  type SeedUser,
} from './seed';

/** A custom object record (`/api/v2/custom_objects/{key}/records`). */
export interface CustomObjectRecord {
  id: string;
  name: string;
  external_id: string | null;
  custom_object_key: string;
  custom_object_fields: Record<string, string | number | boolean | null>;
  created_at: string;
  updated_at: string;
}

/** The mutable state of the mock account. */
export interface ZendeskWorld {
  subdomain: string;
  users: Map<number, SeedUser>;
  tickets: Map<number, SeedTicket>;
  comments: SeedComment[];
  /** Custom object key → records in creation order. */
  customObjectRecords: Map<string, CustomObjectRecord[]>;
  /** The account's brands, as the Brands API lists them (`GET /api/v2/brands`). */
  brands: { id: number; name: string; active: boolean; is_deleted: boolean }[];
  /** Every request the mock served, as `METHOD /path?query`, so tests can count Zendesk calls. */
  requests: string[];
  nextId(): number;
}

/** A fresh mock account filled with the seed data. */
export function createZendeskWorld(): ZendeskWorld {
  const { tickets, comments } = seedTickets();
  let counter = 1_000_000;
  return {
    subdomain: seedSubdomain,
    users: new Map([seedAgent, ...seedUsers()].map((user) => [user.id, structuredClone(user)])),
    tickets: new Map(tickets.map((ticket) => [ticket.id, ticket])),
    comments,
    customObjectRecords: new Map(),
    brands: [
      { id: 360001, name: 'Acme Collections', active: true, is_deleted: false },
      { id: 360002, name: 'Acme Cards', active: true, is_deleted: false },
    ],
    requests: [],
    nextId: () => {
      counter += 1;
      return counter;
    },
  };
}
