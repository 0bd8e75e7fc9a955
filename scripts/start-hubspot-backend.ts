// `npm run start:hubspot-backend`: the HubSpot backend for real, configured from the environment
// (HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, TACTFUL_ENCRYPTION_KEY, DATABASE_URL, TACTFUL_PUBLIC_URL,
// PORT, HOST and the rest listed in docs/DEPLOY.md). SIGTERM drains it (apps/hubspot/server/shutdown.ts).
import { readStartConfig } from '../apps/hubspot/server/config';
import { createJsonLogger } from '../apps/hubspot/server/logger';
import { createServer } from '../apps/hubspot/server/server';
import { closeOnSignals } from '../apps/hubspot/server/shutdown';

const config = readStartConfig(process.env);
if (!config.ok) {
  for (const problem of config.error) console.error(`start:hubspot-backend: ${problem}`);
  process.exit(1);
}
const logger = createJsonLogger();
const backend = await createServer({ ...config.value.server, logger });
closeOnSignals(backend, { logger, timeoutMs: config.value.shutdownTimeoutMs });
await backend.listen({ port: config.value.port, host: config.value.host });
