/**
 * The plans panel's controller, the same on every host: the affordability form as typed, the form
 * the options are for, the option the agent picked, and where recording a plan stands. What they
 * show is decided in ./choice (`chooserView`) over the host's `planChoices`; the writes are the
 * host's, injected per command, and always about the option chosen when the command runs.
 * Framework-free: the host subscribes to the snapshot.
 */
import type { Result } from '../ports';
import { createStore, type Readable } from '../view/store';
import {
  acceptClosed,
  blankPlanForm,
  chooserView,
  type AcceptProgress,
  type ChooserView,
  type OptionChoice,
  type PlanChoices,
  type PlanForm,
  type PlanProblem,
} from './choice';

/** The form, what the options are for, the pick and the accept state. */
export interface ChooserSnapshot<A> {
  /** The form as the agent typed it. */
  readonly form: PlanForm;
  /** The form the options are for: undefined before the agent first asks for options. */
  readonly asked: PlanForm | undefined;
  readonly pickedId: string | undefined;
  readonly accept: A;
  /** What the chooser shows: options, problems, notices and the chosen option. */
  readonly view: ChooserView;
}

/** What the chooser can do, beside its snapshot. */
export interface PlanChooser<A> extends Readable<ChooserSnapshot<A>> {
  /** The agent typed: a live chooser shows options for the form as it is now. */
  edit(change: Partial<PlanForm>): void;
  /** Show options (a chooser with that button): the options are for the form as it is now. */
  ask(): void;
  pick(optionId: string): void;
  /**
   * Accept the chosen option: nothing when none is chosen or `acceptClosed` gives a reason; else
   * saving while `record` runs, then the state it ends in.
   */
  accept(record: (chosen: OptionChoice) => Promise<A>): Promise<void>;
  /** Another write about the plan (re-apply a tag, follow the next promise), one at a time. */
  track(saving: A, write: () => Promise<A>): Promise<void>;
}

/** How the chooser starts and when it answers. */
export interface ChooserOptions<A> {
  /** The accept state before anything is recorded. */
  readonly idle: A;
  /**
   * The card's chooser: options follow the form as typed (not a Show options button), nothing
   * picked starts on the first fitting option (see `chooserView`), and a new pick clears how the
   * last accept ended (the card says it about the option shown). The sidebar's is not live.
   */
  readonly live: boolean;
  /** The accept state while `optionId` is saved. */
  saving(optionId: string): A;
  /** The options for a form, in the agent's words (`planChoices` over the host's request). */
  choices(form: PlanForm): Result<PlanChoices, readonly PlanProblem[]>;
}

/** A blank chooser. */
export function createPlanChooser<A extends AcceptProgress>(
  options: ChooserOptions<A>,
): PlanChooser<A> {
  const { idle, live } = options;
  // The options for the form last asked about, worked out once per form.
  let choicesFor: { form: PlanForm; choices: ReturnType<typeof options.choices> } | undefined;
  const viewOf = (asked: PlanForm | undefined, pickedId: string | undefined) => {
    if (asked !== undefined && choicesFor?.form !== asked)
      choicesFor = { form: asked, choices: options.choices(asked) };
    return chooserView(asked && choicesFor?.choices, pickedId, live);
  };
  const asked = live ? blankPlanForm : undefined;
  const store = createStore<ChooserSnapshot<A>>({
    form: blankPlanForm,
    asked,
    pickedId: undefined,
    accept: idle,
    view: viewOf(asked, undefined),
  });
  const set = (change: Partial<Omit<ChooserSnapshot<A>, 'view'>>) => {
    const next = { ...store.getSnapshot(), ...change };
    store.set({ ...change, view: viewOf(next.asked, next.pickedId) });
  };
  const saving = () => store.getSnapshot().accept.status === 'saving';
  const track = async (during: A, write: () => Promise<A>) => {
    if (saving()) return;
    set({ accept: during });
    set({ accept: await write() });
  };
  return {
    subscribe: store.subscribe,
    getSnapshot: store.getSnapshot,
    edit(change) {
      const form = { ...store.getSnapshot().form, ...change };
      set(live ? { form, asked: form, accept: idle } : { form });
    },
    ask: () => set({ asked: store.getSnapshot().form, accept: idle }),
    pick(pickedId) {
      set(live && !saving() ? { pickedId, accept: idle } : { pickedId });
    },
    async accept(record) {
      const { chosen } = store.getSnapshot().view;
      if (!chosen || acceptClosed(store.getSnapshot().accept, chosen.option) !== undefined) return;
      await track(options.saving(chosen.id), () => record(chosen));
    },
    track,
  };
}
