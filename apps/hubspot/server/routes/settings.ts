/**
 * The portal's settings (signed): anyone in the portal may read them, since the card runs on them;
 * only a user who may manage the app may change them, and only in an installed portal.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  portalSettingsSchema,
  settingsReplySchema,
  settingsWriteRequestSchema,
} from '../../contract';
import { backendError } from '../errors';
import type { AppManagers } from '../http/appManagers';
import { fail, invalidInput } from '../http/replies';
import { requireInstallation, signedContext } from '../http/signedRequests';
import type { RouteDeps } from './context';
import { portalHolidays } from '../portalHolidays';

// Stored as one JSON text per portal and read by every card request: kept small.
const maxSettingsBytes = 64 * 1024;

/** The settings routes. */
export function settingsRoutes(deps: RouteDeps, managers: AppManagers): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/settings',
      { schema: { response: { 200: settingsReplySchema } } },
      async (request, reply) => {
        const stored = await deps.store.getSettings(signedContext(request).portalId);
        // What we stored ourselves; should it ever not read as settings, the card gets none.
        const settings = portalSettingsSchema.safeParse(
          stored === undefined ? {} : JSON.parse(stored),
        );
        const holidays = settings.success ? portalHolidays(settings.data, deps.now()) : undefined;
        return reply
          .header('cache-control', 'no-store')
          .send({ settings: settings.success ? settings.data : {}, ...(holidays && { holidays }) });
      },
    );

    app.put(
      '/api/settings',
      {
        // Who may write comes before what was written: a refused user learns nothing from the body.
        preValidation: [
          requireInstallation(deps.store),
          managers.require(
            'settings.refused',
            'Only a HubSpot super admin can change Tactful’s settings.',
          ),
        ],
        schema: { body: settingsWriteRequestSchema, response: { 200: settingsReplySchema } },
        schemaErrorFormatter: invalidInput({ body: 'settings' }),
      },
      async (request, reply) => {
        const json = JSON.stringify(request.body.settings);
        if (Buffer.byteLength(json) > maxSettingsBytes)
          return fail(reply, backendError('bad-request', 'Settings are too large.'));
        await deps.store.saveSettings(signedContext(request).portalId, json, deps.now());
        const holidays = portalHolidays(request.body.settings, deps.now());
        return reply
          .header('cache-control', 'no-store')
          .send({ settings: request.body.settings, ...(holidays && { holidays }) });
      },
    );
  };
}
