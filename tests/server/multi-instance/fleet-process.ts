// The mock HubSpot fleet in a process of its own, so the clock that stamps arrivals is not held up
// by the load generator and proxy. Options come as one JSON argument; it prints `ready <url>`, and
// on each `ledger` line on stdin prints `ledger {…}`: arrivals, refreshes, faults, and how many
// notes and tasks carry each write marker, per portal.
import { createInterface } from 'node:readline';
import { startMockHubSpotFleet, type FleetOptions } from '../../../mocks/hubspot/fleet';
import { fleetOptionsSchema } from './fleet-ledger';

const options: FleetOptions = fleetOptionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const fleet = await startMockHubSpotFleet(options);
const markerPattern = /tactful-ref-[0-9a-f]{20}/g;

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'ledger') return;
  const markers: Record<string, number> = {};
  for (const world of fleet.worlds.values()) {
    for (const [type, property] of [
      ['notes', 'hs_note_body'],
      ['tasks', 'hs_task_body'],
    ] as const) {
      for (const record of world.objects[type].values()) {
        for (const marker of (record.properties[property] ?? '').match(markerPattern) ?? [])
          markers[marker] = (markers[marker] ?? 0) + 1;
      }
    }
  }
  const ledger = {
    calls: Object.fromEntries(fleet.ledger.calls),
    refreshes: Object.fromEntries(fleet.ledger.refreshes),
    faults: fleet.ledger.faults,
    markers,
  };
  process.stdout.write(`ledger ${JSON.stringify(ledger)}\n`);
});
process.once('SIGTERM', () => {
  void fleet.close().then(() => process.exit(0));
});
process.stdout.write(`ready ${fleet.url}\n`);
