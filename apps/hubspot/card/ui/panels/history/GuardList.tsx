/** Whether the agent may call, email or text the customer now, why not, and when next. */
import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import { guardEmphasis, type GuardView } from '../../../../../../shared/history/view';
import { statusTagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import { formatMoment } from '../../../../../../shared/calendar/display';
import { guardNextText } from '../../../../../../shared/history/view-words';

/** One row per channel. */
export function GuardList({ guards }: { guards: readonly GuardView[] }) {
  const { t, locale } = useCardI18n();
  return (
    <Flex direction="column" gap="extra-small">
      {guards.map((guard) => {
        const next = guardNextText(t, guard, (at, zone) => formatMoment(at, zone, locale));
        return (
          <Flex key={guard.channel} direction="column" gap="flush">
            <Flex direction="row" gap="extra-small" align="center">
              <Text format={{ fontWeight: 'bold' }}>{t(`history.channel.${guard.channel}`)}</Text>
              <StatusTag
                testId={`guard-${guard.channel}`}
                variant={statusTagVariant[guardEmphasis[guard.state]]}
              >
                {t(guard.state === 'allowed' ? 'history.guards.allowed' : 'history.guards.notNow')}
              </StatusTag>
            </Flex>
            {guard.codes.reasons.map((code) => (
              <Text key={code} variant="microcopy">
                {t(`history.reason.${code}`)}
              </Text>
            ))}
            {next ? (
              <Text testId={`guard-${guard.channel}-next`} variant="microcopy">
                {next}
              </Text>
            ) : null}
            {guard.codes.notices.map((code) => (
              <Text key={code} variant="microcopy">
                {t(`history.reason.${code}`)}
              </Text>
            ))}
          </Flex>
        );
      })}
    </Flex>
  );
}
