// Agent feedback on the tone check in the Zendesk sidebar: with the admin's setting on, "This
// finding is wrong" and "Tactful missed something" each write one custom object record in the
// account (msw's mock Zendesk, which refuses fields requirements.json does not declare), with the
// agent's note; the draft only when the admin also allows it. With the setting off, no buttons.
import { describe, expect, it } from '@jest/globals';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { zendeskApiPattern, type ZendeskWorld } from '../../mocks/zendesk';
import { toneFeedbackFromRecord, toneFeedbackObjectKey } from '../../shared/feedback';
import { renderSidebar, findRegion } from './render-sidebar';

const accusatory = "<p>Hi Ana,</p><p>You haven't paid your bill.</p>";

async function tonePanel() {
  return screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
}

const feedbackRecords = (world: ZendeskWorld) =>
  world.customObjectRecords.get(toneFeedbackObjectKey) ?? [];

/** Renders the sidebar with `settings`, types the accusatory draft and waits for its finding. */
async function withFinding(settings: Record<string, boolean>) {
  const rendered = renderSidebar(() => ({ settings }));
  const panel = await tonePanel();
  act(() => rendered.client.model.typeDraft(accusatory));
  await within(panel).findByText(/Blaming · Review/, {}, { timeout: 5000 });
  return { ...rendered, panel };
}

describe('ticket sidebar: agent feedback on the tone check', () => {
  it('records one wrong finding with the note, and thanks the agent', async () => {
    const { world, panel } = await withFinding({ tone_feedback: true });

    await userEvent.type(
      within(panel).getByLabelText('Note for the Tactful team (optional)'),
      'We agreed this wording with legal.',
    );
    await userEvent.click(
      within(panel).getByRole('button', {
        name: "This finding is wrong: “You haven't paid your bill.”",
      }),
    );

    expect(await within(panel).findByText('Thanks: your feedback was recorded.')).toBeVisible();
    const records = feedbackRecords(world);
    expect(records).toHaveLength(1);
    const record = records[0];
    if (record === undefined) throw new Error('no record');
    expect(record.custom_object_fields).toMatchObject({
      kind: 'wrong_finding',
      locale: 'en',
      verdict: 'review',
      note: 'We agreed this wording with legal.',
      disputed_index: 0,
    });
    const read = toneFeedbackFromRecord(record);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.findings[0]).toMatchObject({
      category: 'accusatory',
      excerpt: "You haven't paid your bill.",
    });
    // Nothing about the customer, the ticket or the agent; no draft unless the admin allows it.
    expect(Object.keys(record.custom_object_fields).sort()).toEqual([
      'disputed_index',
      'disputed_rule_id',
      'findings',
      'kind',
      'locale',
      'note',
      'recorded_at',
      'verdict',
    ]);
    expect(JSON.stringify(record)).not.toMatch(/Hi Ana/);
    // The same finding is not reported twice for the same draft; the note is cleared for the next.
    expect(
      within(panel).getByRole('button', {
        name: "This finding is wrong: “You haven't paid your bill.”",
      }),
    ).toBeDisabled();
    expect(within(panel).getByLabelText('Note for the Tactful team (optional)')).toHaveValue('');
  });

  it('records "Tactful missed something" with the draft as text when the admin allows it', async () => {
    const { world, panel } = await withFinding({
      tone_feedback: true,
      tone_feedback_include_draft: true,
    });

    await userEvent.click(within(panel).getByRole('button', { name: 'Tactful missed something' }));

    expect(await within(panel).findByText('Thanks: your feedback was recorded.')).toBeVisible();
    const [record] = feedbackRecords(world);
    expect(record?.custom_object_fields).toMatchObject({
      kind: 'missed',
      note: '',
      draft: "Hi Ana,\n\nYou haven't paid your bill.",
    });
    expect(record?.custom_object_fields).not.toHaveProperty('disputed_index');
  });

  it('shows no feedback buttons while the admin has not turned feedback on', async () => {
    const { world, panel } = await withFinding({});

    expect(within(panel).queryByRole('button', { name: /This finding is wrong/ })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'Tactful missed something' })).toBeNull();
    expect(within(panel).queryByLabelText('Note for the Tactful team (optional)')).toBeNull();
    expect(feedbackRecords(world)).toHaveLength(0);
  });

  it('says so when Zendesk refuses the record, and never thanks the agent for it', async () => {
    const { panel } = await withFinding({ tone_feedback: true });
    server.use(
      http.patch(`${zendeskApiPattern}/custom_objects/:key/records.json`, () =>
        HttpResponse.json({ error: 'Forbidden' }, { status: 403 }),
      ),
    );

    await userEvent.click(within(panel).getByRole('button', { name: 'Tactful missed something' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      /^Your feedback was not recorded\./,
    );
    expect(within(panel).queryByText('Thanks: your feedback was recorded.')).toBeNull();
  });

  it('speaks the agent’s language', async () => {
    const { client } = renderSidebar(() => ({
      settings: { tone_feedback: true },
      currentUser: { locale: 'es' },
    }));
    const panel = await findRegion('Revisión del tono');
    act(() => client.model.typeDraft(accusatory));
    expect(
      await within(panel).findByRole(
        'button',
        { name: 'A Tactful se le escapó algo' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(
      within(panel).getByRole('button', {
        name: "Este hallazgo es erróneo: «You haven't paid your bill.»",
      }),
    ).toBeVisible();
  });
});

describe('mock Zendesk: tone feedback records', () => {
  it('refuses a field requirements.json does not declare, as Zendesk would', async () => {
    renderSidebar();
    const url = `https://acme.zendesk.com/api/v2/custom_objects/${toneFeedbackObjectKey}/records.json`;
    const write = (fields: Record<string, unknown>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ custom_object_record: { name: 'x', custom_object_fields: fields } }),
      });
    expect((await write({ kind: 'missed', customer_id: '9001' })).status).toBe(422);
    expect((await write({ kind: 'maybe' })).status).toBe(422);
    expect((await write({ disputed_index: 'first' })).status).toBe(422);
    expect((await write({ recorded_at: 'yesterday' })).status).toBe(422);
    expect((await write({ kind: 'missed', locale: 'en' })).status).toBe(201);
    const undeclared = 'https://acme.zendesk.com/api/v2/custom_objects/tactful_other/records.json';
    expect((await fetch(undeclared)).status).toBe(404);
  });
});
