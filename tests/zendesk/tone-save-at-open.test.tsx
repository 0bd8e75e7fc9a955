// The tone check's ticket.save hook from the moment the sidebar opens (issue 16): the tone panel's
// code runs after the first paint (later still on a blank draft), and a hook that came with it let a
// save made before then through unchecked. The panel's chunk runs once per page, as in the agent's
// browser, so the first test here opens a sidebar whose tone code has not run yet: keep it first.
import { describe, expect, it } from '@jest/globals';
import { act, screen, within } from '@testing-library/react';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import type { HookOutcome } from '../../mocks/zendesk/ticket-model';
import { createFakeZafClient, type FakeZafClient } from '../../mocks/zendesk/zaf-client';
import { server } from '../../mocks/node';
import { renderApp } from './render-sidebar';

/** The agent pressing Submit: Zendesk runs the app's `ticket.save` hook and reports what it said. */
async function submit(client: FakeZafClient): Promise<HookOutcome | undefined> {
  let outcome: HookOutcome | undefined;
  await act(async () => {
    outcome = await client.model.runHook('ticket.save');
  });
  return outcome;
}

/**
 * The sidebar on a ticket whose draft is `text`, where Zendesk is slow to answer the reads of the
 * draft made as the sidebar opens (the tone panel's): they wait until `release`. Reads made after
 * `answerNewReads` (the save hook's) answer at once.
 */
function renderWithSlowOpeningDraftReads(
  text: string,
  settings: Record<string, string | boolean> = {},
): { client: FakeZafClient; answerNewReads: () => void; release: () => void } {
  const world = createZendeskWorld();
  server.use(...createZendeskHandlers(world));
  const client = createFakeZafClient({ comment: { text }, settings });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const answer = client.get.bind(client);
  let holding = true;
  client.get = async (paths) => {
    if (holding && [paths].flat().includes('comment.text')) await held;
    return answer(paths);
  };
  renderApp(client);
  return { client, answerNewReads: () => void (holding = false), release };
}

const threat = '<p>Pay today or <b>we will sue you</b>.</p>';

/** The tone panel's region, there before its code has run. */
const tonePanel = () => screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });

describe('ticket sidebar: a save as the sidebar opens', () => {
  it('stops a save made as the sidebar opens, before the tone panel has checked anything', async () => {
    // Zendesk answers the panel's reads of the draft late: the panel has its place and no
    // check yet when the agent presses Submit.
    const { client, answerNewReads, release } = renderWithSlowOpeningDraftReads(threat);
    await tonePanel();

    answerNewReads();
    const outcome = await submit(client);

    expect(outcome).toEqual({
      allowed: false,
      message: expect.stringMatching(
        /^Tactful stopped this reply: it contains threat \(“we will sue”\)/,
      ),
    });
    release();
    // The panel, once it has run, says what happened to that save.
    expect(
      await within(await tonePanel()).findByRole('alert', {}, { timeout: 5000 }),
    ).toHaveTextContent('The last submit was stopped: the reply contains threat (“we will sue”).');
  });

  it('lets a save made as the sidebar opens through in warn mode, and says so', async () => {
    const { client, answerNewReads, release } = renderWithSlowOpeningDraftReads(threat, {
      tone_on_save: 'warn',
    });
    await tonePanel();
    answerNewReads();

    expect(await submit(client)).toEqual({ allowed: true });
    release();
    expect(
      await within(await tonePanel()).findByRole('alert', {}, { timeout: 5000 }),
    ).toHaveTextContent('The reply was submitted with threat (“we will sue”)');
  });
});
