/**
 * Agents' feedback on the tone check (signed): recorded when the portal's admin turned it on (the
 * draft only where they allowed that too), and read back only by users who may manage the app.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { toneFeedbackSchema, type ToneFeedback } from '../../../../shared/feedback';
import { validateSettings } from '../../../../shared/settings';
import {
  toneFeedbackListQuerySchema,
  toneFeedbackListReplySchema,
  toneFeedbackWriteReplySchema,
  toneFeedbackWriteRequestSchema,
  type ToneFeedbackWriteReply,
} from '../../contract';
import { backendError } from '../errors';
import type { AppManagers } from '../http/appManagers';
import { fail, invalidInput } from '../http/replies';
import { installedWriteOptions, requireInstallation, signedContext } from '../http/signedRequests';
import type { RouteDeps } from './context';

/** The tone feedback routes. */
export function toneFeedbackRoutes(deps: RouteDeps, managers: AppManagers): FastifyPluginAsyncZod {
  const { store, logger, now } = deps;

  /**
   * What the portal's admin allows for agent feedback. Only the tone section is read, as the card
   * does, so a wrong value elsewhere in the settings never changes it; anything unreadable is off.
   */
  const feedbackPolicy = async (
    portalId: number,
  ): Promise<{ feedback: boolean; includeDraft: boolean }> => {
    const off = { feedback: false, includeDraft: false };
    const stored = await store.getSettings(portalId);
    if (stored === undefined) return off;
    let json: unknown;
    try {
      json = JSON.parse(stored);
    } catch {
      return off;
    }
    const tone = z.object({ tone: z.unknown() }).loose().safeParse(json);
    const checked = validateSettings({ tone: tone.success ? tone.data.tone : undefined });
    return checked.ok
      ? {
          feedback: checked.value.tone.feedback,
          includeDraft: checked.value.tone.feedbackIncludeDraft,
        }
      : off;
  };

  return async (app) => {
    app.post(
      '/api/tone-feedback',
      installedWriteOptions(
        store,
        toneFeedbackWriteRequestSchema,
        toneFeedbackWriteReplySchema,
        'tone feedback',
      ),
      async (request, reply) => {
        const { portalId } = signedContext(request);
        const policy = await feedbackPolicy(portalId);
        if (!policy.feedback) {
          logger.warn('tone-feedback.refused', { portalId, reason: 'turned-off' });
          return fail(
            reply,
            backendError(
              'forbidden',
              'Agent feedback is turned off in this account’s Tactful settings.',
            ),
          );
        }
        // The draft may name the customer: kept only where the admin ticked that too.
        const { draft, ...withoutDraft } = request.body;
        const keepDraft = policy.includeDraft && draft !== undefined;
        const kept: ToneFeedback = keepDraft ? request.body : withoutDraft;
        const saved = await store.saveToneFeedback(portalId, kept.id, JSON.stringify(kept), now());
        logger.info('tone-feedback.recorded', { portalId, kind: kept.kind, replayed: !saved });
        const answer: ToneFeedbackWriteReply = {
          id: kept.id,
          draftStored: keepDraft,
          replayed: !saved,
        };
        return reply.header('cache-control', 'no-store').send(answer);
      },
    );

    app.get(
      '/api/tone-feedback',
      {
        // Feedback may hold drafts: the same people who may change the settings may read it.
        preValidation: [
          requireInstallation(store),
          managers.require(
            'tone-feedback.refused',
            'Only a HubSpot super admin can read agent feedback.',
          ),
        ],
        schema: {
          querystring: toneFeedbackListQuerySchema,
          response: { 200: toneFeedbackListReplySchema },
        },
        schemaErrorFormatter: invalidInput({ querystring: 'query' }),
      },
      async (request, reply) => {
        const rows = await store.listToneFeedback(
          signedContext(request).portalId,
          request.query.limit,
        );
        // Rows are our own JSON; one an older version wrote that no longer reads is left out.
        const feedback = rows.flatMap((row) => {
          try {
            const parsed = toneFeedbackSchema.safeParse(JSON.parse(row));
            return parsed.success ? [parsed.data] : [];
          } catch {
            return [];
          }
        });
        return reply.header('cache-control', 'no-store').send(feedback);
      },
    );
  };
}
