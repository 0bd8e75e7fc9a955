/** Whether the agent may call, email or text the customer now, why not, and when next. */
import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import { formatMoment } from '../../../../../../shared/calendar/display';
import type { GuardView } from '../../../../../../shared/history/view';
import { guardWords } from '../../../../../../shared/history/view-words';
import { statusTagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';

/** One row per channel. */
export function GuardList({ guards }: { guards: readonly GuardView[] }) {
  const { t, locale } = useCardI18n();
  const words = guardWords(t, guards, (at, zone) => formatMoment(at, zone, locale));
  return (
    <Flex direction="column" gap="extra-small">
      {words.map((guard) => (
        <Flex key={guard.channel} direction="column" gap="flush">
          <Flex direction="row" gap="extra-small" align="center">
            <Text format={{ fontWeight: 'bold' }}>{guard.label}</Text>
            <StatusTag testId={`guard-${guard.channel}`} variant={statusTagVariant[guard.emphasis]}>
              {guard.stateLabel}
            </StatusTag>
          </Flex>
          {guard.reasons.map((line) => (
            <Text key={line} variant="microcopy">
              {line}
            </Text>
          ))}
          {guard.next ? (
            <Text testId={`guard-${guard.channel}-next`} variant="microcopy">
              {guard.next}
            </Text>
          ) : null}
          {guard.notices.map((line) => (
            <Text key={line} variant="microcopy">
              {line}
            </Text>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}
