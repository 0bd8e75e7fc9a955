/** The contact's flags, each with Clear, and a form to set one with its source and reason. */
import {
  Alert,
  Button,
  Flex,
  LoadingButton,
  Select,
  Tag,
  Text,
  TextArea,
} from '@hubspot/ui-extensions';
import { useState } from 'react';
import {
  flagKinds,
  flagSources,
  type ContactFlag,
  type FlagKind,
  type FlagSource,
} from '../../../../contract';
import { backendErrorText } from '../../backend-error-text';
import { flagLabel } from '../../../../contract/properties';
import { describeFlag } from './history-view';
import type { FlagWriteState } from './useContactHistory';

const kindOptions = flagKinds.map((kind) => ({ label: flagLabel(kind), value: kind }));
const sourceWords: Record<FlagSource, string> = {
  customer: 'The customer',
  agent: 'An agent',
  'third-party': 'A third party',
  court: 'A court',
};
const sourceOptions = flagSources.map((source) => ({ label: sourceWords[source], value: source }));
const isKind = (value: unknown): value is FlagKind =>
  (flagKinds as readonly unknown[]).includes(value);
const isSource = (value: unknown): value is FlagSource =>
  (flagSources as readonly unknown[]).includes(value);

/** Set flags and the set/clear controls. */
export function FlagEditor(props: {
  flags: readonly ContactFlag[];
  write: FlagWriteState;
  onSet: (kind: FlagKind, source: FlagSource, reason: string) => void;
  onClear: (kind: FlagKind, reason: string) => void;
}) {
  const { flags, write } = props;
  const [kind, setKind] = useState<FlagKind>('do-not-call');
  const [source, setSource] = useState<FlagSource>('customer');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const saving = write.status === 'saving';
  const reasonMissing = reason.trim() === '';
  return (
    <Flex direction="column" gap="small">
      {flags.length === 0 ? (
        <Text testId="flags-none" variant="microcopy">
          No flags are set on this contact.
        </Text>
      ) : (
        flags.map((flag) => (
          <Flex key={flag.kind} direction="row" gap="extra-small" align="center" wrap>
            <Tag testId={`history-flag-${flag.kind}`} variant="warning">
              {flagLabel(flag.kind)}
            </Tag>
            <Text variant="microcopy">{describeFlag(flag)}</Text>
            <Button
              testId={`flag-clear-${flag.kind}`}
              size="xs"
              disabled={saving}
              onClick={() => props.onClear(flag.kind, reason)}
            >
              Clear
            </Button>
          </Flex>
        ))
      )}
      <Flex direction="row" gap="small" wrap>
        <Select
          testId="flag-kind"
          name="tactful-flag-kind"
          label="Flag"
          options={kindOptions}
          value={kind}
          onChange={(value) => {
            if (isKind(value)) setKind(value);
          }}
        />
        <Select
          testId="flag-source"
          name="tactful-flag-source"
          label="Raised by"
          options={sourceOptions}
          value={source}
          onChange={(value) => {
            if (isSource(value)) setSource(value);
          }}
        />
      </Flex>
      <TextArea
        testId="flag-reason"
        name="tactful-flag-reason"
        label="Reason"
        description="Why the flag is set or cleared, and on whose word. Saved in a note on the contact."
        rows={2}
        maxLength={500}
        value={reason}
        onInput={setReason}
        onChange={setReason}
        {...(tried && reasonMissing
          ? { error: true, validationMessage: 'Give a reason to set a flag.' }
          : {})}
      />
      <LoadingButton
        testId="flag-set"
        loading={saving}
        disabled={saving}
        onClick={() => {
          setTried(true);
          if (!reasonMissing) props.onSet(kind, source, reason);
        }}
      >
        Set flag
      </LoadingButton>
      {write.status === 'saved' ? (
        <Alert testId="flag-saved" title={write.message} variant="success">
          The contact&apos;s flags and the contact guards are up to date.
        </Alert>
      ) : null}
      {write.status === 'failed' ? (
        <Alert
          testId="flag-failed"
          title={backendErrorText[write.error.code].title}
          variant="danger"
        >
          {backendErrorText[write.error.code].body}
        </Alert>
      ) : null}
    </Flex>
  );
}
