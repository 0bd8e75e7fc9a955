// The host side of the protocol (mocks/zendesk/zaf-host.ts) answers a ZAF SDK (our stand-in, or
// Zendesk's own file with TACTFUL_ZAF_SDK_FILE) the way Zendesk does: get/set/invoke with path errors, events to the app, hooks that the app can stop.
import { describe, expect, it } from '@jest/globals';
import { waitFor } from '@testing-library/react';
import { initZafClient } from '../../apps/zendesk/host/zaf-client';
import { connectRealSdkHost, realSdk } from './real-sdk-host';

connectRealSdkHost();

describe('the real ZAF SDK against the ticket model', () => {
  it('reads, writes and invokes, with Zendesk’s errors for unknown paths', async () => {
    const client = initZafClient();
    if (client === false) throw new Error('the SDK did not find its host');
    await client.metadata();
    await expect(client.get('ticket.requester.id')).resolves.toMatchObject({
      'ticket.requester.id': 9001,
    });
    await expect(client.get('ticket.nope')).rejects.toThrow('"ticket.nope" Could not find');
    await client.set('comment.text', 'Hi Maria');
    expect(realSdk.model.comment.text).toBe('Hi Maria');
    await client.invoke('ticket.tags.add', 'tactful_plan');
    expect(realSdk.model.ticket.tags).toContain('tactful_plan');

    const drafts: unknown[] = [];
    client.on('comment.text.changed', (text) => drafts.push(text));
    client.on('ticket.save', () => 'Remove the threat before sending');
    // Subscriptions travel as messages too; let them arrive before the host raises anything.
    await new Promise((resolve) => setTimeout(resolve, 0));
    realSdk.model.typeDraft('Hello Maria');
    await waitFor(() => expect(drafts).toEqual(['Hello Maria']));
    await expect(realSdk.host.runHook('ticket.save')).resolves.toEqual({
      allowed: false,
      message: 'Remove the threat before sending',
    });
  });
});
