// One backend instance for the multi-instance run, in a process of its own: the start script's
// configuration from the environment (readStartConfig), HubSpot's burst window scaled down by
// TACTFUL_TEST_BURST_WINDOW_MS so the run stays short (110 calls per window, as in production),
// and only warnings and errors logged (to stderr), so thousands of requests do not fill a pipe.
import { readStartConfig } from '../../../apps/hubspot/server/config';
import { createJsonLogger } from '../../../apps/hubspot/server/logger';
import { createServer } from '../../../apps/hubspot/server/server';
import { closeOnSignals } from '../../../apps/hubspot/server/shutdown';

const config = readStartConfig(process.env);
if (!config.ok) {
  for (const problem of config.error) console.error(`instance: ${problem}`);
  process.exit(2);
}
const toStderr = createJsonLogger((line) => process.stderr.write(`${line}\n`));
const logger = { ...toStderr, info() {} };
const windowMs = Number(process.env.TACTFUL_TEST_BURST_WINDOW_MS ?? '10000');
const backend = await createServer({
  ...config.value.server,
  logger,
  burst: { limit: 110, windowMs },
});
closeOnSignals(backend, { logger, timeoutMs: 5000 });
const address = await backend.listen({ port: config.value.port, host: config.value.host });
process.stdout.write(`ready ${address}\n`);
