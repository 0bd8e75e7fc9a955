/**
 * The outcomes routes (signed, issue 17). `POST /api/tone-events`: the card's tone panel adds one
 * copied draft's counts to the agent's day (never the draft; the agent is the signed user), unless
 * the admin turned recording off. `POST /api/guard-events`: the card adds a contact guard's "not
 * now", or a contact made against one, to the same day, under the same setting. `GET /api/outcomes`: the page's view for the signed user, from
 * our tasks in HubSpot (promises, plans) and the stored tone days, computed by shared/outcomes,
 * with who sees what decided by `outcomesAccess`.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type * as z from 'zod';
import { todayIn, type PlainDate } from '../../../../shared/calendar/calendar';
import {
  dayNumber,
  outcomeDaysOf,
  outcomesAccess,
  ownOutcomeRecords,
  outcomesReport,
  outcomesView,
  rangeOf,
  type OutcomeFilters,
  type OutcomeRecordLists,
  type RecordScope,
} from '../../../../shared/outcomes';
import { recordFilterChoices } from '../../../../shared/outcomes/page-view';
import { outcomesViewJson } from '../../../../shared/outcomes/wire';
import {
  outcomePaths,
  outcomesQuerySchema,
  guardEventWriteRequestSchema,
  outcomesReplySchema,
  toneEventWriteReplySchema,
  toneEventWriteRequestSchema,
  type OutcomesReply,
} from '../../contract';
import { backendError } from '../errors';
import type { AppManagers } from '../http/appManagers';
import { fail, invalidInput, send } from '../http/replies';
import { installedWriteOptions, requireInstallation, signedAgent } from '../http/signedRequests';
import { readOutcomeRecords } from '../hubspot/outcomeTasks';
import { createUserTeams } from '../hubspot/userTeams';
import { purgeToneDays, storedOutcomesSettings } from '../toneRetention';
import type { RouteDeps } from './context';

/** A card's date may differ from ours by the world's time zones, not more. */
const maxDateSkewDays = 1;

/** The outcomes routes. */
export function outcomeRoutes(deps: RouteDeps, managers: AppManagers): FastifyPluginAsyncZod {
  const { store, logger, now } = deps;
  const userTeams = createUserTeams(now);
  const todayUtc = (): PlainDate => todayIn(new Date(now()), 'UTC');

  return async (app) => {
    /**
     * One event added to the signed agent's day: refused when its date is not today, skipped when
     * the admin turned recording off, counted once by its id however often it is retried.
     */
    const recordDayEvent = async (
      request: FastifyRequest,
      reply: FastifyReply,
      what: 'tone' | 'guard',
      date: PlainDate,
      add: (portalId: number, scope: RecordScope) => Promise<boolean>,
    ) => {
      const signed = signedAgent(request);
      if (!signed.ok) return fail(reply, signed.error);
      const { portalId, userId } = signed.value;
      if (Math.abs(dayNumber(date) - dayNumber(todayUtc())) > maxDateSkewDays) {
        return fail(reply, backendError('bad-request', `The ${what} event’s date is not today.`));
      }
      const settings = await storedOutcomesSettings(store, portalId);
      if (!settings.recordToneEvents) {
        return reply.header('cache-control', 'no-store').send({ recorded: false, replayed: false });
      }
      // The team is a filter, not a condition: if HubSpot cannot say, the counts still go in.
      const hubspot = deps.callerFor(portalId, now() + deps.budgetMs);
      const teams = await userTeams.teamsOf(portalId, userId, hubspot);
      const team = teams.ok ? teams.value[0] : undefined;
      const added = await add(portalId, { agent: userId, ...(team === undefined ? {} : { team }) });
      await purgeToneDays(store, portalId, todayUtc());
      logger.info(`${what}-event.recorded`, { portalId, replayed: !added });
      return reply.header('cache-control', 'no-store').send({ recorded: true, replayed: !added });
    };

    /**
     * The route of an event added to the agent's day (`POST /api/<what>-events`): installed,
     * signed, `body` checked, then stored by `add` with the agent's scope.
     */
    const dayEventRoute = <E extends { date: PlainDate }>(
      what: 'tone' | 'guard',
      body: z.core.$ZodType<E>,
      add: (portalId: number, event: E & RecordScope) => Promise<boolean>,
    ) => ({
      method: 'POST' as const,
      url: outcomePaths[`${what}Events`],
      ...installedWriteOptions(store, body, toneEventWriteReplySchema, `${what} event`),
      handler: (request: FastifyRequest & { body: E }, reply: FastifyReply) =>
        recordDayEvent(request, reply, what, request.body.date, (portalId, scope) =>
          add(portalId, { ...request.body, ...scope }),
        ),
    });

    app.route(
      dayEventRoute('tone', toneEventWriteRequestSchema, (portalId, send) =>
        store.addToneSend(portalId, send, now()),
      ),
    );
    app.route(
      dayEventRoute('guard', guardEventWriteRequestSchema, (portalId, event) =>
        store.addGuardEvent(portalId, event, now()),
      ),
    );

    app.get(
      outcomePaths.outcomes,
      {
        preValidation: requireInstallation(store),
        schema: { querystring: outcomesQuerySchema, response: { 200: outcomesReplySchema } },
        schemaErrorFormatter: invalidInput({ querystring: 'outcomes query' }),
      },
      async (request, reply) => {
        const signed = signedAgent(request);
        if (!signed.ok) return fail(reply, signed.error);
        const { portalId, userId } = signed.value;
        const query = request.query;
        if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
          return fail(reply, backendError('bad-request', '“from” is after “to”.'));
        }
        const deadline = now() + deps.budgetMs;
        const hubspot = deps.callerFor(portalId, deadline);
        const managesApp = await managers.mayManageApp(portalId, userId, deadline);
        if (!managesApp.ok) return fail(reply, managesApp.error);
        const teams = await userTeams.teamsOf(portalId, userId, hubspot);
        if (!teams.ok) return fail(reply, teams.error);
        const settings = await storedOutcomesSettings(store, portalId);
        const access = outcomesAccess(
          { agent: userId, managesApp: managesApp.value, teamIds: teams.value },
          settings,
        );

        const today = todayIn(new Date(now()), query.timeZone ?? 'UTC');
        const filters: OutcomeFilters = {
          ...(query.team === undefined ? {} : { team: query.team }),
          ...(query.agent === undefined ? {} : { agent: query.agent }),
          ...(query.owner === undefined ? {} : { brandOrOwner: query.owner }),
          ...(query.currency === undefined ? {} : { currency: query.currency }),
          ...(query.from === undefined ? {} : { from: query.from }),
          ...(query.to === undefined ? {} : { to: query.to }),
        };
        const range = rangeOf(filters, today);
        await purgeToneDays(store, portalId, today);
        const tasks = await readOutcomeRecords(hubspot);
        if (!tasks.ok) return send(reply, tasks);
        const all: OutcomeRecordLists = {
          ...tasks.value,
          ...outcomeDaysOf(await store.listToneDays(portalId, range.from, range.to)),
        };
        const records = access.ownFiguresOnly ? ownOutcomeRecords(all, userId) : all;
        const view = outcomesView(outcomesReport(records, { today, filters }), access.viewer);
        const answer: OutcomesReply = {
          view: outcomesViewJson(view),
          ownFiguresOnly: access.ownFiguresOnly,
          choices: recordFilterChoices(records),
        };
        return reply.header('cache-control', 'no-store').send(answer);
      },
    );
  };
}
