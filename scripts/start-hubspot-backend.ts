// `npm run start:hubspot-backend`: the HubSpot backend for real, configured from the environment
// (HUBSPOT_CLIENT_ID, HUBSPOT_CLIENT_SECRET, TACTFUL_ENCRYPTION_KEY, DATABASE_URL, TACTFUL_PUBLIC_URL, PORT, HOST).
import { readStartConfig } from '../apps/hubspot/server/config';
import { createServer } from '../apps/hubspot/server/server';

const config = readStartConfig(process.env);
if (!config.ok) {
  for (const problem of config.error) console.error(`start:hubspot-backend: ${problem}`);
  process.exit(1);
}
const backend = await createServer(config.value.server);
await backend.listen({ port: config.value.port, host: config.value.host });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void backend.close().then(() => process.exit(0));
  });
}
