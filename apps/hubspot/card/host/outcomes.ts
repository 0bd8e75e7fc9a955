/**
 * The outcomes page's reads, the tone panel's tone events and the card's guard events through our
 * backend (`GET /api/outcomes`, `POST /api/tone-events`, `POST /api/guard-events`). The backend computes the shared view; here it is
 * read back into an `OutcomesView` (money in minor units) for `cellText` and `tableCsv`.
 */
import * as z from 'zod/mini';
import {
  outcomePaths,
  outcomesReplySchema,
  toneEventWriteReplySchema,
  type GuardEventWriteRequest,
  type OutcomesReply,
  type ToneEventWriteRequest,
} from '../../contract';
import type { OutcomeFilters, OutcomesView } from '../../../../shared/outcomes';
import { outcomesViewSchema } from '../../../../shared/outcomes/wire';
import { err, ok, type Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/** The page as the backend gave it: the view, whose figures they are, and the filters' choices. */
export interface LoadedOutcomes {
  view: OutcomesView;
  ownFiguresOnly: boolean;
  choices: OutcomesReply['choices'];
}

/** The outcomes for the signed user, narrowed by `filters`, with weeks in `timeZone`. */
export async function loadOutcomes(
  backend: BackendClient,
  filters: OutcomeFilters,
  timeZone: string,
): Promise<Result<LoadedOutcomes, BackendError>> {
  const reply = await backend.request(
    {
      path: outcomePaths.outcomes,
      query: {
        team: filters.team,
        agent: filters.agent,
        owner: filters.brandOrOwner,
        currency: filters.currency,
        from: filters.from,
        to: filters.to,
        timeZone,
      },
    },
    outcomesReplySchema,
  );
  if (!reply.ok) return reply;
  const view = outcomesViewSchema.safeParse(reply.value.view);
  if (!view.success) {
    return err({ code: 'malformed-reply', message: z.prettifyError(view.error) });
  }
  return ok({
    view: view.data,
    ownFiguresOnly: reply.value.ownFiguresOnly,
    choices: reply.value.choices,
  });
}

/** Posts one outcome event, fire and forget: a failure is only logged by the client. */
function postOutcomeEvent(backend: BackendClient, path: string, body: Record<string, unknown>) {
  void backend
    .request({ method: 'POST', path, body }, toneEventWriteReplySchema)
    .catch(() => undefined);
}

/**
 * Records one copied draft's tone counts. Fire and forget: the agent's copy never waits for it,
 * and a failure is only logged by the client; the send id makes a repeat count once.
 */
export function recordToneEvent(backend: BackendClient, event: ToneEventWriteRequest): void {
  postOutcomeEvent(backend, outcomePaths.toneEvents, { ...event });
}

/**
 * Records one contact-guard event (a "not now", or a contact against one). Fire and forget like a
 * tone event; the event id makes a retry or a repeat count once.
 */
export function recordGuardEvent(backend: BackendClient, event: GuardEventWriteRequest): void {
  postOutcomeEvent(backend, outcomePaths.guardEvents, { ...event });
}
