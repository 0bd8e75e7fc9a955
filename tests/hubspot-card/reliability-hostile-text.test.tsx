// Customer-controlled text (contact names, email, flag reasons, engagement notes) reaches the HubSpot
// card as text props: shown literally, never turned into links or markup.
import { describe, expect, it } from '@jest/globals';
import { Heading, Link, Text } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths } from '../../apps/hubspot/contract';
import { defaultSettings } from '../../shared/settings';
import { Card } from '../../apps/hubspot/card/ui/Card';
import { flagProperty } from '../../apps/hubspot/contract/properties';
import {
  collectionsHandler,
  collectionsReply,
  contactProperties,
  contactUrl,
  createTestServices,
  testBackendUrl,
  patiently,
} from './factories';

const firstName = '<img src=x onerror=alert(1)>Maria';
const lastName = 'Lopez\u202Etxt.exe\u200B';
const email = '"><script>alert(1)</script>@example.com';
const reason = '<a href="javascript:alert(1)">says paid</a>';
const excerpt = 'Customer wrote: <script>alert("note")</script> \u200F<b>pay</b>';

/** Every text the card shows in Text and Heading components, one per line. */
function shownText(renderer: ReturnType<typeof createRenderer>): string {
  return [...renderer.findAll(Heading), ...renderer.findAll(Text)]
    .map((node) => node.text ?? '')
    .join('\n');
}

describe('HubSpot card: hostile customer text', () => {
  it('shows names, email, flag reasons and notes literally, with no javascript: links', async () => {
    server.use(
      http.get(contactUrl(backendPaths.engagements), () =>
        HttpResponse.json({
          engagements: [
            {
              id: '7',
              type: 'notes',
              occurredAt: '2026-11-24T16:00:00.000Z',
              excerpt,
            },
          ],
        }),
      ),
      http.get(`${testBackendUrl}${backendPaths.settings}`, () =>
        HttpResponse.json({ settings: { ...defaultSettings } }),
      ),
      collectionsHandler(
        collectionsReply({
          invoices: [
            {
              id: '1',
              number: '<script>alert("inv")</script>',
              status: 'open',
              balanceDue: { amount: '100.00', currency: 'USD' },
            },
          ],
        }),
      ),
    );
    const renderer = createRenderer('crm.record.tab');
    renderer.render(
      <Card
        services={createTestServices({
          properties: contactProperties({
            firstname: firstName,
            lastname: lastName,
            email,
            [flagProperty('dispute', 'since')]: '2026-11-01',
            [flagProperty('dispute', 'reason')]: reason,
          }),
        })}
      />,
    );
    await renderer.waitFor(
      () =>
        expect(renderer.findByTestId(Heading, 'customer-name').text).toBe(
          `${firstName} ${lastName}`,
        ),
      patiently,
    );
    await renderer.waitFor(() => expect(shownText(renderer)).toContain(reason), patiently);
    await renderer.waitFor(() => expect(shownText(renderer)).toContain(excerpt), patiently);
    const text = shownText(renderer);
    expect(text).toContain(email);
    for (const link of renderer.findAll(Link)) {
      expect(String(link.props.href ?? '')).not.toMatch(/^\s*javascript:/i);
    }
  });
});
