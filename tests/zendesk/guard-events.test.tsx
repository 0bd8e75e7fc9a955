// Guard days recorded from the sidebar (issue 17): when the history panel's (or, on a new ticket,
// the outreach panel's) email guard says "not now", the agent's day record in tactful_tone_event
// counts it once (not once per render), and a public reply saved while it says so counts as a
// contact against a guard; recording off writes nothing.
import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ZendeskWorld } from '../../mocks/zendesk';
import type { FakeZafClient } from '../../mocks/zendesk/zaf-client';
import { readToneEventFields, toneEventObjectKey } from '../../shared/outcomes';
import { defaultSettings } from '../../shared/settings';
import { renderSidebar } from './render-sidebar';

async function submit(client: FakeZafClient) {
  let allowed: boolean | undefined;
  await act(async () => {
    allowed = (await client.model.runHook('ticket.save'))?.allowed;
  });
  return allowed;
}

function optOutOfEmail(world: ZendeskWorld): void {
  const user = world.users.get(9001);
  if (user) user.user_fields[defaultSettings.fields.flags['do-not-email']] = true;
}

async function emailGuardSaysNotNow() {
  const guards = await screen.findByRole(
    'region',
    { name: 'May we contact them now?' },
    { timeout: 5000 },
  );
  const email = within(guards).getByRole('listitem', { name: 'Email' });
  expect(within(email).getByText('Not now')).toBeInTheDocument();
}

describe('ticket sidebar: guard days', () => {
  it('records nothing when the admin turned tone events off', async () => {
    const { client, world } = renderSidebar((w) => {
      optOutOfEmail(w);
      return {
        comment: { text: '<p>Thank you for your payment.</p>' },
        settings: { outcomes_record_tone_events: false },
      };
    });
    await emailGuardSaysNotNow();
    await screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
    expect(await submit(client)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.customObjectRecords.get(toneEventObjectKey) ?? []).toEqual([]);
  });

  it('counts the "not now" once and a reply saved against it, on the agent’s day record', async () => {
    const { client, world } = renderSidebar((w) => {
      optOutOfEmail(w);
      return { comment: { text: '<p>Thank you for your payment.</p>' } };
    });
    await emailGuardSaysNotNow();
    const records = () => world.customObjectRecords.get(toneEventObjectKey) ?? [];
    const day = () => readToneEventFields(records()[0]?.custom_object_fields ?? {});
    await waitFor(() => expect(day()).toMatchObject({ ok: true, value: { notNow: 1 } }));
    expect(day()).toMatchObject({ value: { sends: 0, contactsAgainstGuard: 0 } });

    await screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
    expect(await submit(client)).toBe(true);
    await waitFor(() =>
      expect(day()).toMatchObject({ value: { sends: 1, contactsAgainstGuard: 1 } }),
    );
    // Re-renders and the save did not count the same "not now" again; one record for the day.
    expect(day()).toMatchObject({ value: { notNow: 1 } });
    expect(records()).toHaveLength(1);
  });

  it('counts a "not now" for the requester of a new ticket, from the outreach panel', async () => {
    const { world } = renderSidebar((w) => {
      optOutOfEmail(w);
      return { location: 'new_ticket_sidebar' };
    });
    await emailGuardSaysNotNow();
    const records = () => world.customObjectRecords.get(toneEventObjectKey) ?? [];
    await waitFor(() =>
      expect(readToneEventFields(records()[0]?.custom_object_fields ?? {})).toMatchObject({
        ok: true,
        value: { notNow: 1, sends: 0 },
      }),
    );
  });
});
