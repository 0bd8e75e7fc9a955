/**
 * "What the customer says", written once for both hosts over the kit: the section as the one view
 * model words it (shared/signals/view.ts). What differs per host comes in as props: the words for
 * "has not written" (a comment or an email), a link to the message, how a promise is recorded
 * (the sidebar's form, the card's one click) and reading older messages (the sidebar's alone).
 */
import type { ReactNode } from 'react';
import type { MessageKey, Translate } from '../../../shared/i18n';
import type { FlagEditRequest } from '../../../shared/history/flag-editor';
import type { PromisePrefill } from '../../../shared/signals/promise-offer';
import type { SignalEntryView, SignalsSectionView } from '../../../shared/signals/view';
import { useKit } from '../kit';

export interface SignalsBodyProps {
  t: Translate;
  section: SignalsSectionView;
  /** What the section says when the customer has not written. */
  noMessage: MessageKey;
  onSetFlag: (request: FlagEditRequest) => void;
  /** The address of the message a signal's words come from, where the host can link to it. */
  linkTo?: (entry: SignalEntryView) => string | undefined;
  /** How the agent records the promise to pay a signal offers (`id` names its test ids). */
  recordPromise: (prefill: PromisePrefill, id: string) => ReactNode;
  /** Reading the customer's older messages, when there are some. */
  older?: { busy: boolean; failed: string | undefined; read: () => void } | undefined;
}

export function SignalsBody(props: SignalsBodyProps) {
  const { Stack, List, Text, Notice, Button } = useKit();
  const { t, section, older } = props;
  const { empty, signposting, entries } = section;
  return (
    <Stack>
      {signposting === undefined ? null : (
        <Notice
          testId="signals-signposting"
          emphasis="caution"
          role="note"
          title={t('signals.action.self-harm')}
          text={signposting}
        />
      )}
      {empty === undefined ? null : (
        <Text testId={`signals-${empty}`} small>
          {t(empty === 'none' ? 'signals.none' : props.noMessage)}
        </Text>
      )}
      {entries.length > 0 ? (
        <List>
          {entries.map((entry, index) => (
            <SignalEntry key={entry.key} {...props} entry={entry} id={`signal-${index}`} />
          ))}
        </List>
      ) : null}
      {older ? (
        <Button busy={older.busy} busyLabel={t('signals.readingOlder')} onClick={older.read}>
          {t('signals.readOlder')}
        </Button>
      ) : null}
      {older?.failed === undefined ? null : <Text role="alert">{older.failed}</Text>}
    </Stack>
  );
}

function SignalEntry(props: SignalsBodyProps & { entry: SignalEntryView; id: string }) {
  const { Stack, Item, Text, Quote, Tag, Button, Link } = useKit();
  const { t, entry, id } = props;
  const { promise } = entry;
  const link = props.linkTo?.(entry);
  return (
    <Item label={entry.label}>
      <Stack row>
        <Text testId={`${id}-label`} bold>
          {entry.label}
        </Text>
        {entry.details.map((detail, at) => (
          <Tag key={detail} testId={`${id}-detail-${at}`}>
            {detail}
          </Tag>
        ))}
        {entry.time === undefined ? null : <Tag testId={`${id}-time`}>{entry.time}</Tag>}
      </Stack>
      <Quote testId={`${id}-said`} label={t('signals.said')} text={entry.excerpt} />
      {link === undefined ? null : <Link href={link}>{t('signals.goToComment')}</Link>}
      <Text testId={`${id}-action`} label={t('signals.actionLabel')}>
        {entry.action}
      </Text>
      {promise === undefined ? null : (
        <Stack row>
          {promise.amount && <Tag testId={`${id}-promise-amount`}>{promise.amount}</Tag>}
          {promise.due && <Tag testId={`${id}-promise-due`}>{promise.due}</Tag>}
        </Stack>
      )}
      {entry.prefill && props.recordPromise(entry.prefill, id)}
      {entry.promiseNote && <Text small>{entry.promiseNote}</Text>}
      {entry.flagsNote === undefined ? null : (
        <Stack row>
          <Text testId={`${id}-flag-suggested`} small>
            {entry.flagsNote}
          </Text>
          {entry.flags.map(({ flag, alreadySet, label, request }) =>
            alreadySet ? (
              <Tag key={flag} testId={`${id}-already-${flag}`} emphasis="bad">
                {label}
              </Tag>
            ) : (
              <Button
                key={flag}
                testId={`${id}-set-${flag}`}
                variant="inline"
                hint={t('signals.setFlagHint')}
                onClick={() => props.onSetFlag(request)}
              >
                {label}
              </Button>
            ),
          )}
        </Stack>
      )}
    </Item>
  );
}
