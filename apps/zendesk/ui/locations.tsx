/** Which component each ZAF location renders; a location is code-split so first load stays small. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ZafLocation } from '../host/zaf-client';
import { panelsAfterCard } from './load-panels-after-card';

type LocationModule = Promise<{ default: ComponentType }>;

/** ZAF location name → the import of its component's chunk. Add a location here. */
const loaders: Partial<Record<ZafLocation, () => LocationModule>> = {
  ticket_sidebar: () => import(/* webpackChunkName: "ticket-sidebar" */ './TicketSidebar'),
  new_ticket_sidebar: () =>
    import(/* webpackChunkName: "new-ticket-sidebar" */ './NewTicketSidebar'),
  user_sidebar: () => import(/* webpackChunkName: "user-sidebar" */ './UserSidebar'),
  // The team leads' full page (issue 17): its own chunk, never in a sidebar's first paint.
  nav_bar: () => import(/* webpackChunkName: "outcomes" */ './outcomes/OutcomesPage'),
};

/**
 * Locations whose first paint speaks only the opening messages (shared/i18n/compile.ts `openingKey`)
 * and waits inside for the whole catalog where it says more; every other location waits for the
 * whole catalog before it renders.
 */
const paintsOnOpeningMessages: ReadonlySet<string> = new Set<ZafLocation>(['ticket_sidebar']);

/** True when `location`'s component may render before the agent's whole catalog has arrived. */
export function paintsBeforeWholeCatalog(location: string): boolean {
  return paintsOnOpeningMessages.has(location);
}

function loaderFor(location: string): (() => LocationModule) | undefined {
  return Object.entries(loaders).find(([name]) => name === location)?.[1];
}

/** ZAF location name → the component that fills it. */
export const locations: Partial<Record<ZafLocation, LazyExoticComponent<ComponentType>>> =
  Object.fromEntries(Object.entries(loaders).map(([name, load]) => [name, lazy(load)]));

/** The component for a location name from the host, or undefined for one Tactful does not serve. */
export function componentFor(location: string): LazyExoticComponent<ComponentType> | undefined {
  return Object.entries(locations).find(([name]) => name === location)?.[1];
}

/**
 * Chunks a location renders after its first paint, fetched beside it: the ticket sidebar's panels
 * after the card, out of its first paint (issue 16). Not the tone panel's chunk: run beside the
 * opening it held the customer's replies back; the panels' chunk answers a blank draft without it
 * and loads it after that answer has painted (LazyToneCheckPanel.tsx).
 */
const besideLoaders: Partial<Record<ZafLocation, () => void>> = {
  ticket_sidebar: () => panelsAfterCard.preload(),
};

/**
 * Starts downloading what `location` renders after its first paint. Called once the host has
 * answered the agent's locale (App.tsx), not at registration: started then, the tone check's
 * ~330 KB ran while the host's answer with the requester's id waited behind it, and the customer's
 * reads left 140–310 ms after registration instead of the floor's ~60 (bench/sidebar.ts, 4× CPU).
 * Now the reads are out first, and their 100 ms on the wire overlaps these chunks' run.
 */
export function preloadBesideLocation(location: string): void {
  Object.entries(besideLoaders).find(([name]) => name === location)?.[1]();
}

/**
 * Starts downloading `location`'s chunk as soon as the host has named the location, while the
 * agent's locale is still being read: the lazy component then finds it loaded or on its way
 * (webpack loads a chunk once). A chunk that fails here fails again, visibly, when it renders.
 */
export function preloadLocation(location: string): void {
  loaderFor(location)?.().catch(() => undefined);
}
