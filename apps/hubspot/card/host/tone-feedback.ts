/**
 * Agent feedback on the tone check through our backend (`POST` / `GET /api/tone-feedback`). The
 * backend keeps it only while the portal's admin allows feedback, and the draft only when they allow
 * that too; the feedback's id makes a resent click a no-op. Reading it back is for super admins.
 */
import {
  backendPaths,
  toneFeedbackListReplySchema,
  toneFeedbackWriteReplySchema,
  type ToneFeedbackWriteReply,
} from '../../contract';
import type { ToneFeedback } from '../../../../shared/feedback';
import type { Result } from '../../../../shared/ports';
import type { BackendClient, BackendError } from './backend-client';

/** Sends one piece of feedback; the reply says whether the draft was kept. */
export function sendToneFeedback(
  backend: BackendClient,
  feedback: ToneFeedback,
): Promise<Result<ToneFeedbackWriteReply, BackendError>> {
  return backend.request(
    { method: 'POST', path: backendPaths.toneFeedback, body: { ...feedback } },
    toneFeedbackWriteReplySchema,
  );
}

/** The portal's feedback, newest first, as the backend returns it (super admins only). */
export function loadToneFeedback(
  backend: BackendClient,
): Promise<Result<ToneFeedback[], BackendError>> {
  return backend.request({ path: backendPaths.toneFeedback }, toneFeedbackListReplySchema);
}
