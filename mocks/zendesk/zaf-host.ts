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
import { readPostedMessage } from './posted-message';
import { proxyRequest } from './zaf-client';
import { checkRequestOptions } from './zaf-request-options';

/** Hooks: events the host waits on for the app's answer. */
const hookEvents = new Set(['ticket.save']);

const appMessageSchema = z.looseObject({
  id: z.number().optional(),
  request: z.enum(['get', 'set', 'invoke']).optional(),
  params: z.unknown().optional(),
  key: z.string().optional(),
  message: z.unknown().optional(),
  error: z.looseObject({ msg: z.unknown().optional() }).optional(),
  appGuid: z.string().optional(),
});

/** What each call's `params` must be (the SDK sends exactly these; lib/client.js get/set/invoke). */
const callParamsSchemas = {
  get: z.array(z.string()).min(1),
  set: z.record(z.string(), z.unknown()),
  invoke: z.record(z.string(), z.array(z.unknown())),
} as const;

/** The host's answer to a call it cannot take, in the SDK's error shape (name, message). */
function refusedCall(id: number, message: string) {
  return { id, error: { name: 'InvalidParams', message } };
}

/** The host end of one app iframe. */
export interface ZafHost {
  /** Handles one message the app posted (a JSON string or an object, as the SDK sends both). */
  receive(data: unknown): void;
  /** Asks the app about a hook (`ticket.save`) as Zendesk does before saving. */
  runHook(event: string): Promise<HookOutcome>;
  /** Drops every subscription the app made. */
  dispose(): void;
}

/** Options of a host. */
export interface ZafHostOptions {
  /**
   * The app's `app_guid` (in its iframe URL): messages naming another app are not this app's and are
   * ignored, as Zendesk routes each message to the app it names. Omitted: any app is answered.
   */
  appGuid?: string;
}

/** A host for `model` that answers the app through `send` (a JSON string per message). */
export function createZafHost(
  model: TicketModel,
  send: (message: string) => void,
  options: ZafHostOptions = {},
): ZafHost {
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
    const checked = checkRequestOptions(options, model.subdomain);
    // The emulator answers only the complete-response form Tactful uses (status, headers, text).
    const refusal = !checked.ok
      ? checked.reason
      : checked.options.httpCompleteResponse !== true
        ? 'the emulator answers only httpCompleteResponse: true requests'
        : undefined;
    if (!checked.ok || refusal !== undefined) {
      const responseText = JSON.stringify({ error: 'InvalidRequestOptions', description: refusal });
      post({
        key: `zaf.${key}.fail`,
        message: {
          responseArgs: [{ status: 400, statusText: 'Bad Request', headers: {}, responseText }],
        },
      });
      return;
    }
    const { url, type, headers, contentType, data, secure } = checked.options;
    const request: ZafRequestOptions = {
      url,
      type,
      httpCompleteResponse: true,
      autoRetry: false,
      cors: false,
      ...(headers === undefined ? {} : { headers }),
      ...(contentType === undefined ? {} : { contentType }),
      ...(data === undefined ? {} : { data }),
      ...(secure === undefined ? {} : { secure }),
    };
    const answer = await proxyRequest(model, request);
    post({ key: `zaf.${key}.${answer.settled}`, message: { responseArgs: [answer.reply] } });
  };

  return {
    receive(data) {
      const message = readPostedMessage(data, appMessageSchema);
      if (message === undefined) return;
      if (options.appGuid !== undefined && message.appGuid !== options.appGuid) return;
      if (message.request && message.id !== undefined) {
        const id = message.id;
        const refuse = (error: z.ZodError) =>
          post(refusedCall(id, `${message.request} params: ${error.issues[0]?.message ?? ''}`));
        if (message.request === 'get') {
          const paths = callParamsSchemas.get.safeParse(message.params);
          if (paths.success) post({ id, result: model.get(paths.data) });
          else refuse(paths.error);
        } else if (message.request === 'set') {
          const values = callParamsSchemas.set.safeParse(message.params);
          if (values.success) post({ id, result: model.set(values.data) });
          else refuse(values.error);
        } else {
          const calls = callParamsSchemas.invoke.safeParse(message.params);
          if (calls.success) post({ id, result: model.invoke(calls.data) });
          else refuse(calls.error);
        }
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
