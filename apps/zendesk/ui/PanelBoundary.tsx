/** Catches a crashing panel so the rest of the sidebar keeps working, with a Retry that remounts it. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './ErrorState';
import { useI18n } from './i18n';

interface BoundaryProps {
  message: string;
  children: ReactNode;
  onCrash?: () => void;
}

class Boundary extends Component<BoundaryProps, { failed: boolean; attempt: number }> {
  state = { failed: false, attempt: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // A crash is a bug: keep it visible to developers without customer data.
    console.error('Tactful panel crashed', error.name, info.componentStack?.split('\n')[1]);
    this.props.onCrash?.();
  }

  retry = () => this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));

  render() {
    if (this.state.failed) return <ErrorState message={this.props.message} onRetry={this.retry} />;
    // A new key on retry remounts the panel from scratch.
    return <div key={this.state.attempt}>{this.props.children}</div>;
  }
}

/**
 * Wrap every panel in one: a render error shows "This panel stopped working" and a Retry;
 * `onCrash` tells whoever waits on the panel (the ticket sidebar's later panels wait on the tone
 * panel's first check) not to wait any longer.
 */
export function PanelBoundary({
  children,
  onCrash,
}: {
  children: ReactNode;
  onCrash?: () => void;
}) {
  const { t } = useI18n();
  return (
    <Boundary message={t('errors.crash')} onCrash={onCrash}>
      {children}
    </Boundary>
  );
}
