import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderSidebar } from './render-sidebar';

// Broken on purpose: a contact window wider than the law allows and an unmapped balance field.
const brokenSettings = { contact_hours_start: '07:00', field_balance: '' };

beforeEach(() => window.localStorage.clear());

describe('ticket sidebar: settings validated on load', () => {
  it('shows an admin every problem by name, and that safe defaults are in use', async () => {
    renderSidebar(() => ({ currentUser: { role: 'admin' }, settings: brokenSettings }));
    const section = await screen.findByRole('region', { name: 'Settings need attention' });
    const alert = within(section).getByRole('alert');
    expect(alert).toHaveTextContent(/Contact hours/i);
    expect(alert).toHaveTextContent(/08:00/);
    expect(alert).toHaveTextContent(
      'Until they are fixed, Tactful checks replies with its safe default settings.',
    );
  });

  it('names an unmapped balance field when the rest is valid', async () => {
    renderSidebar(() => ({
      currentUser: { role: 'admin' },
      settings: { field_balance: '', outreach_company_name: 'Acme Lending' },
    }));
    const section = await screen.findByRole('region', { name: 'Settings need attention' });
    expect(within(section).getByRole('alert')).toHaveTextContent(/balance/i);
    const checklist = within(section).getByRole('region', { name: 'Getting started' });
    expect(
      within(checklist).getByText('Balance, currency and due-date fields mapped').parentElement,
    ).toHaveTextContent('To do');
    expect(within(checklist).getByText('Payment-plan policy set').parentElement).toHaveTextContent(
      'Done',
    );
  });

  it('asks an admin of a fresh installation for the company name the templates sign with', async () => {
    renderSidebar(() => ({ currentUser: { role: 'admin' } }));
    const section = await screen.findByRole('region', { name: 'Settings need attention' });
    expect(section).toHaveTextContent(
      'Company name is not set, so templates that sign with it cannot be filled in.',
    );
  });

  it('gives an agent a short notice instead of the details', async () => {
    renderSidebar(() => ({ currentUser: { role: 'agent' }, settings: brokenSettings }));
    expect(
      await screen.findByText(
        "Tactful's settings need an admin's attention. Checks still run with safe defaults.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Settings need attention' })).toBeNull();
    expect(screen.queryByText(/08:00/)).toBeNull();
  });

  it('says nothing to an agent when the settings are fine', async () => {
    renderSidebar(() => ({ currentUser: { role: 'agent' } }));
    await screen.findByRole('region', { name: 'Tone check' });
    expect(screen.queryByText(/need an admin's attention/)).toBeNull();
  });

  it('walks an admin through the first-run checklist to a checked test draft', async () => {
    const { client } = renderSidebar(() => ({ currentUser: { role: 'admin' } }));
    const checklist = await screen.findByRole('region', { name: 'Getting started' });
    expect(within(checklist).getByText('A test draft checked').parentElement).toHaveTextContent(
      'To do',
    );

    await userEvent.click(within(checklist).getByRole('button', { name: 'Check a test draft' }));

    // The sample lands in the reply box, the tone check flags it, and the checklist is done.
    await waitFor(() => expect(client.model.comment.text).toMatch(/take you to court/));
    const tone = screen.getByRole('region', { name: 'Tone check' });
    expect(await within(tone).findByText('Do not send as written')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Getting started' })).toBeNull(),
    );
  });

  it('speaks Spanish to a Spanish-speaking admin', async () => {
    renderSidebar(() => ({
      currentUser: { role: 'admin', locale: 'es' },
      settings: brokenSettings,
    }));
    expect(
      await screen.findByRole('region', { name: 'La configuración necesita atención' }),
    ).toBeInTheDocument();
  });
});
