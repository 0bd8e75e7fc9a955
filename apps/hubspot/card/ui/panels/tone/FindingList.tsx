/**
 * The findings in a draft: what was found, where, why it matters, and a kinder rewrite to apply;
 * with agent feedback on, "This finding is wrong" on each.
 */
import { Button, Flex, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type { Finding, ToneView } from '../../../../../../shared/tone';
import { severityEmphasis } from '../../../../../../shared/tone/view';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import type { DraftFeedback } from './useDraftFeedback';

/** The problems, each with an Apply button when it has a suggestion, then the good signs. */
export function FindingList(props: {
  view: ToneView;
  /** True while the agent types: suggestions wait for the check to catch up. */
  pending: boolean;
  onApply: (finding: Finding) => void;
  /** Present when the admin turned agent feedback on. */
  feedback?: DraftFeedback | undefined;
}) {
  const { feedback } = props;
  const { t } = useCardI18n();
  const { problems, good: goodSigns } = props.view;
  return (
    <Flex direction="column" gap="extra-small">
      {problems.map((finding, index) => (
        <Tile compact key={`${finding.ruleId}:${finding.start}`} testId={`finding-${index}`}>
          <Flex direction="column" gap="extra-small">
            <Flex direction="row" gap="extra-small" align="center" wrap>
              <Tag
                testId={`finding-${index}-category`}
                variant={tagVariant[severityEmphasis[finding.severity]]}
              >
                {t(`tone.category.${finding.category}`)}
              </Tag>
              <Text testId={`finding-${index}-excerpt`} inline format={{ fontWeight: 'demibold' }}>
                {`"${finding.excerpt}"`}
              </Text>
            </Flex>
            <Text testId={`finding-${index}-reason`}>{finding.reason}</Text>
            {finding.ruleRef ? <Text variant="microcopy">{finding.ruleRef}</Text> : null}
            {finding.suggestion === undefined ? null : (
              <Flex direction="row" gap="extra-small" align="center" wrap>
                <Text variant="microcopy">
                  {t('card.tone.try', { suggestion: finding.suggestion })}
                </Text>
                <Button
                  testId={`finding-${index}-apply`}
                  size="xs"
                  disabled={props.pending}
                  onClick={() => props.onApply(finding)}
                >
                  {t('tone.apply')}
                </Button>
              </Flex>
            )}
            {feedback === undefined ? null : (
              <Flex direction="row" gap="extra-small">
                <Button
                  testId={`finding-${index}-wrong`}
                  size="xs"
                  variant="secondary"
                  disabled={props.pending || feedback.sending || feedback.reported(finding)}
                  onClick={() => feedback.wrong(finding)}
                >
                  {t(feedback.reported(finding) ? 'tone.feedback.reported' : 'tone.feedback.wrong')}
                </Button>
              </Flex>
            )}
          </Flex>
        </Tile>
      ))}
      {goodSigns.length > 0 ? (
        <Text testId="good-signs" variant="microcopy">
          {t('card.tone.goodSigns', {
            excerpts: goodSigns.map((finding) => `"${finding.excerpt}"`).join(', '),
          })}
        </Text>
      ) : null}
    </Flex>
  );
}
