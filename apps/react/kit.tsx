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
  children: ReactNode;
}

/** One list entry, named by `label` (the name a screen reader gives it). */
export interface ItemProps {
  label: string;
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
}

/** An announced message with the view model's emphasis, and a control (Retry) as `children`. */
export interface NoticeProps extends Tested {
  emphasis: Emphasis;
  /** `group`: no announcement, a block named by its title (the suggested next step). */
  role: 'alert' | 'status' | 'note' | 'group';
  title: string;
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
}

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
