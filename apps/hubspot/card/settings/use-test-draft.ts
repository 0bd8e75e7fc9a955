/**
 * The first-run checklist's test draft: checked by our backend on request, its findings kept for
 * the visit, or why the check failed (the button stays, so the admin can try again).
 */
import { useCallback, useState } from 'react';
import type { ToneSettings } from '../../../../shared/settings';
import type { Finding } from '../../../../shared/tone/types';
import type { BackendClient, BackendErrorCode } from '../host/backend-client';
import { checkTestDraft } from './first-run';

/** The test draft's findings once checked, the last failure's code, and the check itself. */
export interface TestDraft {
  findings: readonly Finding[] | undefined;
  failed: BackendErrorCode | undefined;
  check: (tone: ToneSettings) => void;
}

export function useTestDraft(backend: BackendClient): TestDraft {
  const [findings, setFindings] = useState<readonly Finding[] | undefined>(undefined);
  const [failed, setFailed] = useState<BackendErrorCode | undefined>(undefined);
  const check = useCallback(
    (tone: ToneSettings) => {
      setFailed(undefined);
      void checkTestDraft(backend, tone).then((reply) => {
        if (reply.ok) setFindings(reply.value);
        else setFailed(reply.error.code);
      });
    },
    [backend],
  );
  return { findings, failed, check };
}
