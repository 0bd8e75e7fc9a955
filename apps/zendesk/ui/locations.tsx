/** Which component each ZAF location renders; a location is code-split so first load stays small. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ZafLocation } from '../host/zaf-client';

/** ZAF location name → the component that fills it. Add `new_ticket_sidebar`/`user_sidebar` here. */
export const locations: Partial<Record<ZafLocation, LazyExoticComponent<ComponentType>>> = {
  ticket_sidebar: lazy(() => import(/* webpackChunkName: "ticket-sidebar" */ './TicketSidebar')),
  new_ticket_sidebar: lazy(
    () => import(/* webpackChunkName: "new-ticket-sidebar" */ './NewTicketSidebar'),
  ),
  user_sidebar: lazy(() => import(/* webpackChunkName: "user-sidebar" */ './UserSidebar')),
  // The team leads' full page (issue 17): its own chunk, never in a sidebar's first paint.
  nav_bar: lazy(() => import(/* webpackChunkName: "outcomes" */ './outcomes/OutcomesPage')),
};

/** The component for a location name from the host, or undefined for one Tactful does not serve. */
export function componentFor(location: string): LazyExoticComponent<ComponentType> | undefined {
  return Object.entries(locations).find(([name]) => name === location)?.[1];
}
