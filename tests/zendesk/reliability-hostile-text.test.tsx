// Customer-controlled text (names, emails, ticket subjects, comments, the draft) is shown as text in
// the Zendesk sidebar: markup in it never becomes elements, and the characters are shown as typed.
import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { requesterFrom } from '../../mocks/zendesk/ticket-model';
import { agentBrowserInNewYork, renderSidebar, findRegion } from './render-sidebar';

const hostileName = '<img src=x onerror=alert(1)>Maria \u202Eeman\u202C Gonzalez';
const hostileEmail = '"><script>alert(1)</script>@example.com';
const hostileSubject = '<script>alert("subject")</script> Invoice \u200Bquestion';
const hostileComment =
  'Pay here: <a href="javascript:alert(1)">link</a> <b onmouseover=alert(1)>bold</b> \u200F\uFEFF';
const hostileDraft = '<img src=x onerror=alert(2)> Hi <script>alert(3)</script>';

/** Elements or attributes that would mean customer text was rendered as markup. */
function markupFromCustomerText(root: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed'].includes(tag)) found.push(`<${tag}>`);
    if (tag === 'img' && element.getAttribute('src') === 'x') found.push('<img src=x>');
    if (tag === 'b' && element.textContent === 'bold') found.push('<b> from a comment');
    for (const attribute of element.getAttributeNames()) {
      if (attribute.startsWith('on')) found.push(`${tag}[${attribute}]`);
    }
    const href = element.getAttribute('href') ?? '';
    if (/^\s*javascript:/i.test(href)) found.push(`${tag}[href=${href}]`);
  }
  return found;
}

agentBrowserInNewYork();

describe('ticket sidebar: hostile customer text', () => {
  it('shows names, emails, subjects, replies and the draft literally, never as markup', async () => {
    renderSidebar((world) => {
      const user = world.users.get(9001);
      if (!user) throw new Error('no seed customer 9001');
      user.name = hostileName;
      user.email = hostileEmail;
      for (const ticket of world.tickets.values()) {
        if (ticket.requester_id === 9001) ticket.subject = hostileSubject;
      }
      for (const comment of world.comments) {
        comment.body = hostileComment;
        comment.plain_body = hostileComment;
      }
      return {
        ticket: { requester: requesterFrom(user) },
        comment: { text: hostileDraft },
      };
    });
    expect(await screen.findByRole('heading', { name: hostileName })).toBeInTheDocument();
    expect(screen.getAllByText(hostileEmail).length).toBeGreaterThan(0);
    const history = await findRegion('Contact history');
    expect(
      (await within(history).findAllByText(hostileSubject, { exact: false }, { timeout: 5000 }))
        .length,
    ).toBeGreaterThan(0);
    await userEvent
      .setup()
      .click(within(history).getByRole('button', { name: 'Show replies (#1)' }));
    expect(
      (await within(history).findAllByText(/Pay here: <a href="javascript:alert\(1\)">/)).length,
    ).toBeGreaterThan(0);
    expect(markupFromCustomerText(document.body)).toEqual([]);
  });
});
