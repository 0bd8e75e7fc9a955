/**
 * The signals section's controller where the comments are read page by page (the Zendesk sidebar):
 * the comment thread (./comment-thread), and its two side reads on each read of it: the flags its
 * words suggest, recorded in the customer's flag log (which answers the ones they have already),
 * and the account a promise is priced and recorded in, read only once the words hold a promise.
 * A side read for a read since replaced (an older page, a Retry) is dropped. Framework-free: the
 * host injects its reads and subscribes to the snapshot.
 */
import type { FlagKind } from '../history/flag-kinds';
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import {
  createCommentThread,
  type ThreadPorts,
  type ThreadRead,
  type ThreadSnapshot,
  type ThreadSoFar,
} from './comment-thread';
import { needsPromiseAccount } from './promise-offer';

/** The thread, the flags the customer has already of those suggested, and the promise account. */
export interface SectionSnapshot<T, E, A> extends ThreadSnapshot<T, E> {
  /** Suggested flags the customer already has (none until the flag log answers). */
  readonly alreadySet: ReadonlySet<FlagKind>;
  /** Undefined until the words hold a promise and the account has been read. */
  readonly account: A | undefined;
}

/** How the host reads the thread, records a read's suggested flags, and reads the account. */
export interface SectionPorts<T extends ThreadSoFar<C>, C, E, A> extends ThreadPorts<T, C, E> {
  /**
   * Records the flags `read`'s words suggest, answering those already set; undefined when there was
   * nothing to record. Best effort: a failure leaves the flags as they were (the next read records
   * them again).
   */
  record(read: ThreadRead<T>): Promise<Result<ReadonlySet<FlagKind>, unknown> | undefined>;
  /** The account for a promise to pay; a failure (or none) leaves the promise without its form. */
  account(): Promise<Result<A | undefined, unknown>>;
}

/** What the section can do, beside its snapshot. */
export interface SignalsSection<T, E, A> extends Readable<SectionSnapshot<T, E, A>> {
  /** Reads the newest page (on open, and Retry). */
  reload(): void;
  loadOlder(): Promise<void>;
  /** The section closed: replies still on their way are dropped. */
  dispose(): void;
}

const none: ReadonlySet<FlagKind> = new Set();

export function createSignalsSection<T extends ThreadSoFar<C>, C, E, A>(
  ports: SectionPorts<T, C, E, A>,
): SignalsSection<T, E, A> {
  const thread = createCommentThread<T, C, E>(ports);
  const store = createStore<SectionSnapshot<T, E, A>>({
    ...thread.getSnapshot(),
    alreadySet: none,
    account: undefined,
  });
  let heard: ThreadRead<T> | undefined;
  // The account is read once while the words need it, and forgotten when they no longer do.
  let accountRead: Promise<unknown> | undefined;

  const side = (read: ThreadRead<T>) => {
    void ports.record(read).then((recorded) => {
      if (heard === read && recorded?.ok === true) store.set({ alreadySet: recorded.value });
    });
    if (!needsPromiseAccount(read.view.items)) {
      accountRead = undefined;
      return store.set({ account: undefined });
    }
    if (accountRead !== undefined) return;
    const reading = ports.account();
    accountRead = reading;
    void reading.then((account) => {
      if (accountRead === reading && account.ok) store.set({ account: account.value });
    });
  };

  thread.subscribe(() => {
    const snapshot = thread.getSnapshot();
    const read = snapshot.state.status === 'ready' ? snapshot.state.value : undefined;
    if (read === undefined) accountRead = undefined;
    store.set({ ...snapshot, ...(read === undefined ? { account: undefined } : {}) });
    if (read === heard) return;
    heard = read;
    if (read !== undefined) side(read);
  });

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    reload: () => void thread.load(),
    loadOlder: thread.loadOlder,
    dispose() {
      heard = undefined;
      accountRead = undefined;
      thread.stop();
    },
  };
}
