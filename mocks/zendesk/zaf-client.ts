/**
 * A fake ZAF client at the SDK surface, backed by a {@link TicketModel}. It behaves like the SDK's
 * `lib/client.js` (singular get/set/invoke throw on a path error, hooks follow `Utils.when`), and its
 * `request` performs a real `fetch` to `https://<subdomain>.zendesk.com/...` so msw handlers see the
 * HTTP traffic, answering like the proxy with `httpCompleteResponse` (status, headers, responseText).
 */
import type { ZafClient, ZafRequestOptions } from '../../apps/zendesk/host/zaf-client';
import {
  TicketModel,
  type HookOutcome,
  type ModelReply,
  type TicketModelInit,
} from './ticket-model';
import { checkRequestOptions } from './zaf-request-options';

/** Hooks: events the host waits on for the app's answer (`needsReply`). */
const hookEvents = new Set(['ticket.save']);

/** A fake client and the model behind it; tests drive the model (type a draft, run `ticket.save`). */
export interface FakeZafClient extends ZafClient {
  model: TicketModel;
  /** Every `request` the app sent, as the proxy received it. */
  requests: ZafRequestOptions[];
}

type Handler = (data: unknown) => void;

function throwOnPathError(reply: ModelReply, path: string): ModelReply {
  const error = reply.errors[path];
  if (error) {
    // The SDK's createError: `"<path>" <message>` with the host's error name.
    const thrown = new Error(`"${error.path}" ${error.message}`);
    thrown.name = error.name;
    throw thrown;
  }
  return reply;
}

/** What a hook handler's return value means, as the SDK's `Utils.when` reads it. */
async function hookOutcome(handler: () => unknown): Promise<HookOutcome> {
  try {
    const value = await handler();
    if (value === false) return { allowed: false, message: '' };
    if (typeof value === 'string') return { allowed: false, message: value };
    if (value instanceof Error) return { allowed: false, message: value.message };
    return { allowed: true };
  } catch (reason) {
    return { allowed: false, message: reason instanceof Error ? reason.message : String(reason) };
  }
}

function headersObject(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = value;
  });
  return result;
}

/** What the ZAF proxy answers with `httpCompleteResponse`: resolved (`done`) for 2xx, else `fail`. */
export interface ProxyAnswer {
  settled: 'done' | 'fail';
  reply: {
    status: number;
    statusText: string;
    headers: Record<string, string>;
    responseText: string;
  };
}

/**
 * Performs a `client.request` as Zendesk's proxy would: a real `fetch` to the account's API (so msw
 * sees it), secure `{{setting.x}}` placeholders filled only when the request is marked `secure`.
 */
export async function proxyRequest(
  model: TicketModel,
  options: ZafRequestOptions,
): Promise<ProxyAnswer> {
  const fill = (text: string) => (options.secure ? model.fillSecureSettings(text) : text);
  const url = /^https?:\/\//.test(options.url)
    ? options.url
    : `https://${model.subdomain}.zendesk.com${options.url}`;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = fill(value);
  if (options.contentType) headers['content-type'] = options.contentType;
  let response: Response;
  try {
    const init: RequestInit = { method: options.type, headers };
    if (options.data !== undefined) init.body = fill(options.data);
    response = await fetch(fill(url), init);
  } catch {
    // What the proxy hands back when the request never got an answer.
    return {
      settled: 'fail',
      reply: { status: 0, statusText: 'error', headers: {}, responseText: '' },
    };
  }
  const reply = {
    status: response.status,
    statusText: response.statusText,
    headers: headersObject(response.headers),
    responseText: await response.text(),
  };
  return { settled: response.status >= 200 && response.status < 300 ? 'done' : 'fail', reply };
}

/** A fake ZAF client over `model` (or a fresh model from `init`); it registers on the next tick. */
export function createFakeZafClient(model: TicketModel | TicketModelInit = {}): FakeZafClient {
  const ticketModel = model instanceof TicketModel ? model : new TicketModel(model);
  const registeredHandlers = new Set<Handler>();
  const hookWrappers = new Map<Handler, () => Promise<HookOutcome>>();
  let registration: ReturnType<TicketModel['registration']> | undefined;
  const registered = new Promise<ReturnType<TicketModel['registration']>>((resolve) => {
    setTimeout(() => {
      registration = ticketModel.registration();
      for (const handler of registeredHandlers) handler(registration);
      resolve(registration);
    }, 0);
  });
  const requests: ZafRequestOptions[] = [];

  return {
    model: ticketModel,
    requests,

    async get(paths) {
      if (typeof paths === 'string') return throwOnPathError(ticketModel.get([paths]), paths);
      return ticketModel.get(paths);
    },

    async set(path, value) {
      return throwOnPathError(ticketModel.set({ [path]: value }), path);
    },

    async invoke(name, ...args) {
      return throwOnPathError(ticketModel.invoke({ [name]: args }), name);
    },

    on(event, handler) {
      if (event === 'app.registered') {
        registeredHandlers.add(handler);
        if (registration) handler(registration);
      } else if (hookEvents.has(event)) {
        const wrapper = () => hookOutcome(() => handler(undefined));
        hookWrappers.set(handler, wrapper);
        ticketModel.onHook(event, wrapper);
      } else {
        ticketModel.on(event, handler);
      }
    },

    off(event, handler) {
      if (event === 'app.registered') registeredHandlers.delete(handler);
      const wrapper = hookWrappers.get(handler);
      if (wrapper) ticketModel.offHook(event, wrapper);
      ticketModel.off(event, handler);
    },

    async request(options) {
      requests.push(options);
      // The same checks as the host emulator's proxy: unknown options, wrong types, other hosts.
      const checked = checkRequestOptions(options, ticketModel.subdomain);
      if (!checked.ok) {
        const responseText = JSON.stringify({
          error: 'InvalidRequestOptions',
          description: checked.reason,
        });
        throw { status: 400, statusText: 'Bad Request', headers: {}, responseText };
      }
      const answer = await proxyRequest(ticketModel, options);
      if (answer.settled === 'done') return answer.reply;
      throw answer.reply;
    },

    async metadata() {
      return (await registered).metadata;
    },

    async context() {
      return (await registered).context;
    },
  };
}
