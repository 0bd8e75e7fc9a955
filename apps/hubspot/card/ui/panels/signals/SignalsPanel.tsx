/**
 * "What the customer says": the signals in the contact's newest inbound email, safety first (the
 * one view model, shared/signals/view.ts), each with its label and details, the customer's words
 * as text, what to do, and for a suggested flag a button that fills the flag form for the agent
 * to confirm: it never sets a flag itself. Self-harm wording adds the signposting line.
 */
import { Alert, Button, Flex, Tag, Text } from '@hubspot/ui-extensions';
import { flagReasonFor } from '../../../../../../shared/signals/flag-reason';
import type { SignalItem } from '../../../../../../shared/signals/view';
import { contactFlagSchema } from '../../../../contract';
import { useRequestFlagReview } from '../../flag-request';
import { useCardI18n } from '../../i18n';
import { Loadable } from '../../Loadable';
import { useSignals, type SignalsRead } from './useSignals';

/** The longest reason a flag takes (the contract's). */
const flagReasonMaxLength = contactFlagSchema.shape.reason.maxLength ?? 500;

/** The panel, wired to its controller. */
export function SignalsPanel() {
  const signals = useSignals();
  return (
    <Loadable load={signals} id="signals" loading="signals.loading">
      {(read) => <SignalsView read={read} />}
    </Loadable>
  );
}

function SignalsView({ read }: { read: SignalsRead }) {
  const { t } = useCardI18n();
  if (!read.hasMessage) {
    return (
      <Text testId="signals-no-message" variant="microcopy">
        {t('card.signals.noEmail')}
      </Text>
    );
  }
  const { view } = read;
  return (
    <Flex direction="column" gap="small">
      {view.signposting ? (
        <Alert testId="signals-signposting" title={t('signals.action.self-harm')} variant="warning">
          {t(view.signposting)}
        </Alert>
      ) : null}
      {view.items.length === 0 ? (
        <Text testId="signals-none" variant="microcopy">
          {t('signals.none')}
        </Text>
      ) : (
        view.items.map((item, index) => <SignalEntry key={item.key} item={item} index={index} />)
      )}
    </Flex>
  );
}

function SignalEntry({ item, index }: { item: SignalItem; index: number }) {
  const { t } = useCardI18n();
  const requestReview = useRequestFlagReview();
  const id = `signal-${index}`;
  return (
    <Flex direction="column" gap="extra-small">
      <Flex direction="row" gap="extra-small" align="center" wrap>
        <Text testId={`${id}-label`} format={{ fontWeight: 'bold' }}>
          {t(item.label)}
        </Text>
        {item.details.map((code, at) => (
          <Tag key={code} testId={`${id}-detail-${at}`} variant="default">
            {t(code)}
          </Tag>
        ))}
        {item.time === undefined ? null : (
          <Tag testId={`${id}-time`} variant="default">
            {item.time}
          </Tag>
        )}
      </Flex>
      <Text testId={`${id}-said`} format={{ italic: true }}>
        {`${t('signals.said')}: “${item.excerpt}”`}
      </Text>
      <Text testId={`${id}-action`}>{`${t('signals.actionLabel')}: ${t(item.action)}`}</Text>
      {item.suggestedFlags.length === 0 ? null : (
        <Flex direction="row" gap="extra-small" align="center" wrap>
          <Text testId={`${id}-flag-suggested`} variant="microcopy">
            {t('signals.flagSuggested')}
          </Text>
          {item.suggestedFlags.map((flag) => (
            <Button
              key={flag}
              testId={`${id}-review-${flag}`}
              size="xs"
              onClick={() =>
                requestReview({
                  flag,
                  reason: flagReasonFor(
                    (excerpt) => t('signals.reviewFlagReason', { excerpt }),
                    item.excerpt,
                    flagReasonMaxLength,
                  ),
                })
              }
            >
              {t('signals.reviewFlag', { flag: t(`history.flags.name.${flag}`) })}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
