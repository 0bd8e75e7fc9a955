/**
 * Keeps a bug in one panel from blanking the whole card: the panel shows an error state with a
 * Retry that renders it afresh.
 */
import { Button, ErrorState, Text } from '@hubspot/ui-extensions';
import { Component, type ReactNode } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { useCardI18n } from './i18n';

interface PanelBoundaryProps {
  /** The panel's name in the catalog, for the message. */
  title: MessageKey;
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
    return <PanelError title={this.props.title} onRetry={() => this.setState({ failed: false })} />;
  }
}

function PanelError({ title, onRetry }: { title: MessageKey; onRetry: () => void }) {
  const { t } = useCardI18n();
  return (
    <ErrorState title={t('card.panelFailed.title', { panel: t(title) })}>
      <Text>{t('card.panelFailed.body')}</Text>
      <Button onClick={onRetry}>{t('retry')}</Button>
    </ErrorState>
  );
}
