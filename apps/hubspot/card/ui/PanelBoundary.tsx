/**
 * Keeps a bug in one panel from blanking the whole card: the panel shows an error state with a
 * Retry that renders it afresh.
 */
import { Button, ErrorState, Text } from '@hubspot/ui-extensions';
import { Component, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** The panel's name, for the message. */
  title: string;
  children: ReactNode;
}

/** An error boundary around one panel. */
export class PanelBoundary extends Component<PanelBoundaryProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorState title={`${this.props.title} could not be shown`}>
        <Text>Something went wrong in this part of the card.</Text>
        <Button onClick={() => this.setState({ failed: false })}>Retry</Button>
      </ErrorState>
    );
  }
}
