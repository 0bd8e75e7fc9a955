import { describe, expect, it } from '@jest/globals';
import { err, ok, type Result } from '../ports';
import { heldReplies } from '../testing/controller-ports';
import { createPlansController } from './plans-controller';

/** A read whose replies the test hands out by hand. */
const manualRead = () => heldReplies<[], Result<string, string>>();

describe('createPlansController', () => {
  it('shows a failed re-read after accepting as failed, keeping the plans last read, and Retry reads again', async () => {
    const { call: read, calls } = manualRead();
    const plans = createPlansController(read, { status: 'ready', value: 'plan A' });
    plans.refresh();
    expect(plans.getSnapshot().current).toEqual({ status: 'ready', value: 'plan A' });
    await calls[0]?.answer(err('offline'));
    expect(plans.getSnapshot()).toMatchObject({
      current: { status: 'failed', error: 'offline' },
      shown: 'plan A',
    });
    plans.reload();
    expect(plans.getSnapshot().current).toEqual({ status: 'loading' });
    await calls[1]?.answer(ok('plan B'));
    expect(plans.getSnapshot()).toMatchObject({
      current: { status: 'ready', value: 'plan B' },
      shown: 'plan B',
    });
  });

  it('drops a reply that comes after the panel has gone', async () => {
    const { call: read, calls } = manualRead();
    const plans = createPlansController(read);
    plans.reload();
    plans.dispose();
    await calls[0]?.answer(ok('late'));
    expect(plans.getSnapshot()).toMatchObject({ current: { status: 'loading' }, shown: undefined });
  });

  it('says how handing the summary over ended, until the options change', async () => {
    const plans = createPlansController<string, string>(() => Promise.resolve(ok('plan')));
    await plans.handOver(() => Promise.resolve(false));
    expect(plans.getSnapshot().handOver).toBe('failed');
    await plans.handOver(() => Promise.resolve(true));
    expect(plans.getSnapshot().handOver).toBe('done');
    plans.clearHandOver();
    expect(plans.getSnapshot().handOver).toBe('idle');
  });
});
