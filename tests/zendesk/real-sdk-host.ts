/**
 * Test factory for running a ZAF SDK in jsdom: defines the global `ZAFClient` as the SDK's script
 * tag does (our stand-in, mocks/zendesk/zaf-sdk-standin.ts, or Zendesk's own `zaf_sdk.min.js` when
 * `TACTFUL_ZAF_SDK_FILE` names a downloaded copy), puts Zendesk's `origin` and `app_guid` in the page
 * URL and answers the SDK's postMessage traffic with the host side of the protocol over a fresh
 * ticket model, with a fresh mock Zendesk account behind msw. One SDK client per test file: SDK
 * clients never go away, so a second one in the same window would answer hooks too.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach } from '@jest/globals';
import { server } from '../../mocks/node';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { TicketModel } from '../../mocks/zendesk/ticket-model';
import { createZafHost, type ZafHost } from '../../mocks/zendesk/zaf-host';
import { createZafSdkStandIn } from '../../mocks/zendesk/zaf-sdk-standin';
import { officialZafSdkFile } from '../../playground/server/zaf-sdk-file';

/** Defines `ZAFClient` in this window, as assets/index.html's script tag does in Zendesk. */
function loadZafSdk(): void {
  const file = officialZafSdkFile();
  if (file === undefined) {
    globalThis.ZAFClient = createZafSdkStandIn(window);
    return;
  }
  // jsdom runs classic scripts (jest's jsdom environment allows them), like the iframe would.
  const script = document.createElement('script');
  script.textContent = readFileSync(file, 'utf8');
  document.head.append(script);
}

/** The current test's host and model (replaced before each test). */
export const realSdk: { host: ZafHost; model: TicketModel } = {
  model: new TicketModel(),
  host: createZafHost(new TicketModel(), () => undefined),
};

/** Registers the beforeEach/afterEach that connect a fresh host to this window. */
export function connectRealSdkHost(): void {
  let relay: (event: MessageEvent) => void = () => undefined;
  beforeAll(() => {
    if (globalThis.ZAFClient === undefined) loadZafSdk();
  });
  beforeEach(() => {
    window.history.replaceState(
      {},
      '',
      '/assets/index.html?origin=http://localhost&app_guid=app-1',
    );
    server.use(...createZendeskHandlers(createZendeskWorld()));
    realSdk.model = new TicketModel();
    // In jsdom the app's "parent" is its own window: the host answers as that window.
    realSdk.host = createZafHost(
      realSdk.model,
      (message) =>
        window.dispatchEvent(
          new MessageEvent('message', {
            data: message,
            origin: 'http://localhost',
            source: window,
          }),
        ),
      { appGuid: 'app-1' },
    );
    relay = (event) => realSdk.host.receive(event.data);
    window.addEventListener('message', relay);
  });
  afterEach(() => {
    window.removeEventListener('message', relay);
    realSdk.host.dispose();
  });
}
