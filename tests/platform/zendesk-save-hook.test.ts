// A `ticket.save` hook handler may answer later, with a promise, and Zendesk waits for it (issue 16:
// the tone check's hook is registered as the sidebar opens and, when a save comes before the tone
// panel's code has run, loads that code first, apps/zendesk/ui/panels/tone/save-guard.ts). Sources:
//   SDK24 = https://github.com/zendesk/zendesk_app_framework_sdk/pull/24 ("Where a Save Hook
//     handler was returning immediately, rather than a Promise, the rules governing Save Hook return
//     values weren't being respected": the SDK's `lib/utils.js` turns a handler's answer into a
//     promise, a falsy answer into a rejected one; a promise the handler returns is the answer).
//   GIST = https://gist.github.com/dpawluk/47e4cfdcbccf23988ca348fc803b5eb1 ("Shows how ticket.save
//     hook should be used in a v2 app": `client.on('ticket.save', saveHook)`, where `saveHook`
//     returns a `new Promise` that a button rejects, to stop the save, or a timer resolves 5 s on).
// Unverified: how long Zendesk waits for the promise before it gives up, and what it does then; the
// stored pages do not say. The tone check answers in well under a second once its code has loaded.
// The mock host (mocks/zendesk/zaf-client.ts `hookOutcome`) must wait the same way.
import { describe, expect, it } from '@jest/globals';
import { answerTicketSave } from '../../apps/zendesk/host/draft';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';

const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 20));

describe('a ticket.save hook that answers with a promise (SDK24, GIST)', () => {
  it('stops the save when the promise rejects, with its message, however late', async () => {
    const client = createFakeZafClient();
    client.on('ticket.save', () => later(undefined).then(() => Promise.reject(new Error('No'))));
    await expect(client.model.runHook('ticket.save')).resolves.toEqual({
      allowed: false,
      message: 'No',
    });
  });

  it('lets the save go when the promise resolves', async () => {
    const client = createFakeZafClient();
    client.on('ticket.save', () => later(true));
    await expect(client.model.runHook('ticket.save')).resolves.toEqual({ allowed: true });
  });

  it('the draft guard answers after its decision has loaded, reading the draft being saved', async () => {
    const client = createFakeZafClient({ comment: { text: '<p>We will sue you.</p>' } });
    client.on('ticket.save', () =>
      answerTicketSave(client, (draft) =>
        later(draft.html.includes('sue') ? 'Remove the threat' : undefined),
      ),
    );
    await expect(client.model.runHook('ticket.save')).resolves.toEqual({
      allowed: false,
      message: 'Remove the threat',
    });
  });
});
