/**
 * The customer's contact flags in the sidebar: the shared body (apps/react/panels/ContactFlags.tsx)
 * over the customer as Zendesk has them, writing through the adapter; a request from the customer's
 * signals fills the form and takes the agent to it, or sets the flag at once.
 */
import { useCallback, useMemo, useRef } from 'react';
import { createFlagEditor, type FlagEditorPorts } from '../../../../../shared/history/flag-editor';
import { flagsView } from '../../../../../shared/history/view';
import { errorWords } from '../../../../../shared/i18n/error-words';
import type { FlagChangeError, HistoryCustomer } from '../../../host/history';
import { useI18n } from '../../i18n';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { ContactFlags } from '../../../../react/panels/ContactFlags';

export function FlagControls(props: {
  customer: HistoryCustomer;
  /** Saves a change (`request`: the other panel's, with the message its words came from). */
  write: FlagEditorPorts<FlagRequest, FlagChangeError>['write'];
}) {
  const { t, locale } = useI18n();
  const { write } = props;
  const editor = useMemo(() => createFlagEditor({ write }), [write]);
  const view = useMemo(() => flagsView(props.customer.setFlags), [props.customer.setFlags]);
  const box = useRef<HTMLDivElement>(null);
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        // The form filled for review: the agent is taken to its picker to read it and press Set.
        if (editor.request(request, view.isOn) === 'review')
          box.current?.querySelector('select')?.focus();
      },
      [editor, view],
    ),
  );
  const failure = useCallback(
    (error: FlagChangeError) => errorWords(t, { host: 'zendesk', error }),
    [t],
  );
  return (
    <div ref={box}>
      <ContactFlags t={t} locale={locale} view={view} editor={editor} failure={failure} />
    </div>
  );
}
