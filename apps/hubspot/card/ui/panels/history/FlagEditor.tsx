/** The contact's flags, each with Clear, and a form to set or clear one, with who and why. */
import { Alert, Button, Flex, LoadingButton, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { formatDate } from '../../../../../../shared/calendar/display';
import {
  blankFlagForm,
  flagButtonKey,
  flagFormStep,
  flagReasonMaxLength,
  type FlagChange,
} from '../../../../../../shared/history/flag-form';
import {
  flagFormProblems,
  flagPress,
  flagRequestStep,
} from '../../../../../../shared/history/flag-form-view';
import { flagKinds, flagSources, type ContactFlag, type FlagSource } from '../../../../contract';
import { ErrorAlert } from '../../ErrorAlert';
import { Choice, labelled } from '../../Choice';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { useCardI18n } from '../../i18n';
import type { FlagWriteState } from './useContactHistory';

/** Set flags and the set/clear controls. */
export function FlagEditor(props: {
  flags: readonly ContactFlag[];
  write: FlagWriteState;
  onChange: (change: FlagChange, source: FlagSource, fromMessage?: string) => void;
}) {
  const { flags, write, onChange } = props;
  const { t, locale } = useCardI18n();
  const [form, step] = useReducer(flagFormStep, blankFlagForm);
  const [source, setSource] = useState<FlagSource>('customer');
  const saving = write.status === 'saving';
  const isOn = (kind: ContactFlag['kind']) => flags.some((set) => set.kind === kind);
  // A signal's one-click Set flag sets it; else the request fills the form for the agent.
  useFlagRequests(
    useCallback(
      (request: FlagRequest) => {
        const next = flagRequestStep(request, (kind) => flags.some((set) => set.kind === kind));
        if ('set' in next) return onChange(next.set, 'customer', request.fromMessage);
        step(next.review);
        setSource('customer');
      },
      [flags, onChange],
    ),
  );
  useEffect(() => {
    if (write.status === 'saved') step({ type: 'saved' });
  }, [write]);
  /** The form's button sets the chosen flag, or clears it when on (as in Zendesk); Clear clears. */
  const press = (clearing?: ContactFlag['kind']) => {
    const { event, change } = flagPress(form, isOn, clearing);
    step(event);
    if (change) onChange(change, source);
  };
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
          onChoose={(kind) => step({ type: 'choose', kind })}
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
        onInput={(reason) => step({ type: 'reason', reason })}
        onChange={(reason) => step({ type: 'reason', reason })}
        {...(problems.reason ? { error: true, validationMessage: problems.reason } : {})}
      />
      <LoadingButton testId="flag-set" loading={saving} disabled={saving} onClick={() => press()}>
        {t(flagButtonKey(form, isOn))}
      </LoadingButton>
      {write.status === 'saved' ? (
        <Alert
          testId="flag-saved"
          title={t(write.on ? 'card.history.flagSet' : 'card.history.flagCleared')}
          variant="success"
        >
          {t('card.history.upToDate')}
        </Alert>
      ) : null}
      {write.status === 'failed' && <ErrorAlert testId="flag-failed" code={write.error.code} />}
    </Flex>
  );
}
