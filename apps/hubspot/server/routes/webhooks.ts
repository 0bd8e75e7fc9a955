/**
 * HubSpot's webhooks (signed, bare URL): an uninstall erases the portal, a contact deletion (or
 * GDPR deletion) erases what we hold for that contact. The whole batch is checked before anything
 * is erased.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Installations } from '../oauth';
import { invalidInput } from '../http/replies';
import type { RouteDeps } from './context';

/** Where HubSpot posts the app's webhooks. */
export const webhookPath = '/webhooks/hubspot';

// A HubSpot id in a webhook event: HubSpot sends numbers; digits as text are accepted too.
const webhookId = z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]);
const contactDeletionTypes = ['contact.deletion', 'contact.privacydeletion', 'object.deletion'];

/**
 * A batch as HubSpot's webhooks send it (at most 100 events), each with the fields HubSpot always
 * includes. Card requests are signed with the same secret, so the shape is what tells them apart;
 * with an app id configured, every event must name our app.
 */
const webhookBatch = (appId: string | undefined) =>
  z
    .array(
      z
        .object({
          eventId: webhookId,
          subscriptionType: z.string().min(1).max(100),
          portalId: z.number().int().positive(),
          appId: webhookId,
          occurredAt: z.number().int().positive(),
          objectId: webhookId.optional(),
          objectTypeId: z.string().max(20).optional(),
        })
        .loose()
        .refine((event) => appId === undefined || String(event.appId) === appId, {
          path: ['appId'],
          message: 'another app',
        })
        .refine(
          (event) =>
            !contactDeletionTypes.includes(event.subscriptionType.toLowerCase()) ||
            event.objectId !== undefined,
          { path: ['objectId'], message: 'a deletion names its object' },
        ),
    )
    .min(1)
    .max(100);

/** The webhook route. */
export function webhookRoutes(
  deps: RouteDeps,
  installations: Installations,
  appId: string | undefined,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      webhookPath,
      {
        schema: { body: webhookBatch(appId) },
        schemaErrorFormatter: invalidInput({ body: 'webhook events' }),
      },
      async (request, reply) => {
        let contacts = 0;
        let portals = 0;
        for (const event of request.body) {
          const type = event.subscriptionType.toLowerCase();
          if (type.includes('uninstall')) {
            installations.forget(event.portalId);
            deps.contactReads.forgetPortal(event.portalId);
            await deps.store.deleteInstallation(event.portalId);
            portals += 1;
          } else if (
            (type === 'contact.deletion' ||
              type === 'contact.privacydeletion' ||
              (type === 'object.deletion' && event.objectTypeId === '0-1')) &&
            event.objectId !== undefined
          ) {
            deps.contactReads.forgetContact(event.portalId, String(event.objectId));
            contacts += await deps.store.deleteContactData(event.portalId, String(event.objectId));
          }
        }
        deps.logger.info('webhook.erased', {
          events: request.body.length,
          keysErased: contacts,
          portalsErased: portals,
        });
        return reply.code(204).send();
      },
    );
  };
}
