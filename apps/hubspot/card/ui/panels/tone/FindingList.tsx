/**
 * The findings in a draft: what was found, where, why it matters, and a kinder rewrite to apply;
 * with agent feedback on, "This finding is wrong" on each. The words are shared/tone/view-words'.
 */
import { Button, Flex, Tag, Text, Tile } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../../../shared/tone';
import type { ToneWords } from '../../../../../../shared/tone/view-words';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import type { DraftFeedback } from './useDraftFeedback';

/** The problems, each with an Apply button when it has a suggestion, then the good signs. */
export function FindingList(props: {
  view: ToneWords;
  /** True while the agent types: suggestions wait for the check to catch up. */
  pending: boolean;
  onApply: (finding: Finding) => void;
  /** Present when the admin turned agent feedback on. */
  feedback?: DraftFeedback | undefined;
}) {
  const { feedback, pending } = props;
  const { t } = useCardI18n();
  const { problems, good } = props.view;
  return (
    <Flex direction="column" gap="extra-small">
      {problems.map((line, index) => {
        const wrong = feedback?.wrongButton(line.finding);
        return (
          <Tile compact key={line.key} testId={`finding-${index}`}>
            <Flex direction="column" gap="extra-small">
              <Flex direction="row" gap="extra-small" align="center" wrap>
                <Tag testId={`finding-${index}-category`} variant={tagVariant[line.emphasis]}>
                  {line.category}
                </Tag>
                <Text
                  testId={`finding-${index}-excerpt`}
                  inline
                  format={{ fontWeight: 'demibold' }}
                >
                  {`"${line.excerpt}"`}
                </Text>
              </Flex>
              <Text testId={`finding-${index}-reason`}>{line.explanation}</Text>
              {line.ruleRef ? <Text variant="microcopy">{line.ruleRef}</Text> : null}
              {line.suggestion ? (
                <Flex direction="row" gap="extra-small" align="center" wrap>
                  <Text variant="microcopy" testId={`finding-${index}-suggestion`}>
                    {`${line.suggestion.label}: "${line.suggestion.text}"`}
                  </Text>
                  <Button
                    testId={`finding-${index}-apply`}
                    size="xs"
                    disabled={pending}
                    onClick={() => props.onApply(line.finding)}
                  >
                    {t('tone.apply')}
                  </Button>
                </Flex>
              ) : null}
              {feedback && wrong ? (
                <Flex direction="row" gap="extra-small">
                  <Button
                    testId={`finding-${index}-wrong`}
                    size="xs"
                    variant="secondary"
                    disabled={pending || wrong.disabled}
                    onClick={() => feedback.wrong(line.finding)}
                  >
                    {t(wrong.label)}
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          </Tile>
        );
      })}
      {good.length > 0 ? (
        <Text testId="good-signs" variant="microcopy">
          {t('card.tone.goodSigns', {
            excerpts: good.map(({ excerpt }) => `"${excerpt}"`).join(', '),
          })}
        </Text>
      ) : null}
    </Flex>
  );
}
