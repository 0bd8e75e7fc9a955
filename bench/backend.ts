// Load test of the HubSpot backend's history endpoint on loopback: 20 concurrent clients send signed
// requests (as hubspot.fetch does) through real sockets to the backend, which calls a mock HubSpot API
// over real sockets too. Bounded: a fixed number of requests or 20 s, whichever comes first.
import { silentLogger } from '../apps/hubspot/server/logger';
import { startHubSpotPlayground } from '../mocks/hubspot/playground';

const clients = 20;
const totalRequests = 2000;
const maxDurationMs = 20_000;

/** p-th percentile (0–100) of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

/** Runs the load test and returns requests/s and latency percentiles (ms). */
export async function benchBackend(): Promise<Record<string, number>> {
  // HubSpot's own burst limit (110 calls / 10 s per portal) is lifted: this measures our backend.
  const playground = await startHubSpotPlayground({
    logger: silentLogger,
    server: { burst: { limit: 1_000_000, windowMs: 10_000 } },
  });
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + maxDurationMs;
  try {
    // Warm up once (JIT, SQLite statements, connection pools).
    await (
      await playground.hubspotFetch(playground.cardPath('/api/contacts/502/engagements?limit=50'))
    ).arrayBuffer();
    await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        while (sent < totalRequests && performance.now() < deadline) {
          sent += 1;
          const begin = performance.now();
          const response = await playground.hubspotFetch(
            playground.cardPath('/api/contacts/502/engagements?limit=50', 5000 + client),
          );
          await response.arrayBuffer();
          latencies.push(performance.now() - begin);
          if (response.status !== 200) failures += 1;
        }
      }),
    );
  } finally {
    await playground.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const figures = {
    'history requests': latencies.length,
    'history failures': failures,
    'history requests/s': Math.round((latencies.length / seconds) * 10) / 10,
    'history p50 ms': Math.round(percentile(sorted, 50) * 10) / 10,
    'history p99 ms': Math.round(percentile(sorted, 99) * 10) / 10,
    'HubSpot calls per history page': 10,
  };
  return figures;
}

// Run directly: `npx tsx bench/backend.ts`.
if (process.argv[1]?.endsWith('backend.ts')) {
  const figures = await benchBackend();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(34)} ${value}`);
}
