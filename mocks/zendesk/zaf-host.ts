/**
 * ZAF's host side of the postMessage protocol over a {@link TicketModel}: what Zendesk's agent page
 * does for an app iframe. It reads the messages the real SDK (`lib/client.js`) posts (handshake,
 * get/set/invoke with an `id`, `iframe.on:`/`iframe.off:` subscriptions, `request:N` proxy calls,
 * `iframe.reply:` hook answers) and sends back what the SDK expects (`{id, result}`,
 * `{key: 'zaf.<event>', message}`, `zaf.request:N.done|fail`, hooks with `needsReply`).
 * Transport-free: the playground wires `receive` to the iframe's messages and `send` to
 * `iframe.contentWindow.postMessage`; tests wire both to the jsdom window.
 */
import { z } from 'zod';
import type { ZafRequestOptions } from '../../apps/zendesk/host/zaf-client';
import type { HookOutcome, TicketModel } from './ticket-model';
import { proxyRequest } from './zaf-client';

/** Hooks: events the host waits on for the app's answer. */
const hookEvents = new Set(['ticket.save']);

const appMessageSchema = z.looseObject({
  id: z.number().optional(),
  request: z.enum(['get', 'set', 'invoke']).optional(),
  params: z.unknown().optional(),
  key: z.string().optional(),
  message: z.unknown().optional(),
  error: z.looseObject({ msg: z.unknown().optional() }).optional(),
});

const requestOptionsSchema = z.looseObject({
  url: z.string(),
  type: z.string().default('GET'),
  headers: z.record(z.string(), z.string()).optional(),
  contentType: z.string().optional(),
  data: z.string().optional(),
  secure: z.boolean().optional(),
});

/** The host end of one app iframe. */
export interface ZafHost {
  /** Handles one message the app posted (a JSON string or an object, as the SDK sends both). */
  receive(data: unknown): void;
  /** Asks the app about a hook (`ticket.save`) as Zendesk does before saving. */
  runHook(event: string): Promise<HookOutcome>;
  /** Drops every subscription the app made. */
  dispose(): void;
}

/** A host for `model` that answers the app through `send` (a JSON string per message). */
export function createZafHost(model: TicketModel, send: (message: string) => void): ZafHost {
  const post = (message: unknown) => send(JSON.stringify(message));
  const subscriptions = new Map<string, (data: unknown) => void>();
  const hookAnswers = new Map<string, (outcome: HookOutcome) => void>();
  const hookHandlers = new Map<string, () => Promise<HookOutcome>>();

  const subscribe = (event: string) => {
    if (subscriptions.has(event) || hookHandlers.has(event)) return;
    if (hookEvents.has(event)) {
      const handler = () =>
        new Promise<HookOutcome>((resolve) => {
          hookAnswers.set(event, resolve);
          post({ key: `zaf.${event}`, needsReply: true });
        });
      hookHandlers.set(event, handler);
      model.onHook(event, handler);
      return;
    }
    const listener = (data: unknown) => post({ key: `zaf.${event}`, message: data });
    subscriptions.set(event, listener);
    model.on(event, listener);
  };

  const unsubscribe = (event: string) => {
    const listener = subscriptions.get(event);
    if (listener) model.off(event, listener);
    subscriptions.delete(event);
    const hook = hookHandlers.get(event);
    if (hook) model.offHook(event, hook);
    hookHandlers.delete(event);
  };

  const answerRequest = async (key: string, options: unknown) => {
    const parsed = requestOptionsSchema.safeParse(options);
    if (!parsed.success) {
      post({
        key: `zaf.${key}.fail`,
        message: { responseArgs: [{ status: 0, responseText: '' }] },
      });
      return;
    }
    const request: ZafRequestOptions = {
      ...parsed.data,
      httpCompleteResponse: true,
      autoRetry: false,
      cors: false,
    };
    const answer = await proxyRequest(model, request);
    post({ key: `zaf.${key}.${answer.settled}`, message: { responseArgs: [answer.reply] } });
  };

  return {
    receive(data) {
      let raw = data;
      if (typeof data === 'string') {
        try {
          raw = JSON.parse(data);
        } catch {
          return;
        }
      }
      const parsed = appMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.request && message.id !== undefined) {
        const params = message.params;
        const result =
          message.request === 'get'
            ? model.get(z.array(z.string()).catch([]).parse(params))
            : message.request === 'set'
              ? model.set(z.record(z.string(), z.unknown()).catch({}).parse(params))
              : model.invoke(z.record(z.string(), z.array(z.unknown())).catch({}).parse(params));
        post({ id: message.id, result });
        return;
      }
      const key = message.key ?? '';
      if (key === 'iframe.handshake')
        post({ key: 'zaf.app.registered', message: model.registration() });
      else if (key.startsWith('iframe.on:')) {
        const event = key.slice('iframe.on:'.length);
        if (!event.startsWith('request:')) subscribe(event);
      } else if (key.startsWith('iframe.off:')) {
        const count = z.looseObject({ subscriberCount: z.number() }).safeParse(message.message);
        if (count.success && count.data.subscriberCount === 0)
          unsubscribe(key.slice('iframe.off:'.length));
      } else if (/^request:\d+$/.test(key)) void answerRequest(key, message.message);
      else if (key.startsWith('iframe.reply:')) {
        const event = key.slice('iframe.reply:'.length);
        const answer = hookAnswers.get(event);
        hookAnswers.delete(event);
        answer?.(
          message.error
            ? { allowed: false, message: String(message.error.msg ?? '') }
            : { allowed: true },
        );
      }
    },
    runHook: (event) => model.runHook(event),
    dispose() {
      for (const event of [...subscriptions.keys(), ...hookHandlers.keys()]) unsubscribe(event);
    },
  };
}
