// One panel failing never blanks the sidebar: when the ZAF SDK throws inside the tone panel (a broken
// `client.on`), that panel says it stopped working and offers Retry; the customer panel and the rest
// of the sidebar keep working.
import { describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createZendeskHandlers, createZendeskWorld } from '../../mocks/zendesk';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { server } from '../../mocks/node';
import { renderApp } from './render-sidebar';

describe('ticket sidebar: a crashing panel', () => {
  it('shows that panel’s error with Retry while the others keep working', async () => {
    server.use(...createZendeskHandlers(createZendeskWorld()));
    const client = createFakeZafClient();
    const on = client.on.bind(client);
    let broken = true;
    client.on = (event, handler) => {
      // The draft events only the tone panel listens to: the SDK throws while it subscribes.
      if (broken && event.startsWith('comment.')) throw new TypeError('ZAF SDK: listener failed');
      on(event, handler);
    };
    // React logs the caught error; the boundary logs a line without customer data.
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp(client);
    expect(await screen.findByRole('heading', { name: 'Maria Gonzalez' })).toBeInTheDocument();
    const crashed = await screen.findByText(/stopped working/i);
    expect(screen.getByText('$1,250.00')).toBeInTheDocument();
    // The later panels wait for the tone panel's first check (issue 16); its crash ends the wait.
    expect(await screen.findByRole('region', { name: 'Contact history' })).toBeInTheDocument();

    broken = false;
    const panel = crashed.closest('[role="alert"], section, div') ?? document.body;
    await userEvent.click(within(panel as HTMLElement).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Tactful checks it as you type/)).toBeInTheDocument();
    expect(screen.queryByText(/stopped working/i)).toBeNull();
    logged.mockRestore();
  });
});
