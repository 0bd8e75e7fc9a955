/**
 * A small ZAF-compatible client: what the playground, the browser tests and the jest "real SDK" tests
 * put in place of Zendesk's CDN script (`zaf_sdk.min.js`, which cannot be fetched offline and whose
 * source this repository does not vendor). It defines the same global (`ZAFClient.init()`) and speaks
 * the same postMessage protocol, written from ../shared/ARCHITECTURE.md and the public SDK source
 * (github.com/zendesk/zendesk_app_framework_sdk, `lib/index.js`, `lib/client.js`, `lib/utils.js`):
 * - `init` reads `origin` and `app_guid` from the page's query (or hash); without both it is `false`;
 * - JSON strings to `window.parent` at `origin`: `iframe.handshake` first, then, once the host sent
 *   `zaf.app.registered`, `{id, request: get|set|invoke, params, appGuid, instanceGuid}`,
 *   `iframe.on:<event>` / `iframe.off:<event>` with `subscriberCount`, `request:<n>` proxy calls;
 * - answers `{id, result|error}`, events `{key: 'zaf.<event>', message}`, `request:<n>.done|fail`
 *   with `responseArgs`, and hooks (`needsReply`) answered with `iframe.reply:<event>` and an
 *   `error: {msg}` to stop them (a handler returning false, a string or an Error, or rejecting);
 * - only messages from the parent window at `origin` count;
 * - calls time out after 5 minutes, as the official 2.0.x does (`PROMISE_TIMEOUT_LONG`).
 * Only the surface Tactful uses; set `TACTFUL_ZAF_SDK_FILE` to run the same tests on Zendesk's file.
 */
import { z } from 'zod';
import { readPostedMessage } from './posted-message';

/** How long get/set/invoke wait for the host, as Zendesk's SDK 2.0.x (lib/client.js). */
export const zafCallTimeoutMs = 5 * 60 * 1000;

/** What this stand-in reports in its handshake (Zendesk's SDK sends its package version). */
export const zafStandInVersion = '2.0-tactful-standin';

type Handler = (data: unknown) => unknown;

const hostMessageSchema = z.looseObject({
  id: z.number().optional(),
  result: z.unknown().optional(),
  error: z.unknown().optional(),
  key: z.string().optional(),
  message: z.unknown().optional(),
  needsReply: z.boolean().optional(),
});

const hostErrorSchema = z.looseObject({
  name: z.string().optional(),
  message: z.string().optional(),
  path: z.string().optional(),
});

const registrationSchema = z.looseObject({ metadata: z.unknown(), context: z.unknown() });
const pathErrorsSchema = z.looseObject({
  errors: z.record(z.string(), hostErrorSchema).optional(),
});
const responseArgsSchema = z.looseObject({ responseArgs: z.array(z.unknown()).default([]) });

/** The SDK's `createError`: `"<path>" <message>`, named as the host named it. */
function hostError(raw: unknown): Error {
  const parsed = hostErrorSchema.safeParse(raw);
  if (!parsed.success) return new Error('The host refused the call');
  const { name, message = '', path } = parsed.data;
  const error = new Error(path === undefined ? message : `"${path}" ${message}`);
  if (name !== undefined) error.name = name;
  return error;
}

/** A singular get/set/invoke throws the path's error, as the SDK's `processResponse` does. */
function singular(path: string, result: unknown): unknown {
  const errors = pathErrorsSchema.safeParse(result);
  const error = errors.success ? errors.data.errors?.[path] : undefined;
  if (error !== undefined) throw hostError({ ...error, path: error.path ?? path });
  return result;
}

/** Why a hook handler stops the host's action (the SDK's `when`), or undefined to let it go. */
async function hookRefusal(handler: Handler): Promise<{ msg: unknown } | undefined> {
  try {
    const value = handler(undefined);
    if (value instanceof Promise) {
      await value;
      return undefined;
    }
    if (value === false || typeof value === 'string') return { msg: value };
    if (value instanceof Error) return { msg: value.message };
    return undefined;
  } catch (reason) {
    return { msg: reason instanceof Error ? reason.message : reason };
  }
}

class StandInClient {
  private readonly handlers = new Map<string, Handler[]>();
  private readonly pending = new Map<
    number,
    { resolve(value: unknown): void; reject(reason: unknown): void }
  >();
  private readonly queued: string[] = [];
  private nextCall = 0;
  private nextRequest = 0;
  private ready = false;
  private registration: { metadata: unknown; context: unknown } | undefined;

  constructor(
    private readonly win: Window,
    private readonly origin: string,
    private readonly appGuid: string,
  ) {
    this.on('app.registered', (data) => {
      const parsed = registrationSchema.safeParse(data);
      this.registration = parsed.success
        ? { metadata: parsed.data.metadata, context: parsed.data.context }
        : { metadata: undefined, context: undefined };
      this.ready = true;
      for (const message of this.queued.splice(0))
        this.win.parent.postMessage(message, this.origin);
    });
    win.addEventListener('message', (event) => this.receive(event));
    this.post({ key: 'iframe.handshake', message: { version: zafStandInVersion } }, true);
  }

