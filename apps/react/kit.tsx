/**
 * The layout layer both hosts render through (issue 15): the few primitives the panel bodies use,
 * as a contract. Garden implements it for the Zendesk sidebar (apps/zendesk/ui/kit.tsx) and
 * ui-extensions for the HubSpot card (apps/hubspot/card/ui/kit.tsx); a body written against it
 * (apps/react/panels/) is written once. Text is `string` only, so customer words stay text.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { Emphasis } from '../../shared/view/emphasis';

/** The HubSpot test renderer finds components by test id; the sidebar's tests by role and name. */
interface Tested {
  testId?: string | undefined;
}

export interface StackProps extends Tested {
  /** Side by side, wrapping (a line of tags and buttons); else one under the other. */
  row?: boolean;
  children: ReactNode;
}

/** A list named for screen readers (Garden: a `ul`); ui-extensions has no list, so a column. */
export interface ListProps {
  /** The list's name where the host can name one (Garden's aria-label). */
  label?: string;
  children: ReactNode;
}

/** One list entry, named by `label` (the name a screen reader gives it). */
export interface ItemProps {
  label: string;
  /** A card of its own (an option to offer): Garden's recessed well, HubSpot's tile. */
  boxed?: boolean;
  children: ReactNode;
}

export interface TextProps extends Tested {
  children: string;
  bold?: boolean;
  /** Secondary words (a note, a hint): HubSpot's microcopy; the sidebar's text is small already. */
  small?: boolean;
  /**
   * What the words are ("Suggested action"): Garden names the element with it for screen readers;
   * ui-extensions cannot name an element, so the card shows it before the words ("label: text").
   */
  label?: string;
  /** Announced: `alert` interrupts, `status` reports; `note` is a side remark. */
  role?: 'alert' | 'status' | 'note';
}

/** Someone's own words, quoted (and shown as text), named by `label`. */
export interface QuoteProps extends Tested {
  label: string;
  text: string;
}

export interface TagProps extends Tested {
  children: string;
  /** The view model's emphasis; none is the plain tag. */
  emphasis?: Emphasis;
  /** A state ("Allowed now") rather than a fact: HubSpot's StatusTag. */
  status?: boolean;
}

export interface ButtonProps extends Tested {
  children: string;
  onClick: () => void;
  /** `inline` sits in a line of text (Garden's basic button, HubSpot's extra small one). */
  variant?: 'primary' | 'secondary' | 'inline';
  /** A running action: disabled, saying `busyLabel` in Garden, spinning in HubSpot. */
  busy?: boolean;
  busyLabel?: string;
  /** What pressing it does, where the host shows a hint (Garden's title). */
  hint?: string;
  /** Off: the view model says it cannot be pressed now. */
  disabled?: boolean;
  /** The accessible name when it differs from the words (Garden's aria-label). */
  name?: string;
  /** Submits the form it is in. */
  submit?: boolean;
}

export interface LinkProps extends Tested {
  href: string;
  children: string;
}

/** A part of a panel, named by its visible heading (Garden: a region a screen reader lists). */
export interface SectionProps {
  title: string;
  children: ReactNode;
}

/** Label and value pairs (a `dl`), named by `label` where the host can name a block. */
export interface DetailsProps {
  label: string;
  rows: readonly { key: string; label: string; text: string }[];
  /** Each value's test id is `<testId>-<key>`. */
  testId: string;
  /** The label names the block but shows elsewhere (an option's title above its facts): no box. */
  unheaded?: boolean;
}

/** An announced message with the view model's emphasis, and a control (Retry) as `children`. */
export interface NoticeProps extends Tested {
  emphasis: Emphasis;
  /** `group`: no announcement, a block named by its title (the suggested next step). */
  role: 'alert' | 'status' | 'note' | 'group';
  /** A heading above the text; none where the text says it all (a group always has one). */
  title?: string | undefined;
  text: string;
  children?: ReactNode;
}

/** A labelled multi-line text field; `problem` says what is wrong with it, on the field. */
export interface TextAreaProps extends Tested {
  /** The control's form name (HubSpot's tests find fields by it). */
  name: string;
  label: string;
  hint?: string;
  value: string;
  maxLength?: number;
  rows?: number;
  problem?: string | undefined;
  onChange: (value: string) => void;
}

/** A form: `onSubmit` runs on Enter in a field or a `submit` button (no page load). */
export interface FormProps {
  /** The form's name where the host can name one (Garden's aria-label). */
  label?: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** A labelled one-line field for an amount typed in the agent's locale ("1,250.00"). */
export interface AmountInputProps extends Tested {
  /** The control's form name (HubSpot's tests find fields by it). */
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  problem?: string | undefined;
  onChange: (value: string) => void;
}

/** A labelled day field; `value` and `min` are YYYY-MM-DD ('' while no day is chosen). */
export interface DateInputProps extends Tested {
  /** The control's form name (HubSpot's tests find fields by it). */
  name: string;
  label: string;
  value: string;
  /** The earliest day the picker offers; the view model still checks what is typed. */
  min?: string;
  problem?: string | undefined;
  onChange: (value: string) => void;
}

/**
 * One of a few values, labelled: Garden shows radio buttons in a fieldset named by `label` (each
 * choice visible at once in the sidebar); ui-extensions a Select (the card's own idiom, and its
 * tests find it by test id). `menu` asks Garden for a select too, for a longer list.
 */
export interface ChoiceProps extends Tested {
  /** The control's form name (the radios' group). */
  name: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  /** Undefined: nothing chosen yet. */
  value: string | undefined;
  /** What a menu says while nothing is chosen (it cannot be chosen back). */
  placeholder?: string;
  /** What is wrong with the choice, shown on the control. */
  problem?: string | undefined;
  menu?: boolean;
  onChoose: (value: string) => void;
}

/** The primitives, one component each. */
export interface Kit {
  Stack: ComponentType<StackProps>;
  List: ComponentType<ListProps>;
  Item: ComponentType<ItemProps>;
  Text: ComponentType<TextProps>;
  Quote: ComponentType<QuoteProps>;
  Tag: ComponentType<TagProps>;
  Button: ComponentType<ButtonProps>;
  Link: ComponentType<LinkProps>;
  Notice: ComponentType<NoticeProps>;
  Section: ComponentType<SectionProps>;
  Details: ComponentType<DetailsProps>;
  TextArea: ComponentType<TextAreaProps>;
  Form: ComponentType<FormProps>;
  AmountInput: ComponentType<AmountInputProps>;
  DateInput: ComponentType<DateInputProps>;
  Choice: ComponentType<ChoiceProps>;
}

/** The value of `values` that `chosen` names: a kit's Choice answers with a plain string. */
export const oneOf = <Value extends string>(values: readonly Value[], chosen: string) =>
  values.find((value) => value === chosen);

const KitContext = createContext<Kit | null>(null);

/** Gives the bodies below it the host's implementation. */
export const KitProvider = ({ kit, children }: { kit: Kit; children: ReactNode }) => (
  <KitContext.Provider value={kit}>{children}</KitContext.Provider>
);

/** The host's primitives; a body outside a provider is a wiring bug, said at once. */
export function useKit(): Kit {
  const kit = useContext(KitContext);
  if (kit === null) throw new Error('A panel body rendered outside a KitProvider');
  return kit;
}
