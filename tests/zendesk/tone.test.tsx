import { describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSidebar, requester, findRegion } from './render-sidebar';
import type { HookOutcome } from '../../mocks/zendesk/ticket-model';
import type { FakeZafClient } from '../../mocks/zendesk/zaf-client';

/** The agent pressing Submit: Zendesk runs the app's `ticket.save` hook and reports what it said. */
async function submit(client: FakeZafClient): Promise<HookOutcome | undefined> {
  let outcome: HookOutcome | undefined;
  await act(async () => {
    outcome = await client.model.runHook('ticket.save');
  });
  return outcome;
}

const accusatory = "<p>You haven't paid your bill.</p>";
const kinderOpening =
  "I see there's an outstanding balance on your account. Can you tell me what challenges you're facing with making this payment?";

/** The tone panel, once it has checked the draft. */
async function tonePanel() {
  return screen.findByRole('region', { name: 'Tone check' }, { timeout: 5000 });
}

describe('ticket sidebar: live tone check of the reply draft', () => {
  it('shows an accusatory draft as the agent types it, with the reason and a kinder wording', async () => {
    const { client } = renderSidebar();
    const panel = await tonePanel();
    expect(
      await within(panel).findByText('Start writing a reply: Tactful checks it as you type.'),
    ).toBeInTheDocument();

    act(() => client.model.typeDraft(accusatory));

    // The first findings render loads Garden's styles: allow for a busy machine.
    expect(
      await within(panel).findByText("You haven't paid your bill.", {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Review before sending')).toBeInTheDocument();
    expect(within(panel).getByText(/Blaming · Review/)).toBeInTheDocument();
    expect(within(panel).getByText(/This blames the customer/)).toBeInTheDocument();
    expect(within(panel).getByText(kinderOpening)).toBeInTheDocument();
    expect(within(panel).getByText(/^Tone score \d+ of 100$/)).toBeInTheDocument();
  });

  it('Apply rewrites that span in the agent’s draft through the SDK, keeping the HTML', async () => {
    const { client } = renderSidebar(() => ({
      comment: { text: `${accusatory}<p>Thank you, <em>Ana</em></p>` },
    }));
    const panel = await tonePanel();
    await userEvent.click(
      await within(panel).findByRole('button', {
        name: "Apply the suggestion for “You haven't paid your bill.”",
      }),
    );
    await waitFor(() =>
      expect(client.model.comment.text).toBe(
        `<p>${kinderOpening}</p><p>Thank you, <em>Ana</em></p>`,
      ),
    );
    expect(await within(panel).findByText('Kind and clear')).toBeInTheDocument();
  });

  it('Apply all rewrites every suggested span at once, tags and all', async () => {
    const { client } = renderSidebar(() => ({
      comment: {
        text: `${accusatory}<p>Your account is in <strong>arrears</strong> pursuant to the agreement.</p>`,
      },
    }));
    const panel = await tonePanel();
    await userEvent.click(
      await within(panel).findByRole('button', { name: 'Apply all suggestions' }),
    );
    await waitFor(() => expect(client.model.comment.text).toContain(kinderOpening));
    const text = client.model.comment.text;
    expect(text).toContain('behind on payments');
    expect(text).toContain('under the agreement');
    expect(text).not.toMatch(/arrears|pursuant/);
    expect(text.startsWith('<p>')).toBe(true);
    expect(text.match(/<strong>/g)?.length).toBe(text.match(/<\/strong>/g)?.length);
    expect(await within(panel).findByText('No problems found.')).toBeInTheDocument();
  });

  it('reads the draft from Zendesk once as it opens, for the blank answer and the first check', async () => {
    const { client } = renderSidebar(() => ({ comment: { text: accusatory } }));
    // Counted from before the app has registered: every read of the draft it makes.
    const answer = client.get.bind(client);
    let draftReads = 0;
    client.get = (paths) => {
      if ([paths].flat().includes('comment.text')) draftReads += 1;
      return answer(paths);
    };
    const panel = await tonePanel();
    expect(
      await within(panel).findByText('Review before sending', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(draftReads).toBe(1);
  });

  it('renders the customer’s words as text, never as HTML', async () => {
    const { client } = renderSidebar();
    const panel = await tonePanel();
    client.model.typeDraft('<p>You ignored our letters &lt;img src=x onerror=alert(1)&gt;</p>');
    // The finding spans the rest of the clause, tag and all: shown as the characters typed.
    expect(
      await within(panel).findByText('You ignored our letters <img src=x onerror=alert'),
    ).toBeInTheDocument();
    expect(panel.querySelector('img')).toBeNull();
  });
});

describe('ticket sidebar: the ticket.save hook', () => {
  const threat = '<p>Pay today or <b>we will sue you</b>.</p>';

  it('stops a public reply with a threat, naming the problem', async () => {
    const { client } = renderSidebar(() => ({ comment: { text: threat } }));
    const panel = await tonePanel();
    await within(panel).findByText('Do not send as written');

    const outcome = await submit(client);

    expect(outcome).toEqual({
      allowed: false,
      message: expect.stringMatching(
        /^Tactful stopped this reply: it contains threat \(“we will sue”\)/,
      ),
    });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The last submit was stopped: the reply contains threat (“we will sue”).',
    );
  });

  it('checks the draft being saved, even when typing has not paused yet', async () => {
    const { client } = renderSidebar();
    await tonePanel();
    await screen.findByText('Start writing a reply: Tactful checks it as you type.');
    client.model.comment.text = threat;
    const outcome = await submit(client);
    expect(outcome?.allowed).toBe(false);
  });

  it('never stops an internal note, but records what it found', async () => {
    const { client } = renderSidebar(() => ({ comment: { text: threat, type: 'internalNote' } }));
    const panel = await tonePanel();
    expect(
      await within(panel).findByText('Internal note: checked for the record, never stopped.'),
    ).toBeInTheDocument();

    expect(await submit(client)).toEqual({ allowed: true });
    expect(
      await within(panel).findByText(
        'Internal note submitted. It contains threat (“we will sue”), which would stop a public reply.',
      ),
    ).toBeInTheDocument();
  });

  it('lets the reply through in warn mode and says so in the sidebar', async () => {
    const { client } = renderSidebar(() => ({
      comment: { text: threat },
      settings: { tone_on_save: 'warn' },
    }));
    const panel = await tonePanel();
    expect(
      await within(panel).findByText(
        'Your admin set Tactful to warn only: red findings do not stop a reply.',
      ),
    ).toBeInTheDocument();

    expect(await submit(client)).toEqual({ allowed: true });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The reply was submitted with threat (“we will sue”)',
    );
  });

  it('lets a kind reply through', async () => {
    const { client } = renderSidebar(() => ({
      comment: {
        text: '<p>Thanks for getting back to us. Would a smaller monthly payment help?</p>',
      },
    }));
    await within(await tonePanel()).findByText('Kind and clear');
    expect(await submit(client)).toEqual({ allowed: true });
  });

  it('uses the admin’s blocking categories: blaming blocks when the admin ticks it', async () => {
    const { client } = renderSidebar(() => ({
      comment: { text: accusatory },
      settings: { tone_block_accusatory: true },
    }));
    await within(await tonePanel()).findByText('Do not send as written');
    const outcome = await submit(client);
    expect(outcome?.allowed).toBe(false);
  });

  it('flags the company’s own phrases', async () => {
    const { client } = renderSidebar(() => ({
      settings: { tone_flag_phrases: 'as per my last email' },
    }));
    const panel = await tonePanel();
    act(() =>
      client.model.typeDraft('<p>Hi Maria, as per my last email, here is your statement.</p>'),
    );
    // The phrase may also read as condescension to the tone check; the company's own finding is there.
    expect(
      await within(panel).findByText('Your company asked agents not to use this phrase.'),
    ).toBeInTheDocument();
    expect(within(panel).getAllByText('as per my last email').length).toBeGreaterThan(0);
  });
});

describe('tone check: an agent and a customer who speak different languages', () => {
  const spanishBlame = '<p>Hola Lucía, usted no ha pagado su factura.</p>';
  // Mid-sentence, the rewrite starts in lower case.
  const spanishRewrite =
    'veo que hay un saldo pendiente en su cuenta. ¿Podría contarme qué dificultades tiene para realizar este pago?';

  it('explains a finding in the agent’s language and labels the suggestion as the customer’s', async () => {
    const { client } = renderSidebar((world) => ({
      ticket: { requester: { ...requester(world, 9003), locale: 'es' } },
    }));
    const panel = await tonePanel();
    act(() => client.model.typeDraft(spanishBlame));
    expect(await within(panel).findByText(/Blaming · Review/)).toBeInTheDocument();
    // The Spanish rule's reason ("Esto culpa al cliente…") is not shown to an English agent.
    expect(
      within(panel).getByText('This blames the customer. State what happened without judging why.'),
    ).toBeInTheDocument();
    expect(within(panel).queryByText(/Esto culpa al cliente/)).not.toBeInTheDocument();
    // The suggestion is for the customer: in Spanish, and labelled so.
    const suggestion = within(panel).getByText(spanishRewrite);
    expect(suggestion.parentElement).toHaveTextContent(
      `Try instead (in Spanish, the customer's language): ${spanishRewrite}`,
    );
  });

  it('shows the rule’s own reason, unlabelled, to an agent who shares the customer’s language', async () => {
    const { client } = renderSidebar((world) => ({
      currentUser: { locale: 'es' },
      ticket: { requester: { ...requester(world, 9003), locale: 'es' } },
    }));
    const panel = await findRegion('Revisión del tono');
    act(() => client.model.typeDraft(spanishBlame));
    expect(
      await within(panel).findByText(
        'Esto culpa al cliente. Describa el saldo y pregunte qué le impide pagar.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText(spanishRewrite).parentElement).toHaveTextContent(
      `Prueba con: ${spanishRewrite}`,
    );
  });
});
