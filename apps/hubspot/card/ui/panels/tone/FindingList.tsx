/**
 * The findings in a draft, as shared/tone/panel-view words them: what was found, where, why it
 * matters, and a kinder rewrite to apply; with agent feedback on, "This finding is wrong" on each
 * and a note with "Tactful missed something" below.
 */
import { Button, ButtonRow, Flex, Tag, Text, TextArea, Tile } from '@hubspot/ui-extensions';
import type { ButtonProps } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../../../shared/tone';
import type { ToneButton, TonePanelWords } from '../../../../../../shared/tone/panel-view';
import { tagVariant } from '../../emphasis';
import { useCardI18n } from '../../i18n';
import type { BackendError } from '../../../host/backend-client';
import type { ToneFeedbackControls } from '../../../../../../shared/tone/feedback-view';

/** A button as the view words it: its label, and whether it is off. */
export function ViewButton(props: { button: ToneButton } & Omit<ButtonProps, 'children'>) {
  const { button, ...rest } = props;
  return (
    <Button {...rest} disabled={button.disabled}>
      {button.label}
    </Button>
  );
}

/** The problems, each with its buttons, then the good signs, then the feedback controls. */
export function FindingList({
  view,
  onApply,
  feedback,
}: {
  view: TonePanelWords;
  onApply: (finding: Finding) => void;
  /** Present when the admin turned agent feedback on. */
  feedback?: ToneFeedbackControls<BackendError> | undefined;
}) {
  const { t } = useCardI18n();
  const { good } = view;
  return (
    <Flex direction="column" gap="extra-small">
      {view.problems.map((line, index) => (
        <Tile compact key={line.key} testId={`finding-${index}`}>
          <Flex direction="column" gap="extra-small">
            <Flex direction="row" gap="extra-small" align="center" wrap>
              <Tag testId={`finding-${index}-category`} variant={tagVariant[line.emphasis]}>
                {line.category}
              </Tag>
              <Text testId={`finding-${index}-excerpt`} inline format={{ fontWeight: 'demibold' }}>
                {`"${line.excerpt}"`}
              </Text>
            </Flex>
            <Text testId={`finding-${index}-reason`}>{line.explanation}</Text>
            {line.ruleRef ? <Text variant="microcopy">{line.ruleRef}</Text> : null}
            {line.suggestion && line.applyButton ? (
              <Flex direction="row" gap="extra-small" align="center" wrap>
                <Text variant="microcopy" testId={`finding-${index}-suggestion`}>
                  {`${line.suggestion.label}: "${line.suggestion.text}"`}
                </Text>
                <ViewButton
                  size="xs"
                  testId={`finding-${index}-apply`}
                  button={line.applyButton}
                  onClick={() => onApply(line.finding)}
                />
              </Flex>
            ) : null}
            {feedback && line.wrongButton ? (
              <Flex direction="row" gap="extra-small">
                <ViewButton
                  size="xs"
                  testId={`finding-${index}-wrong`}
                  button={line.wrongButton}
                  variant="secondary"
                  onClick={() => feedback.wrong(line.finding)}
                />
              </Flex>
            ) : null}
          </Flex>
        </Tile>
      ))}
      {good.length > 0 ? (
        <Text testId="good-signs" variant="microcopy">
          {t('card.tone.goodSigns', {
            excerpts: good.map(({ excerpt }) => `"${excerpt}"`).join(', '),
          })}
        </Text>
      ) : null}
      {feedback && view.feedback ? (
        <>
          <TextArea
            testId="feedback-note"
            name="tactful-feedback-note"
            label={view.feedback.noteLabel}
            description={view.feedback.noteHint}
            maxLength={feedback.maxNoteLength}
            rows={2}
            value={feedback.note}
            onInput={feedback.setNote}
          />
          <ButtonRow>
            <ViewButton
              size="xs"
              testId="draft-missed"
              button={view.feedback.missedButton}
              variant="secondary"
              onClick={feedback.missed}
            />
          </ButtonRow>
        </>
      ) : null}
    </Flex>
  );
}
