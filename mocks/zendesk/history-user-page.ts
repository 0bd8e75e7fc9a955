/**
 * A fake ZAF client for a user's profile page (`user_sidebar`): the ticket page's fake client with
 * the location switched and `user.id` / `user` answered as Zendesk's profile page answers them.
 */
import type { TicketModelInit } from './ticket-model';
import { createFakeZafClient, type FakeZafClient } from './zaf-client';
import type { ZendeskWorld } from './world';

/** A fake client whose host is the profile of seed user `userId` in `world`. */
export function createUserPageClient(
  world: ZendeskWorld,
  userId: number,
  init: TicketModelInit = {},
): FakeZafClient {
  const client = createFakeZafClient({ ...init, location: 'user_sidebar' });
  const ticketPageGet = client.get.bind(client);
  const profile = (path: string): unknown => {
    const user = world.users.get(userId);
    if (path === 'user.id') return userId;
    if (path === 'user.name') return user?.name;
    return user ? { id: user.id, name: user.name, email: user.email } : undefined;
  };
  const profilePaths = new Set(['user', 'user.id', 'user.name']);
  return {
    ...client,
    async get(paths) {
      const list = typeof paths === 'string' ? [paths] : paths;
      const own = list.filter((path) => profilePaths.has(path));
      const rest = list.filter((path) => !profilePaths.has(path));
      const reply: Record<string, unknown> = { errors: {} };
      if (rest.length > 0) Object.assign(reply, await ticketPageGet(rest));
      for (const path of own) reply[path] = profile(path);
      return reply;
    },
  };
}
