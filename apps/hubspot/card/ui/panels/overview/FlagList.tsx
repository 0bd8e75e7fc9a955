/** The flags that stop or narrow contact with this customer, with when and why they were set. */
import { Alert, Flex, Tag, Text } from '@hubspot/ui-extensions';
import type { FlagView } from '../../../view/account-overview';
import { useCardI18n } from '../../i18n';

/** Active flags, and any flag values that could not be read. */
export function FlagList({ flags, problems }: { flags: FlagView[]; problems: string[] }) {
  const { t } = useCardI18n();
  if (flags.length === 0 && problems.length === 0) return null;
  return (
    <Flex direction="column" gap="extra-small">
      {flags.map((flag) => (
        <Flex key={flag.kind} direction="row" gap="extra-small" align="center">
          <Tag testId={`flag-${flag.kind}`} variant="warning">
            {t(`history.flags.name.${flag.kind}`)}
          </Tag>
          <Text variant="microcopy">
            {t('card.overview.flagSince', { date: flag.since })}
            {flag.reason ? `: ${flag.reason}` : ''}
          </Text>
        </Flex>
      ))}
      {problems.length > 0 ? (
        <Alert
          testId="flags-unreadable"
          title={t('card.overview.flagsUnreadable')}
          variant="warning"
        >
          {problems.join('. ')}.
        </Alert>
      ) : null}
    </Flex>
  );
}
