/**
 * The host side of a Zendesk ticket page, as a plain model: the ticket (requester, subject, tags,
 * custom fields), the agent's comment draft, the current user and account, the installation's
 * settings, events to the app and hooks such as `ticket.save`. It answers ZAF's `get`/`set`/`invoke`
 * with the reply shapes the real host sends over postMessage, so the fake client (tests) and the
 * playground's postMessage host can both sit on top of it.
 */
import { zendeskParameters } from '../../apps/zendesk/host/zendesk-parameters';
import { seedAgent, seedSubdomain, seedUsers, type SeedUser } from './seed';

/** A requester as `client.get('ticket.requester')` returns it. */
export interface ModelUser {
  id: number;
  name: string;
  email: string | null;
  locale?: string;
  timeZone?: { ianaName: string } | null;
}

/** ZAF's `ticket.assignee`: the assigned agent and group, each null while unassigned. */
export interface ModelAssignee {
  user: { id: number; name: string } | null;
  group: { id: number; name: string } | null;
}

/** A ZAF error for one path, as the host puts it in a reply's `errors`. */
export interface ModelPathError {
  name: string;
  message: string;
  path: string;
}

/** A `get`/`set`/`invoke` reply: values keyed by path, and `errors` keyed by path. */
export type ModelReply = Record<string, unknown> & { errors: Record<string, ModelPathError> };

/** What the app answered to a hook such as `ticket.save`. */
export type HookOutcome = { allowed: true } | { allowed: false; message: string };

/** The ticket page the model starts from; every field has a sensible default. */
export interface TicketModelInit {
  subdomain?: string;
  location?: string;
  ticket?: {
    id?: number;
    subject?: string;
    /** The ticket's brand, as `client.get('ticket.brand')` returns it. */
    brand?: { id: number; name: string };
    /** Who the ticket is assigned to, as `client.get('ticket.assignee')` returns it. */
    assignee?: ModelAssignee;
    status?: string;
    requester?: ModelUser | null;
    tags?: string[];
    /** Ticket custom field id → value. */
    customFields?: Record<number, string | number | boolean | null>;
  };
  comment?: { text?: string; type?: 'publicReply' | 'internalNote' };
  currentUser?: {
    id?: number;
    name?: string;
    email?: string;
    locale?: string;
    role?: string;
    /** The agent's groups, as ZAF's User object lists them (`currentUser.groups`). */
    groups?: { id: number; name: string }[];
  };
  /** The installation's (non-secure) settings, as `metadata().settings`. */
  settings?: Record<string, string | number | boolean | null>;
  /** Secure settings: only the proxy sees them, to fill `{{setting.x}}` in secure requests. */
  secureSettings?: Record<string, string>;
}

type Listener = (data: unknown) => void;
type HookHandler = () => Promise<HookOutcome>;
type Action = (...args: unknown[]) => unknown;

/** The default installation settings: every parameter's default, as a fresh install has them. */
export const defaultModelSettings: Record<string, string | number | boolean | null> =
  Object.fromEntries(zendeskParameters.map((parameter) => [parameter.name, parameter.default]));

/** A requester from a seed user, in `client.get('ticket.requester')` shape. */
export function requesterFrom(user: SeedUser): ModelUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    timeZone: { ianaName: user.iana_time_zone },
  };
}

function firstSeedCustomer(): ModelUser {
  const user = seedUsers()[0];
  if (!user) throw new Error('The seed has no customers');
  return requesterFrom(user);
}

/** Who is subscribed to each named event: added and removed one at a time, called in order. */
class Subscribers<T> {
  private readonly byEvent = new Map<string, Set<T>>();

  add(event: string, subscriber: T): void {
    const set = this.byEvent.get(event) ?? new Set();
    set.add(subscriber);
    this.byEvent.set(event, set);
  }

  remove(event: string, subscriber: T): void {
    this.byEvent.get(event)?.delete(subscriber);
  }

  /** A copy, so a subscriber that unsubscribes while called does not disturb the others' turn. */
  of(event: string): T[] {
    return [...(this.byEvent.get(event) ?? [])];
  }
}

/** A Zendesk ticket page's state and behaviour, without any transport. */
export class TicketModel {
  readonly subdomain: string;
  location: string;
  ticket: {
    id: number;
    subject: string;
    brand: { id: number; name: string };
    assignee: ModelAssignee;
    status: string;
    requester: ModelUser | null;
    tags: string[];
    customFields: Record<number, string | number | boolean | null>;
  };
  comment: { text: string; type: 'publicReply' | 'internalNote' };
  currentUser: {
    id: number;
    name: string;
    email: string;
    locale: string;
    role: string;
    groups: { id: number; name: string }[];
  };
  settings: Record<string, string | number | boolean | null>;
  secureSettings: Record<string, string>;
  /** Every `invoke` the app made, in order (`resize`, `notify`, ...), for tests to inspect. */
  readonly invocations: Array<{ name: string; args: unknown[] }> = [];

