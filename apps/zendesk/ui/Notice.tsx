/** One announced sentence in a Garden alert, marked by the emphasis a shared view model decided. */
import type { CSSProperties, ReactNode } from 'react';
import { Alert } from '@zendeskgarden/react-notifications';
import type { Emphasis } from '../../../shared/view/emphasis';

/** Garden's alert type for each emphasis. */
const alertType = {
  good: 'success',
  caution: 'warning',
  bad: 'error',
  info: 'info',
  muted: 'info',
} as const satisfies Record<Emphasis, string>;

/** `role` is `alert` for what interrupts the agent, `status` for what only reports, `note` an aside,
 * `group` a block named by its title. */
export function Notice(props: {
  emphasis: Emphasis;
  role: 'alert' | 'status' | 'note' | 'group';
  title?: string | undefined;
  text: string;
  style?: CSSProperties;
  /** What the agent can do about it (a Retry or Re-apply button). */
  children?: ReactNode;
}) {
  return (
    <Alert
      type={alertType[props.emphasis]}
      role={props.role}
      // A group is named by its title; an announcement by what it says.
      aria-label={props.role === 'group' ? props.title : undefined}
      style={props.style}
    >
      {props.title && <Alert.Title>{props.title}</Alert.Title>}
      <Alert.Paragraph>{props.text}</Alert.Paragraph>
      {props.children}
    </Alert>
  );
}
