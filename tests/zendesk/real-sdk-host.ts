/**
 * Test factory for running the real ZAF SDK in jsdom: puts Zendesk's `origin` and `app_guid` in the
 * page URL and answers the SDK's postMessage traffic with the host side of the protocol over a fresh
 * ticket model, with a fresh mock Zendesk account behind msw. One SDK client per test file: SDK
 * clients never go away, so a second one in the same window would answer hooks too.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { TicketModel } from '../../mocks/zendesk/ticket-model';
import { createZafHost, type ZafHost } from '../../mocks/zendesk/zaf-host';

/** The current test's host and model (replaced before each test). */
export const realSdk: { host: ZafHost; model: TicketModel } = {
  model: new TicketModel(),
  host: createZafHost(new TicketModel(), () => undefined),
};

/** Registers the beforeEach/afterEach that connect a fresh host to this window. */
export function connectRealSdkHost(): void {
  let relay: (event: MessageEvent) => void = () => undefined;
  beforeEach(() => {
    window.history.replaceState(
      {},
      '',
      '/assets/index.html?origin=http://localhost&app_guid=app-1',
    );
    server.use(...createZendeskHandlers(createZendeskWorld()));
    realSdk.model = new TicketModel();
    // In jsdom the app's "parent" is its own window: the host answers as that window.
    realSdk.host = createZafHost(realSdk.model, (message) =>
      window.dispatchEvent(
        new MessageEvent('message', { data: message, origin: 'http://localhost', source: window }),
      ),
    );
    relay = (event) => realSdk.host.receive(event.data);
    window.addEventListener('message', relay);
  });
  afterEach(() => {
    window.removeEventListener('message', relay);
    realSdk.host.dispose();
  });
}
