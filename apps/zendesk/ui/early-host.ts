/**
 * The ZAF handshake, started as the app's script is evaluated (main.tsx imports this first), before
 * React, ReactDOM and Garden are: measured at 4× CPU, registration and the host reads after it began
 * about 500 ms after a bare sidebar's (issue 16), because the client was made in React's first
 * render and connected in an effect after it. Started here, the host's answers come back while the
 * rest of the script runs and React renders, and the opening reads (host/opening.ts) go out as soon
 * as the location is known. ClientProvider takes this connection instead of starting its own.
 */
import type { Clock } from '../../../shared/ports';
import { connectHost } from '../host/connect';
import { initZafClient } from '../host/zaf-client';

const browserSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));
const browserClock: Clock = { now: () => new Date() };

/** A handshake begun before the UI: its client, its connection, and who to tell the location. */
export interface EarlyConnection {
  readonly client: NonNullable<ReturnType<typeof initZafClient>>;
  readonly connection: ReturnType<typeof connectHost>;
  /** Calls `listener` with the location once registered (at once if it already is). */
  onRegistered(listener: (location: string) => void): void;
}

/** Starts the handshake now; false outside Zendesk (ClientProvider then says so). */
function startEarlyConnection(): EarlyConnection | false {
  const client = initZafClient();
  if (client === false) return false;
  let location: string | undefined;
  const listeners: Array<(location: string) => void> = [];
  const connection = connectHost(client, browserSleep, browserClock, (registered) => {
    location = registered;
    for (const listener of listeners.splice(0)) listener(registered);
  });
  return {
    client,
    connection,
    onRegistered(listener) {
      if (location === undefined) listeners.push(listener);
      else listener(location);
    },
  };
}

/**
 * Started when this module is evaluated: main.tsx imports it before anything else, so it runs
 * before React's modules (webpack evaluates modules in import order). Tests render App with their
 * own client and never import this.
 */
export const earlyConnection = startEarlyConnection();
