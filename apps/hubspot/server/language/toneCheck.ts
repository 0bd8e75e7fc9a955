/**
 * The tone check of a draft, as the card shows it: the shared engine with the shipped models,
 * run in this process's memory. The draft is neither kept nor logged; only the result leaves.
 */
import { checkTone } from '../../../../shared/tone';
import type { ToneCheckReply, ToneCheckRequest } from '../../contract';
import { installShippedModels } from '../models/shippedModels';

/** Checks `request.text` (plain text) with the portal's tone options the card sent. */
export function checkDraft(request: ToneCheckRequest): ToneCheckReply {
  installShippedModels();
  const { text, ...options } = request;
  const result = checkTone(text, { ...options, format: 'text' });
  return {
    verdict: result.verdict,
    score: result.score,
    locale: result.locale,
    // The explanation (concepts and n-grams) is for the CLI's --explain; the card never shows it.
    findings: result.findings.map(({ explanation: _explanation, ...finding }) => finding),
  };
}