  private readonly listeners = new Subscribers<Listener>();
  private readonly hooks = new Subscribers<HookHandler>();
  private readonly actions = new Map<string, Action>();

  constructor(init: TicketModelInit = {}) {
    this.subdomain = init.subdomain ?? seedSubdomain;
    this.location = init.location ?? 'ticket_sidebar';
    this.ticket = {
      id: init.ticket?.id ?? 1,
      subject: init.ticket?.subject ?? 'Question about my overdue invoice',
      brand: init.ticket?.brand ?? { id: 1, name: 'Acme Lending' },
      assignee: init.ticket?.assignee ?? { user: null, group: null },
      status: init.ticket?.status ?? 'open',
      requester: init.ticket?.requester === undefined ? firstSeedCustomer() : init.ticket.requester,
      tags: [...(init.ticket?.tags ?? ['collections'])],
      customFields: { ...init.ticket?.customFields },
    };
    this.comment = { text: init.comment?.text ?? '', type: init.comment?.type ?? 'publicReply' };
    this.currentUser = {
      id: init.currentUser?.id ?? seedAgent.id,
      name: init.currentUser?.name ?? seedAgent.name,
      email: init.currentUser?.email ?? seedAgent.email ?? '',
      locale: init.currentUser?.locale ?? seedAgent.locale,
      role: init.currentUser?.role ?? 'agent',
      groups: init.currentUser?.groups ?? [],
    };
    this.settings = { ...defaultModelSettings, ...init.settings };
    this.secureSettings = { ...init.secureSettings };
    this.defineActions();
  }

  /** `app.registered`'s payload: the installation's metadata and where the app runs. */
  registration(): { metadata: Record<string, unknown>; context: Record<string, unknown> } {
    return {
      metadata: {
        appId: 0,
        installationId: 1,
        name: 'Tactful',
        version: '0.1.0',
        settings: { title: 'Tactful', ...this.settings },
      },
      context: {
        instanceGuid: 'instance-1',
        product: 'support',
        location: this.location,
        ticketId: this.ticket.id,
        account: { subdomain: this.subdomain },
      },
    };
  }

  /** The value at a ZAF path, or undefined when the path does not exist. */
  read(path: string): { found: true; value: unknown } | { found: false } {
    const custom = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
    if (custom?.[1]) {
      const id = Number(custom[1]);
      return id in this.ticket.customFields
        ? { found: true, value: this.ticket.customFields[id] }
        : { found: false };
    }
    const values: Record<string, unknown> = {
      'ticket.id': this.ticket.id,
      'ticket.subject': this.ticket.subject,
      'ticket.brand': { ...this.ticket.brand },
      'ticket.assignee': {
        user: this.ticket.assignee.user && { ...this.ticket.assignee.user },
        group: this.ticket.assignee.group && { ...this.ticket.assignee.group },
      },
      'ticket.status': this.ticket.status,
      'ticket.requester': this.ticket.requester,
      'ticket.requester.id': this.ticket.requester?.id,
      'ticket.requester.email': this.ticket.requester?.email,
      'ticket.requester.name': this.ticket.requester?.name,
      'ticket.tags': [...this.ticket.tags],
      'comment.text': this.comment.text,
      'comment.type': this.comment.type,
      currentUser: { ...this.currentUser, groups: this.currentUser.groups.map((g) => ({ ...g })) },
      'currentUser.groups': this.currentUser.groups.map((group) => ({ ...group })),
      'currentUser.id': this.currentUser.id,
      'currentUser.locale': this.currentUser.locale,
      'currentUser.role': this.currentUser.role,
      currentAccount: { subdomain: this.subdomain },
      'currentAccount.subdomain': this.subdomain,
    };
    return path in values ? { found: true, value: values[path] } : { found: false };
  }

  /** Answers `client.get(paths)` as the host does: values by path, failures in `errors`. */
  get(paths: string[]): ModelReply {
    const reply: ModelReply = { errors: {} };
    for (const path of paths) {
      const value = this.read(path);
      if (value.found) reply[path] = value.value;
      else reply.errors[path] = { name: 'InvalidPathError', message: 'Could not find', path };
    }
    return reply;
  }

