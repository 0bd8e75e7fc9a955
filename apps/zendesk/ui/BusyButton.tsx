/** A small button that is disabled, and says what it is doing, while its action is under way. */
import type { CSSProperties } from 'react';
import { Button } from '@zendeskgarden/react-buttons';

export function BusyButton(props: {
  busy: boolean;
  label: string;
  /** What the button reads while `busy` ("Loading…", "Saving…"). */
  busyLabel: string;
  onClick?: () => void;
  /** Off for another reason than being busy (the view model says it cannot be pressed now). */
  disabled?: boolean | undefined;
  type?: 'submit';
  isBasic?: boolean;
  isPrimary?: boolean;
  style?: CSSProperties;
}) {
  const { busy, label, busyLabel, disabled, ...rest } = props;
  return (
    <Button size="small" disabled={busy || disabled === true} {...rest}>
      {busy ? busyLabel : label}
    </Button>
  );
}
