/** Whether the agent may call, email or text the customer now, why not, and when next. */
import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import type { GuardView } from './history-view';

/** One row per channel. */
export function GuardList({ guards }: { guards: readonly GuardView[] }) {
  return (
    <Flex direction="column" gap="extra-small">
      {guards.map((guard) => (
        <Flex key={guard.channel} direction="column" gap="flush">
          <Flex direction="row" gap="extra-small" align="center">
            <Text format={{ fontWeight: 'bold' }}>{guard.label}</Text>
            <StatusTag
              testId={`guard-${guard.channel}`}
              variant={guard.allowed ? 'success' : 'danger'}
            >
              {guard.allowed ? 'Allowed now' : 'Not now'}
            </StatusTag>
          </Flex>
          {guard.reasons.map((reason) => (
            <Text key={reason} variant="microcopy">
              {reason}
            </Text>
          ))}
          {guard.next ? (
            <Text testId={`guard-${guard.channel}-next`} variant="microcopy">
              Next allowed: {guard.next}
            </Text>
          ) : null}
          {guard.notices.map((notice) => (
            <Text key={notice} variant="microcopy">
              {notice}
            </Text>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}
