/**
 * The findings in a draft: what was found, where, why it matters, and a kinder rewrite to apply;
 * with agent feedback on, "This finding is wrong" on each and a note with "Tactful missed something"
 * below. The words are shared/tone/view-words'.
 */
import { Button, ButtonRow, Flex, Tag, Text, TextArea, Tile } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../../../shared/tone';
import type { ToneWords } from '../../../../../../shared/tone/view-words';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import type { DraftFeedback } from './useDraftFeedback';

/**
 * The problems, each with an Apply button when it has a suggestion, then the good signs; with
 * feedback on, a note and "Tactful missed something" below them.
 */
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
      {feedback === undefined ? null : (
        <>
          <TextArea
            testId="feedback-note"
            name="tactful-feedback-note"
            label={t('tone.feedback.note')}
            description={t('tone.feedback.noteHint', { max: feedback.maxNoteLength })}
            maxLength={feedback.maxNoteLength}
            rows={2}
            value={feedback.note}
            onInput={feedback.setNote}
          />
          <ButtonRow>
            <Button
              testId="draft-missed"
              size="xs"
              variant="secondary"
              disabled={pending || feedback.sending}
              onClick={feedback.missed}
            >
              {t('tone.feedback.missed')}
            </Button>
          </ButtonRow>
        </>
      )}
    </Flex>
  );
}
