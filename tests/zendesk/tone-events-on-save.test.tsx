// Tone events recorded on ticket.save (issue 17): after the hook has answered, the agent's day
// record in tactful_tone_event counts the reply (checks, suggestions applied, verdicts), never its
// text; a stopped reply, an internal note or an account that turned recording off adds nothing.
import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeZafClient } from '../../mocks/zendesk/zaf-client';
import { readToneEventFields, toneEventObjectKey } from '../../shared/outcomes';
import { renderSidebar } from './render-sidebar';

const accusatory = "<p>You haven't paid your bill.</p>";
const threat = '<p>Pay today or <b>we will sue you</b>.</p>';

async function submit(client: FakeZafClient) {
  let allowed: boolean | undefined;
  await act(async () => {
    allowed = (await client.model.runHook('ticket.save'))?.allowed;
  });
  return allowed;
}

async function tonePanel() {
  return screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
}

describe('ticket sidebar: tone events on ticket.save', () => {
  it('counts a sent reply in the agent’s day record, with the suggestion applied and no text', async () => {
    const { client, world } = renderSidebar(() => ({ comment: { text: accusatory } }));
    const panel = await tonePanel();
    await userEvent.click(
      await within(panel).findByRole('button', {
        name: "Apply the suggestion for “You haven't paid your bill.”",
      }),
    );
    expect(await within(panel).findByText('Kind and clear')).toBeInTheDocument();

    expect(await submit(client)).toBe(true);

    const records = () => world.customObjectRecords.get(toneEventObjectKey) ?? [];
    await waitFor(() => expect(records()).toHaveLength(1));
    const record = records()[0];
    const day = readToneEventFields(record?.custom_object_fields ?? {});
    expect(day).toMatchObject({
      ok: true,
      value: {
        sends: 1,
        suggestionsApplied: 1,
        okFirstTime: 0,
        verdicts: { ok: 1, review: 0, block: 0 },
        categories: { accusatory: 1 },
      },
    });
    expect(day.ok && day.value.draftsChecked).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(record)).not.toMatch(/paid your bill|outstanding balance/);

    // A second reply the same day adds to the same record.
    client.model.comment.text = '<p>Thank you for your payment.</p>';
    expect(await submit(client)).toBe(true);
    await waitFor(() =>
      expect(readToneEventFields(records()[0]?.custom_object_fields ?? {})).toMatchObject({
        value: { sends: 2 },
      }),
    );
    expect(records()).toHaveLength(1);
  });

  it('records the ticket’s brand and assigned group with the day, for the outcomes filters', async () => {
    const { client, world } = renderSidebar(() => ({
      comment: { text: '<p>Thank you for your payment.</p>' },
      ticket: {
        brand: { id: 360002, name: 'Acme Cards' },
        assignee: { user: { id: 7, name: 'Agent' }, group: { id: 20002, name: 'Recoveries' } },
      },
    }));
    await tonePanel();
    expect(await submit(client)).toBe(true);
    const records = () => world.customObjectRecords.get(toneEventObjectKey) ?? [];
    await waitFor(() => expect(records()).toHaveLength(1));
    expect(readToneEventFields(records()[0]?.custom_object_fields ?? {})).toMatchObject({
      ok: true,
      value: { sends: 1, team: '20002', brandOrOwner: '360002' },
    });
  });

  it('records nothing for a stopped reply or an internal note', async () => {
    const { client, world } = renderSidebar(() => ({ comment: { text: threat } }));
    await tonePanel();
    expect(await submit(client)).toBe(false);
    client.model.comment.type = 'internalNote';
    expect(await submit(client)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.customObjectRecords.get(toneEventObjectKey) ?? []).toEqual([]);
  });

  it('records nothing when the admin turned tone events off', async () => {
    const { client, world } = renderSidebar(() => ({
      comment: { text: '<p>Thank you for your payment.</p>' },
      settings: { outcomes_record_tone_events: false },
    }));
    await tonePanel();
    expect(await submit(client)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(world.customObjectRecords.get(toneEventObjectKey) ?? []).toEqual([]);
  });
});
