/**
 * The flag form's controller, the same on every host: the form as the agent fills it (./flag-form),
 * a press of Set or Clear or another panel's request turned into a change, and where saving it
 * stands. Framework-free: the host injects the write and subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import { blankFlagForm, flagFormStep, raiserOf, type FlagChange, type FlagForm } from './flag-form';
import { flagPress, flagRequestStep } from './flag-form-view';
import type { FlagKind, FlagRaiser } from './flag-kinds';

/** Where saving a flag change stands; `on`: the saved change set the flag (else cleared it). */
export type FlagSave<E> =
  | { readonly status: 'idle' | 'saving' }
  | { readonly status: 'saved'; readonly on: boolean }
  | { readonly status: 'failed'; readonly error: E };

/** The form and its save. */
export interface FlagEditorSnapshot<E> {
  readonly form: FlagForm;
  readonly save: FlagSave<E>;
}

/** Another panel's request (a signal's Set flag): set now, or fill the form to review. */
export interface FlagEditRequest {
  readonly flag: FlagKind;
  readonly reason: string;
  readonly setNow?: boolean | undefined;
  /**
   * The message the words came from (`zendesk-comment:<id>`, `hubspot-email:<id>`), kept with the
   * flag (its log line, its note) and, on HubSpot, making a repeated set of it one write.
   */
  readonly source?: string | undefined;
}

/** Whether the customer has a flag now. */
export type IsOn = (kind: FlagKind) => boolean;

/** Where a change came from: the request it answers, or the form (with who the agent says raised it). */
export interface FlagOrigin<R> {
  readonly request?: R;
  readonly raisedBy?: FlagRaiser;
}

/** How the host writes a change; the customer's flags are the host's to update once it is saved. */
export interface FlagEditorPorts<R, E> {
  write(change: FlagChange, origin: FlagOrigin<R>): Promise<Result<unknown, E>>;
}

/** What the flag form can do, beside its snapshot. */
export interface FlagEditor<R, E> extends Readable<FlagEditorSnapshot<E>> {
  choose(kind: FlagKind): void;
  typeReason(reason: string): void;
  raisedBy(raisedBy: FlagRaiser): void;
  /** Set or Clear pressed (`clearing`: a set flag's own Clear); nothing while a save is under way. */
  press(isOn: IsOn, options?: { readonly clearing?: FlagKind }): void;
  /** Another panel's request: the flag set now, or the form filled for the agent to review. */
  request(request: R, isOn: IsOn): 'set' | 'review';
}

/** A blank flag form writing through `ports`. */
export function createFlagEditor<R extends FlagEditRequest, E = unknown>(
  ports: FlagEditorPorts<R, E>,
): FlagEditor<R, E> {
  const store = createStore<FlagEditorSnapshot<E>>({
    form: blankFlagForm,
    save: { status: 'idle' },
  });
  const step = (event: Parameters<typeof flagFormStep>[1]) =>
    store.set({ form: flagFormStep(store.getSnapshot().form, event) });

  /** Saves `change`; the form starts over once its own change is saved (never on a request's). */
  const save = async (change: FlagChange, origin: FlagOrigin<R>, fromForm: boolean) => {
    store.set({ save: { status: 'saving' } });
    const written = await ports.write(change, origin);
    if (!written.ok) return store.set({ save: { status: 'failed', error: written.error } });
    store.set({ save: { status: 'saved', on: change.on } });
    if (fromForm) step({ type: 'saved' });
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    choose: (kind) => step({ type: 'choose', kind }),
    typeReason: (reason) => step({ type: 'reason', reason }),
    raisedBy: (raisedBy) => step({ type: 'raisedBy', raisedBy }),
    press(isOn, { clearing } = {}) {
      if (store.getSnapshot().save.status === 'saving') return;
      const { form } = store.getSnapshot();
      const { event, change } = flagPress(form, isOn, clearing);
      step(event);
      if (change) void save(change, { raisedBy: raiserOf(form) }, true);
    },
    request(request, isOn) {
      const next = flagRequestStep(request, isOn);
      if ('set' in next) {
        void save(next.set, { request }, false);
        return 'set';
      }
      step(next.review);
      return 'review';
    },
  };
}
