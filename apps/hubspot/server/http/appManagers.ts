/**
 * Who may manage the app in a portal. The card shows settings to users with
 * `integrations-management-write`, but that list comes from the browser (unsigned) and HubSpot's
 * API does not expose it per user; super admins always hold it, so HubSpot's `superAdmin` for the
 * signed `userId` decides.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Logger, Result } from '../../../../shared/ports';
import { ok } from '../../../../shared/ports';
import { backendError, type BackendError } from '../errors';
import type { HubSpotCaller } from '../hubspot/hubspotCaller';
import { fail } from './replies';
import { signedContext } from './signedRequests';

// HubSpot's Settings API user; `superAdmin` has been documented both as a boolean and as text.
const hubspotUser = z
  .object({ superAdmin: z.union([z.boolean(), z.enum(['true', 'false'])]).optional() })
  .loose();

/** How long HubSpot's word on whether a user is a super admin is trusted. */
const managerCheckMs = 5 * 60 * 1000;

/** What the check needs. */
export interface AppManagerDeps {
  logger: Logger;
  now: () => number;
  /** Time one card request may take in all. */
  budgetMs: number;
  callerFor(portalId: number, deadline: number): HubSpotCaller;
}

/** Whether a signed user may manage the app, and a route hook that refuses everyone else. */
export interface AppManagers {
  mayManageApp(
    portalId: number,
    userId: string | undefined,
    deadline: number,
  ): Promise<Result<boolean, BackendError>>;
  /** Refuses with `forbidden` and `message` (logged as `event`) a user who may not manage the app. */
  require(
    event: string,
    message: string,
  ): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** Creates the check, with its own short memory of HubSpot's answers. */
export function createAppManagers(deps: AppManagerDeps): AppManagers {
  // Per portal and user, for a few minutes: settings saves come in bursts, and a demoted admin
  // loses the right within that time.
  const managers = new Map<string, { allowed: boolean; until: number }>();
  const mayManageApp: AppManagers['mayManageApp'] = async (portalId, userId, deadline) => {
    if (userId === undefined) return ok(false);
    const key = `${portalId}:${userId}`;
    const known = managers.get(key);
    if (known && known.until > deps.now()) return ok(known.allowed);
    const user = await deps.callerFor(portalId, deadline).call(
      {
        method: 'GET',
        path: `/settings/v3/users/${userId}`,
        repeatable: true,
        operation: 'users.read',
      },
      hubspotUser,
    );
    if (!user.ok && user.error.code !== 'not-found') return user;
    const allowed = user.ok && (user.value.superAdmin === true || user.value.superAdmin === 'true');
    if (managers.size >= 10_000) managers.clear(); // a bound, not an eviction policy
    managers.set(key, { allowed, until: deps.now() + managerCheckMs });
    return ok(allowed);
  };
  return {
    mayManageApp,
    require: (event, message) => async (request, reply) => {
      const { portalId, userId } = signedContext(request);
      const allowed = await mayManageApp(portalId, userId, deps.now() + deps.budgetMs);
      if (!allowed.ok) return fail(reply, allowed.error);
      if (allowed.value) return undefined;
      deps.logger.warn(event, { portalId, reason: 'not-app-manager' });
      return fail(reply, backendError('forbidden', message));
    },
  };
}
