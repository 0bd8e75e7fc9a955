/** The contact's flags, each with Clear, and a form to set one with its source and reason. */
import { Alert, Button, Flex, LoadingButton, Tag, Text, TextArea } from '@hubspot/ui-extensions';
import { useCallback, useEffect, useState } from 'react';
import {
  flagKinds,
  flagSources,
  type ContactFlag,
  type FlagKind,
  type FlagSource,
} from '../../../../contract';
import { errorText } from '../../backend-error-text';
import { Choice, labelled } from '../../Choice';
import { useFlagRequests, type FlagRequest } from '../../flag-request';
import { useCardI18n } from '../../i18n';
import { formatDate } from '../../../../../../shared/calendar/display';
import type { FlagWriteState } from './useContactHistory';

/** Set flags and the set/clear controls. */
export function FlagEditor(props: {
  flags: readonly ContactFlag[];
  write: FlagWriteState;
  onSet: (kind: FlagKind, source: FlagSource, reason: string) => void;
  onClear: (kind: FlagKind, reason: string) => void;
}) {
  const { flags, write } = props;
  const { t, locale } = useCardI18n();
  // No flag is chosen for the agent: setting one is a deliberate choice.
  const [kind, setKind] = useState<FlagKind | undefined>(undefined);
  const [source, setSource] = useState<FlagSource>('customer');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const saving = write.status === 'saving';
  const reasonMissing = reason.trim() === '';
  // A signal's "Review flag" fills the form; the agent still presses Set flag.
  const review = useCallback((request: FlagRequest) => {
    setKind(request.flag);
    setSource('customer');
    setReason(request.reason);
    setTried(false);
  }, []);
  useFlagRequests(review);
  // Once a flag is set the form starts over, so the next one never inherits this reason.
  useEffect(() => {
    if (write.status !== 'saved') return;
    setKind(undefined);
    setReason('');
    setTried(false);
  }, [write]);
  return (
    <Flex direction="column" gap="small">
      {flags.length === 0 ? (
        <Text testId="flags-none" variant="microcopy">
          {t('card.history.noFlags')}
        </Text>
      ) : (
        flags.map((flag) => (
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
              onClick={() => props.onClear(flag.kind, reason)}
            >
              {t('card.history.clear')}
            </Button>
          </Flex>
        ))
      )}
      <Flex direction="row" gap="small" wrap>
        <Choice
          id="flag-kind"
          label={t('history.flags.flag')}
          placeholder={t('history.flags.choose')}
          choices={labelled(flagKinds, (value) => t(`history.flags.name.${value}`))}
          value={kind}
          {...(tried && kind === undefined ? { problem: t('history.flags.choose') } : {})}
          onChoose={setKind}
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
        maxLength={500}
        value={reason}
        onInput={setReason}
        onChange={setReason}
        {...(tried && reasonMissing
          ? { error: true, validationMessage: t('card.history.reasonRequired') }
          : {})}
      />
      <LoadingButton
        testId="flag-set"
        loading={saving}
        disabled={saving}
        onClick={() => {
          setTried(true);
          if (kind !== undefined && !reasonMissing) props.onSet(kind, source, reason);
        }}
      >
        {t('history.flags.set')}
      </LoadingButton>
      {write.status === 'saved' ? (
        <Alert testId="flag-saved" title={write.message} variant="success">
          {t('card.history.upToDate')}
        </Alert>
      ) : null}
      {write.status === 'failed' ? (
        <Alert testId="flag-failed" title={errorText(t, write.error.code).title} variant="danger">
          {errorText(t, write.error.code).body}
        </Alert>
      ) : null}
    </Flex>
  );
}
