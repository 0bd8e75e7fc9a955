// One msw server for every jest project: unhandled requests fail the test, per-test overrides reset.
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { server } from '../../mocks/node';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
