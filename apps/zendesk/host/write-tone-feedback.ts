/**
 * Builds one piece of tone feedback and records it in Zendesk. The tone panel loads this module on
 * the agent's first feedback click: the feedback schema (full zod) is not needed to paint the
 * sidebar, and the record is parsed here as strictly as before.
 */
import { buildToneFeedback, type ToneFeedbackInput } from '../../../shared/feedback';
import type { RetryOptions } from '../../../shared/http';
import type { HttpError, HttpPort, Result } from '../../../shared/ports';
import { recordToneFeedback } from './tone-feedback';

/** The feedback `input` describes, written as a custom object record; safe to repeat. */
export function writeToneFeedback(
  http: HttpPort,
  retry: RetryOptions,
  input: ToneFeedbackInput,
): Promise<Result<void, HttpError>> {
  return recordToneFeedback(http, retry, buildToneFeedback(input));
}
