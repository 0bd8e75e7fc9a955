/**
 * What the outcomes routes' tests share (tone events, guard events, the outcomes page): a backend
 * installed afresh for each test as app 4242 (so the uninstall webhook reaches it), the backend's
 * today, the tone days it stores for the harness portal, and the code of a refusal.
 */
import { apiErrorReplySchema } from '../../apps/hubspot/contract';
import { todayIn, type PlainDate } from '../../shared/calendar/calendar';
import { installedHarnessEachTest, type Harness } from './harness';

/** Installs a fresh backend before each test, given to `use`; reads about the current one. */
export function outcomesHarnessEachTest(use: (harness: Harness) => void) {
  let current: Harness | undefined;
  installedHarnessEachTest(
    (harness) => {
      current = harness;
      use(harness);
    },
    { appId: '4242' },
  );
  const harness = (): Harness => {
    if (current === undefined) throw new Error('No harness outside a test');
    return current;
  };
  return {
    /** The backend's calendar date in UTC, by its (movable) clock. */
    today: (): PlainDate => todayIn(new Date(harness().now()), 'UTC'),
    /** Every tone day stored for the harness portal. */
    days: () =>
      harness().backend.store.listToneDays(harness().world.portalId, '2000-01-01', '2100-01-01'),
  };
}

/** The `error.code` of a refusal's body. */
export const errorCode = (body: unknown) => apiErrorReplySchema.parse(body).error.code;
