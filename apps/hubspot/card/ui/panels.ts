/**
 * The card's panels, in the order they appear. To add one: write its controller hook and its
 * component in ui/panels/<name>/ (the component takes no props and gets what it needs from
 * `useCardServices()`), then add it here. Each panel is wrapped in its own error boundary.
 */
import type { ComponentType } from 'react';
import type { MessageKey } from '../../../../shared/i18n';
import { HistoryPanel } from './panels/history/HistoryPanel';
import { OverviewPanel } from './panels/overview/OverviewPanel';
import { PlansPanel } from './panels/plans/PlansPanel';
import { SignalsPanel } from './panels/signals/SignalsPanel';
import { TonePanel } from './panels/tone/TonePanel';

/** One panel on the card. */
export interface CardPanel {
  id: string;
  /** The panel's name in the catalog, shown in its error state. */
  title: MessageKey;
  /** True when the card heads the panel with its title (the overview's heading is the customer). */
  headed?: boolean;
  Panel: ComponentType;
}

/** Every panel, top to bottom. */
export const cardPanels: readonly CardPanel[] = [
  { id: 'overview', title: 'card.overview.title', Panel: OverviewPanel },
  // Before the tone check: what the customer said comes before what the agent writes back.
  { id: 'signals', title: 'signals.title', headed: true, Panel: SignalsPanel },
  { id: 'tone', title: 'tone.title', headed: true, Panel: TonePanel },
  { id: 'plans', title: 'card.plans.title', headed: true, Panel: PlansPanel },
  { id: 'history', title: 'history.title', headed: true, Panel: HistoryPanel },
];
