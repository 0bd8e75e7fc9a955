/**
 * The contact's flags on the card: the shared body (apps/react/panels/ContactFlags.tsx) over the
 * flags our backend keeps, writing through it; a signal's one-click Set flag sets it, else its
 * request fills the form for the agent.
 */
import { useCallback, useMemo } from 'react';
import {
  createFlagEditor,
  type FlagEditorPorts,
} from '../../../../../../shared/history/flag-editor';
import { flagsView } from '../../../../../../shared/history/view';
import { errorWords } from '../../../../../../shared/i18n/error-words';
import type { ContactFlag } from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { useCardI18n } from '../../i18n';
import { ContactFlags } from '../../../../../react/panels/ContactFlags';

export function FlagEditor(props: {
  flags: readonly ContactFlag[];
  write: FlagEditorPorts<FlagRequest, BackendError>['write'];
}) {
  const { flags, write } = props;
  const { t, locale } = useCardI18n();
  const editor = useMemo(() => createFlagEditor({ write }), [write]);
  const view = useMemo(
    () =>
      flagsView(
        flags.map(({ kind, since, source, reason }) => ({ kind, since, raisedBy: source, reason })),
      ),
    [flags],
  );
  useFlagRequests(
    useCallback((request: FlagRequest) => void editor.request(request, view.isOn), [editor, view]),
  );
  const failure = useCallback(
    (error: BackendError) => errorWords(t, { host: 'hubspot', error }),
    [t],
  );
  return <ContactFlags t={t} locale={locale} view={view} editor={editor} failure={failure} />;
}
