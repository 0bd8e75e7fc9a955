/** The contact's flags, each with Clear, and a form to set or clear one, with who and why. */
import { Alert, Button, Flex, LoadingButton, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { useCallback, useMemo, useState } from 'react';
import { formatDate } from '../../../../../../shared/calendar/display';
import { flagButtonKey, flagReasonMaxLength } from '../../../../../../shared/history/flag-form';
import { flagFormProblems } from '../../../../../../shared/history/flag-form-view';
import {
  createFlagEditor,
  type FlagEditorPorts,
} from '../../../../../../shared/history/flag-editor';
import {
  flagKinds,
  flagSources,
  type ContactFlag,
  type FlagKind,
  type FlagSource,
} from '../../../../contract';
import type { BackendError } from '../../../host/backend-client';
import { ErrorAlert } from '../../ErrorAlert';
import { Choice, labelled } from '../../Choice';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { useCardI18n } from '../../i18n';
import { useSnapshot } from '../../../../../react/load';

/** Set flags and the set/clear controls. */
export function FlagEditor(props: {
  flags: readonly ContactFlag[];
  write: FlagEditorPorts<FlagRequest, FlagSource, BackendError>['write'];
}) {
  const { flags, write } = props;
  const { t, locale } = useCardI18n();
  const editor = useMemo(() => createFlagEditor({ write }), [write]);
  const { form, save } = useSnapshot(editor);
  const [source, setSource] = useState<FlagSource>('customer');
  const saving = save.status === 'saving';
  const isOn = useCallback((kind: FlagKind) => flags.some((set) => set.kind === kind), [flags]);
  // A signal's one-click Set flag sets it; else the request fills the form for the agent.
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        if (editor.request(request, isOn) === 'review') setSource('customer');
      },
      [editor, isOn],
    ),
  );
  /** The form's button sets the chosen flag, or clears it when on (as in Zendesk); Clear clears. */
  const press = (clearing?: FlagKind) =>
    editor.press(isOn, { source, ...(clearing ? { clearing } : {}) });
  const problems = flagFormProblems(form, t);
  return (
    <Flex direction="column" gap="small">
      {flags.length === 0 ? (
        <Text testId="flags-none" variant="microcopy">
          {t('card.history.noFlags')}
        </Text>
      ) : null}
      {flags.map((flag) => (
        <Flex key={flag.kind} direction="row" gap="extra-small" align="center" wrap>
          <Tag testId={`history-flag-${flag.kind}`} variant="warning">
            {t(`history.flags.name.${flag.kind}`)}
          </Tag>
          <Text variant="microcopy">
            {t('card.history.flagLine', {
              since: formatDate(flag.since, locale),
              source: flag.source,
            }) + (flag.reason ? `: ${flag.reason}` : '')}
          </Text>
          <Button
            testId={`flag-clear-${flag.kind}`}
            size="xs"
            disabled={saving}
            onClick={() => press(flag.kind)}
          >
            {t('card.history.clear')}
          </Button>
        </Flex>
      ))}
      <Flex direction="row" gap="small" wrap>
        <Choice
          id="flag-kind"
          label={t('history.flags.flag')}
          placeholder={t('history.flags.choose')}
          choices={labelled(flagKinds, (value) => t(`history.flags.name.${value}`))}
          value={form.kind}
          {...(problems.flag ? { problem: problems.flag } : {})}
          onChoose={editor.choose}
        />
        <Choice
          id="flag-source"
          label={t('card.history.raisedBy')}
          choices={labelled(flagSources, (value) => t(`card.history.source.${value}`))}
          value={source}
          onChoose={setSource}
        />
      </Flex>
      <TextArea
        testId="flag-reason"
        name="tactful-flag-reason"
        label={t('history.flags.reason')}
        description={t('card.history.reasonHint')}
        rows={2}
        maxLength={flagReasonMaxLength}
        value={form.reason}
        onInput={editor.typeReason}
        onChange={editor.typeReason}
        {...(problems.reason ? { error: true, validationMessage: problems.reason } : {})}
      />
      <LoadingButton testId="flag-set" loading={saving} disabled={saving} onClick={() => press()}>
        {t(flagButtonKey(form, isOn))}
      </LoadingButton>
      {save.status === 'saved' ? (
        <Alert
          testId="flag-saved"
          title={t(save.on ? 'card.history.flagSet' : 'card.history.flagCleared')}
          variant="success"
        >
          {t('card.history.upToDate')}
        </Alert>
      ) : null}
      {save.status === 'failed' && <ErrorAlert testId="flag-failed" code={save.error.code} />}
    </Flex>
  );
}
