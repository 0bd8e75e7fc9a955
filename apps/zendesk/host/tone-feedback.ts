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
import type { RetryOptions } from '../../../shared/http';
import type { HttpError, HttpPort, Result } from '../../../shared/ports';
import { upsertRecord } from './custom-object-records';

/** What an admin sees in the object's record list: what was said, about which rule. */
function recordName(feedback: ToneFeedback): string {
  const disputed =
    feedback.disputed === null ? undefined : feedback.findings[feedback.disputed]?.ruleId;
  const what = disputed === undefined ? 'Missed something' : `Wrong finding: ${disputed}`;
  return `${what} (${feedback.locale}, ${feedback.id})`.slice(0, 255);
}

/** Writes one piece of feedback; safe to repeat. */
export function recordToneFeedback(
  http: HttpPort,
  retry: RetryOptions,
  feedback: ToneFeedback,
): Promise<Result<void, HttpError>> {
  return upsertRecord(http, retry, {
    recordsPath: toneFeedbackRecordsPath,
    externalId: feedback.id,
    name: recordName(feedback),
    fields: toneFeedbackRecordFields(feedback),
  });
}
