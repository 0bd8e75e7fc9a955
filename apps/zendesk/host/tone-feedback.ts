/**
 * Agent feedback on the tone check as a Zendesk custom object record (`tactful_tone_feedback`,
 * declared in requirements.json; fields in shared/feedback/zendesk-record.ts). The record stays in
 * the customer's Zendesk account. Written as an upsert by external id (the feedback's id), like
 * the plan records, so a retried write never makes a second record.
 */
import {
  toneFeedbackRecordFields,
  toneFeedbackRecordsPath,
  type ToneFeedback,
} from '../../../shared/feedback';
import { requestWithRetry, type RetryOptions } from '../../../shared/http';
import { ok, type HttpError, type HttpPort, type Result } from '../../../shared/ports';

/** What an admin sees in the object's record list: what was said, about which rule. */
function recordName(feedback: ToneFeedback): string {
  const disputed =
    feedback.disputed === null ? undefined : feedback.findings[feedback.disputed]?.ruleId;
  const what = disputed === undefined ? 'Missed something' : `Wrong finding: ${disputed}`;
  return `${what} (${feedback.locale}, ${feedback.id})`.slice(0, 255);
}

/** Writes one piece of feedback; safe to repeat. */
export async function recordToneFeedback(
  http: HttpPort,
  retry: RetryOptions,
  feedback: ToneFeedback,
): Promise<Result<void, HttpError>> {
  const response = await requestWithRetry(
    http,
    {
      method: 'PATCH',
      path: `${toneFeedbackRecordsPath}.json?external_id=${encodeURIComponent(feedback.id)}`,
      body: {
        custom_object_record: {
          name: recordName(feedback),
          external_id: feedback.id,
          custom_object_fields: toneFeedbackRecordFields(feedback),
        },
      },
      // An upsert by external id is idempotent; the header tells shared/http it may be resent.
      headers: { 'Idempotency-Key': feedback.id },
    },
    retry,
  );
  return response.ok ? ok(undefined) : response;
}
