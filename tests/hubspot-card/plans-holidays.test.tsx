// The card's plans on real calendars without the holiday library: the backend sends the public
// holidays of the portal's policy.holidays with its settings, and the card closes those dates and
// the closure days, exactly as shared/calendar/holidays' closedDays would.
import { describe, expect, it } from '@jest/globals';
import { Input, Text } from '@hubspot/ui-extensions';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { server } from '../../mocks/node';
import { backendPaths, type PortalHolidays } from '../../apps/hubspot/contract';
import { holidayDatesBetween } from '../../shared/calendar/holidays';
import { defaultSettings } from '../../shared/settings';
import { engagementsHandler, testBackendUrl, patiently } from './factories';
import { englishContact, plansOnly, renderPanels } from './render-panels';

// Thanksgiving, 26 November 2026, follows the test clock's 25 November, closed by the company.
const policy = { ...defaultSettings.policy, holidays: 'US', closureDays: ['2026-11-25'] };

function usHolidays(): PortalHolidays {
  const dates = holidayDatesBetween('US', 2025, 2037);
  if (!dates.ok) throw new Error(dates.error.code);
  return { holidays: 'US', fromYear: 2025, toYear: 2037, dates: dates.value };
}

function serve(reply: JsonBodyType) {
  server.use(
    http.get(`${testBackendUrl}${backendPaths.settings}`, () => HttpResponse.json(reply)),
    engagementsHandler(),
  );
}

async function payInFull() {
  const renderer = renderPanels(plansOnly, englishContact);
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Input, 'plan-amount')).toBeTruthy(),
    patiently,
  );
  renderer.findByTestId(Input, 'plan-amount').props.onInput?.('1250');
  await renderer.waitFor(
    () => expect(renderer.findByTestId(Text, 'plans-summary').text).toMatch(/^One payment/),
    patiently,
  );
  return renderer;
}

const notes = (renderer: Awaited<ReturnType<typeof payInFull>>) =>
  renderer
    .findAll(Text)
    .filter((text) => text.props.testId === 'plans-note')
    .map((note) => note.text);

describe('HubSpot card: plans skip the holidays the backend sends', () => {
  it('moves a payment past a closure day and a public holiday', async () => {
    serve({ settings: { ...defaultSettings, policy }, holidays: usHolidays() });
    const renderer = await payInFull();
    expect(renderer.findByTestId(Text, 'plans-summary').text).toBe(
      'One payment of $1,250.00 on November 27, 2026.',
    );
    expect(notes(renderer)).toEqual([]);
  });

  it('says so when the backend does not know the holidays setting, and moves only weekends', async () => {
    serve({
      settings: { ...defaultSettings, policy: { ...policy, holidays: 'US-ZZ' } },
      holidays: { holidays: 'US-ZZ', unknown: true },
    });
    const renderer = await payInFull();
    expect(renderer.findByTestId(Text, 'plans-summary').text).toBe(
      'One payment of $1,250.00 on November 25, 2026.',
    );
    expect(notes(renderer)).toEqual([
      'The holidays setting "US-ZZ" is not a country or region Tactful knows, so public holidays do not move payment dates.',
    ]);
  });

  it('keeps the closure days when the backend sends no holidays, and says so', async () => {
    serve({ settings: { ...defaultSettings, policy } });
    const renderer = await payInFull();
    expect(renderer.findByTestId(Text, 'plans-summary').text).toBe(
      'One payment of $1,250.00 on November 26, 2026.',
    );
    expect(notes(renderer)).toEqual([
      'The public holidays of "US" could not be loaded, so only closure days and weekends move payment dates.',
    ]);
  });
});
