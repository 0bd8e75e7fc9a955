/**
 * The HubSpot teams a signed user is in (Settings API user: `primaryTeamId`, `secondaryTeamIds`),
 * remembered for a few minutes per portal and user: the outcomes page asks on every filter change
 * and a tone event on every copy. Who may see the page is decided from these, never from the
 * browser's own (unsigned) list.
 */
import { z } from 'zod';
import { ok, type Result } from '../../../../shared/ports';
import type { BackendError } from '../errors';
import type { HubSpotCaller } from './hubspotCaller';

const teamId = z.union([z.string(), z.number()]).transform(String);
const hubspotUserTeams = z
  .object({
    primaryTeamId: teamId.nullish(),
    secondaryTeamIds: z.array(teamId).nullish(),
  })
  .loose();

const rememberMs = 5 * 60 * 1000;

/** A user's teams, primary first; empty for an unknown user. */
export interface UserTeams {
  teamsOf(
    portalId: number,
    userId: string,
    hubspot: HubSpotCaller,
  ): Promise<Result<string[], BackendError>>;
}

export function createUserTeams(now: () => number): UserTeams {
  const known = new Map<string, { teams: string[]; until: number }>();
  return {
    async teamsOf(portalId, userId, hubspot) {
      const key = `${portalId}:${userId}`;
      const remembered = known.get(key);
      if (remembered && remembered.until > now()) return ok(remembered.teams);
      const user = await hubspot.call(
        {
          method: 'GET',
          path: `/settings/v3/users/${encodeURIComponent(userId)}`,
          repeatable: true,
          operation: 'users.read',
        },
        hubspotUserTeams,
      );
      if (!user.ok && user.error.code !== 'not-found') return user;
      const teams = user.ok
        ? [
            ...(user.value.primaryTeamId ? [user.value.primaryTeamId] : []),
            ...(user.value.secondaryTeamIds ?? []),
          ]
        : [];
      if (known.size >= 10_000) known.clear(); // a bound, not an eviction policy
      known.set(key, { teams, until: now() + rememberMs });
      return ok(teams);
    },
  };
}
