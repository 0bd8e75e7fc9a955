/** A small button that is disabled, and says what it is doing, while its action is under way. */
import type { CSSProperties } from 'react';
import { Button } from '@zendeskgarden/react-buttons';

export function BusyButton(props: {
  busy: boolean;
  label: string;
  /** What the button reads while `busy` ("Loading…", "Saving…"). */
  busyLabel: string;
  onClick?: () => void;
  type?: 'submit';
  isBasic?: boolean;
  isPrimary?: boolean;
  style?: CSSProperties;
}) {
  const { busy, label, busyLabel, ...rest } = props;
  return (
    <Button size="small" disabled={busy} {...rest}>
      {busy ? busyLabel : label}
    </Button>
  );
}
