/** Whether the agent may call, email or text the customer now, why not, and when next. */
import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import type { GuardView } from '../../../../../../shared/history/view';
import { describeNext, guardLabel, reasonWords } from './history-view';

/** One row per channel. */
export function GuardList({ guards, locale }: { guards: readonly GuardView[]; locale: string }) {
  return (
    <Flex direction="column" gap="extra-small">
      {guards.map((guard) => {
        const next = describeNext(guard, locale);
        return (
          <Flex key={guard.channel} direction="column" gap="flush">
            <Flex direction="row" gap="extra-small" align="center">
              <Text format={{ fontWeight: 'bold' }}>{guardLabel(guard.channel)}</Text>
              <StatusTag
                testId={`guard-${guard.channel}`}
                variant={guard.state === 'allowed' ? 'success' : 'danger'}
              >
                {guard.state === 'allowed' ? 'Allowed now' : 'Not now'}
              </StatusTag>
            </Flex>
            {guard.codes.reasons.map((code) => (
              <Text key={code} variant="microcopy">
                {reasonWords[code]}
              </Text>
            ))}
            {next ? (
              <Text testId={`guard-${guard.channel}-next`} variant="microcopy">
                Next allowed: {next}
              </Text>
            ) : null}
            {guard.codes.notices.map((code) => (
              <Text key={code} variant="microcopy">
                {reasonWords[code]}
              </Text>
            ))}
          </Flex>
        );
      })}
    </Flex>
  );
}
