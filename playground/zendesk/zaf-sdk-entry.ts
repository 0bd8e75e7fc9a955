// The browser script served in place of Zendesk's ZAF SDK (see mocks/zendesk/zaf-sdk-standin.ts):
// defines the global `ZAFClient`, as Zendesk's `zaf_sdk.min.js` does.
import { createZafSdkStandIn } from '../../mocks/zendesk/zaf-sdk-standin';

globalThis.ZAFClient = createZafSdkStandIn(window);