  private post(message: Record<string, unknown>, force = false): void {
    const text = JSON.stringify({ ...message, appGuid: this.appGuid, instanceGuid: this.appGuid });
    if (this.ready || force) this.win.parent.postMessage(text, this.origin);
    else this.queued.push(text);
  }

  private trigger(event: string, data: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(data);
  }

  private receive(event: MessageEvent): void {
    if (event.origin !== this.origin || event.source !== this.win.parent) return;
    const message = readPostedMessage(event.data, hostMessageSchema);
    if (message === undefined) return;
    const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
    if (message.id !== undefined && waiting) {
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting.reject(hostError(message.error));
      else waiting.resolve(message.result);
      return;
    }
    if (message.key === undefined || !message.key.startsWith('zaf.')) return;
    const name = message.key.slice('zaf.'.length);
    if (message.needsReply) {
      void this.answerHook(name);
      return;
    }
    this.trigger(name, message.message);
  }

  private async answerHook(name: string): Promise<void> {
    const refusals = await Promise.all((this.handlers.get(name) ?? []).map(hookRefusal));
    const refusal = refusals.find((candidate) => candidate !== undefined);
    this.post({ key: `iframe.reply:${name}`, ...(refusal ? { error: refusal } : {}) });
  }

  private call(request: 'get' | 'set' | 'invoke', params: unknown): Promise<unknown> {
    this.nextCall += 1;
    const id = this.nextCall;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('Invocation request timeout'));
      }, zafCallTimeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (reason) => {
          clearTimeout(timer);
          reject(reason);
        },
      });
      this.post({ id, request, params });
    });
  }

  async get(paths: string | string[]): Promise<unknown> {
    const result = await this.call('get', Array.isArray(paths) ? paths : [paths]);
    return typeof paths === 'string' ? singular(paths, result) : result;
  }

  async set(path: string, value: unknown): Promise<unknown> {
    return singular(path, await this.call('set', { [path]: value }));
  }

  async invoke(name: string, ...args: unknown[]): Promise<unknown> {
    return singular(name, await this.call('invoke', { [name]: args }));
  }

  on(event: string, handler: (data: unknown) => void): void {
    const list = this.handlers.get(event) ?? [];
    list.push(handler);
    this.handlers.set(event, list);
    if (event !== 'app.registered') {
      this.post({ key: `iframe.on:${event}`, message: { subscriberCount: list.length } });
    }
  }

  off(event: string, handler: (data: unknown) => void): void {
    const list = this.handlers.get(event);
    if (list === undefined) return;
    const index = list.indexOf(handler);
    if (index >= 0) list.splice(index, 1);
    this.post({ key: `iframe.off:${event}`, message: { subscriberCount: list.length } });
  }

  request(options: object): Promise<unknown> {
    this.nextRequest += 1;
    const key = `request:${this.nextRequest}`;
    return new Promise((resolve, reject) => {
      const settle = (outcome: 'done' | 'fail') => (data: unknown) => {
        this.off(`${key}.done`, onDone);
        this.off(`${key}.fail`, onFail);
        const args = responseArgsSchema.safeParse(data);
        const first = args.success ? args.data.responseArgs[0] : undefined;
        if (outcome === 'done') resolve(first);
        else reject(first);
      };
      const onDone = settle('done');
      const onFail = settle('fail');
      this.on(`${key}.done`, onDone);
      this.on(`${key}.fail`, onFail);
      this.post({ key, message: options });
    });
  }

  metadata(): Promise<unknown> {
    return this.registered().then((registration) => registration.metadata);
  }

  context(): Promise<unknown> {
    return this.registered().then((registration) => registration.context);
  }

  private registered(): Promise<{ metadata: unknown; context: unknown }> {
    const known = this.registration;
    if (known !== undefined) return Promise.resolve(known);
    return new Promise((resolve) => {
      const once = () => {
        this.off('app.registered', once);
        if (this.registration !== undefined) resolve(this.registration);
      };
      this.on('app.registered', once);
    });
  }
}

/** The SDK global for `win`: `ZAFClient.init()` as Zendesk's script defines it. */
export function createZafSdkStandIn(win: Window): ZafSdkGlobal {
  return {
    init(callback) {
      const query = new URLSearchParams(win.location.search);
      const hash = new URLSearchParams(win.location.hash.replace(/^#/, ''));
      const origin = query.get('origin') ?? hash.get('origin');
      const appGuid = query.get('app_guid') ?? hash.get('app_guid');
      if (!origin || !appGuid) return false;
      const client = new StandInClient(win, origin, appGuid);
      if (callback) client.on('app.registered', (data) => callback(data));
      return client;
    },
  };
}
