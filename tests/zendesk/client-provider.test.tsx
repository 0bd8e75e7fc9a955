import { describe, expect, it, jest } from '@jest/globals';
import { render, renderHook, screen } from '@testing-library/react';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import userEvent from '@testing-library/user-event';
import { createFakeZafClient } from '../../mocks/zendesk/zaf-client';
import { App } from '../../apps/zendesk/ui/App';
import { ClientProvider, useClient, useHost } from '../../apps/zendesk/ui/ClientProvider';
import { I18nProvider } from '../../apps/zendesk/ui/i18n';
import { PanelBoundary } from '../../apps/zendesk/ui/PanelBoundary';

function AgentLocale() {
  const host = useHost();
  return <p>agent locale {host.agentLocale}</p>;
}

describe('ClientProvider', () => {
  it('creates the client once and renders children only after registration', async () => {
    const client = createFakeZafClient({ currentUser: { locale: 'es-419' } });
    const createClient = jest.fn(() => client);
    const { rerender } = render(
      <ClientProvider createClient={createClient} fallback={<p>waiting</p>}>
        <AgentLocale />
      </ClientProvider>,
    );
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(await screen.findByText('agent locale es-419')).toBeInTheDocument();
    rerender(
      <ClientProvider createClient={createClient} fallback={<p>waiting</p>}>
        <AgentLocale />
      </ClientProvider>,
    );
    expect(createClient).toHaveBeenCalledTimes(1);
  });

  it('says how to open the app when the page was not opened by Zendesk', async () => {
    render(
      <ClientProvider createClient={() => false}>
        <AgentLocale />
      </ClientProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Open Tactful from a Zendesk ticket',
    );
  });

  it('says it in the browser’s language: there is no agent locale before Zendesk answers', async () => {
    const language = jest.spyOn(navigator, 'language', 'get').mockReturnValue('es-ES');
    render(<ClientProvider createClient={() => false}>{null}</ClientProvider>);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Abra Tactful desde un ticket de Zendesk',
    );
    language.mockRestore();
  });

  it('with the real SDK outside Zendesk (no origin/app_guid in the URL), says how to open it', async () => {
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Open Tactful from a Zendesk ticket',
    );
  });

  it('useClient throws outside the provider', () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useClient())).toThrow('inside <ClientProvider>');
  });

  it('tells the agent when the location is not one Tactful serves', async () => {
    // A real ZAF location (the organization page's sidebar) that Tactful has no panel for.
    render(<App createClient={() => createFakeZafClient({ location: 'organization_sidebar' })} />);
    expect(
      await screen.findByText(/does not support the organization_sidebar location/),
    ).toBeInTheDocument();
  });
});

describe('PanelBoundary', () => {
  let broken = true;
  function Flaky() {
    if (broken) throw new Error('render bug');
    return <p>panel works</p>;
  }

  it('keeps a crashing panel contained and remounts it on Retry', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ThemeProvider>
        <I18nProvider locale="en">
          <PanelBoundary>
            <Flaky />
          </PanelBoundary>
        </I18nProvider>
      </ThemeProvider>,
    );
    expect(await screen.findByText('This panel stopped working.')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('panel works')).toBeInTheDocument();
  });
});