  /** Answers `client.set({path: value})`: writes, emits `<path>.changed`, returns the new values. */
  set(values: Record<string, unknown>): ModelReply {
    const reply: ModelReply = { errors: {} };
    for (const [path, value] of Object.entries(values)) {
      const problem = this.write(path, value);
      if (problem) reply.errors[path] = { name: 'InvalidValueError', message: problem, path };
      else {
        reply[path] = value;
        this.emit(`${path}.changed`, value);
      }
    }
    return reply;
  }

  /** Answers `client.invoke({name: args})`: runs each known action, records every call. */
  invoke(calls: Record<string, unknown[]>): ModelReply {
    const reply: ModelReply = { errors: {} };
    for (const [name, args] of Object.entries(calls)) {
      this.invocations.push({ name, args });
      const action = this.actions.get(name);
      if (!action) {
        reply.errors[name] = { name: 'InvalidActionError', message: 'Unknown action', path: name };
      } else {
        reply[name] = action(...args);
      }
    }
    return reply;
  }

  /** Subscribes to an event the host raises (`comment.text.changed`, `ticket.requester.id.changed`). */
  on(event: string, listener: Listener): void {
    this.listeners.add(event, listener);
  }

  off(event: string, listener: Listener): void {
    this.listeners.remove(event, listener);
  }

  /** Raises an event to every subscriber, as the host does with `{key: 'zaf.<event>'}`. */
  emit(event: string, data?: unknown): void {
    for (const listener of this.listeners.of(event)) listener(data);
  }

  /** Registers the app's answer to a hook (`ticket.save`); the app decides whether the save goes on. */
  onHook(event: string, handler: HookHandler): void {
    this.hooks.add(event, handler);
  }

  offHook(event: string, handler: HookHandler): void {
    this.hooks.remove(event, handler);
  }

  /** Runs a hook as the host does before saving: stopped by the first handler that refuses. */
  async runHook(event: string): Promise<HookOutcome> {
    for (const handler of this.hooks.of(event)) {
      const outcome = await handler();
      if (!outcome.allowed) return outcome;
    }
    return { allowed: true };
  }

  /** The agent typing in the reply editor: replaces the draft and raises `comment.text.changed`. */
  typeDraft(text: string): void {
    this.comment.text = text;
    this.emit('comment.text.changed', text);
  }

  /** The agent picking another requester: raises `ticket.requester.id.changed`. */
  changeRequester(requester: ModelUser | null): void {
    this.ticket.requester = requester;
    this.emit('ticket.requester.id.changed', requester?.id ?? null);
  }

  /** Fills `{{setting.x}}` placeholders with secure settings, as Zendesk's proxy does server-side. */
  fillSecureSettings(text: string): string {
    return text.replace(/\{\{\s*setting\.([A-Za-z0-9_]+)\s*\}\}/g, (match, name: string) =>
      name in this.secureSettings ? (this.secureSettings[name] ?? match) : match,
    );
  }

  private write(path: string, value: unknown): string | undefined {
    const custom = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
    if (custom?.[1]) {
      if (
        value === null ||
        typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean'
      ) {
        this.ticket.customFields[Number(custom[1])] = value;
        return undefined;
      }
      return 'Custom field values are scalars';
    }
    if (path === 'comment.text') {
      if (typeof value !== 'string') return 'comment.text takes a string';
      this.comment.text = value;
      return undefined;
    }
    if (path === 'comment.type') {
      if (value !== 'publicReply' && value !== 'internalNote') return 'Unknown comment type';
      this.comment.type = value;
      return undefined;
    }
    if (path === 'ticket.tags') {
      if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
        return 'ticket.tags takes a list of strings';
      }
      this.ticket.tags = [...value];
      return undefined;
    }
    if (path === 'ticket.subject') {
      if (typeof value !== 'string') return 'ticket.subject takes a string';
      this.ticket.subject = value;
      return undefined;
    }
    return 'This path cannot be set';
  }

  private defineActions(): void {
    this.actions.set('resize', () => undefined);
    this.actions.set('notify', () => undefined);
    this.actions.set('comment.appendText', (text) => {
      if (typeof text === 'string') this.typeDraft(this.comment.text + text);
      return undefined;
    });
    this.actions.set('ticket.tags.add', (tags) => {
      const list = Array.isArray(tags) ? tags : [tags];
      for (const tag of list) {
        if (typeof tag === 'string' && !this.ticket.tags.includes(tag)) this.ticket.tags.push(tag);
      }
      this.emit('ticket.tags.changed', [...this.ticket.tags]);
      return undefined;
    });
    this.actions.set('ticket.tags.remove', (tags) => {
      const list = Array.isArray(tags) ? tags : [tags];
      this.ticket.tags = this.ticket.tags.filter((tag) => !list.includes(tag));
      this.emit('ticket.tags.changed', [...this.ticket.tags]);
      return undefined;
    });
  }
}
