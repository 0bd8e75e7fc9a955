/** The chunk of the panels after the customer card (PanelsAfterCard.tsx), startable early. */
import { chunk } from './chunk';

export const panelsAfterCard = chunk(() =>
  import(/* webpackChunkName: "ticket-sidebar-panels" */ './PanelsAfterCard').then(
    (module) => module.PanelsAfterCard,
  ),
);
