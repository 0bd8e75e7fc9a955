/**
 * A checked draft's findings, written once for both hosts over the kit, as shared/tone/panel-view
 * words them: each problem (what, where, why, a kinder rewrite with Apply, "This finding is wrong"),
 * Apply all, the good signs, and with agent feedback on the note, "Tactful missed something" and
 * where the last click stands. The agent's words are quoted as text.
 */
import type { Translate } from '../../../shared/i18n';
import type { Finding } from '../../../shared/tone';
import type { ToneFeedbackControls } from '../../../shared/tone/feedback-view';
import type { ToneButton, TonePanelWords } from '../../../shared/tone/panel-view';
import { useKit } from '../kit';

export interface ToneFindingsProps<E> {
  t: Translate;
  view: TonePanelWords;
  /** Rewrites one finding's span, or every one. */
  onApply: (finding: Finding | 'all') => void;
  /** Present when the admin turned agent feedback on. */
  feedback?: ToneFeedbackControls<E> | undefined;
}

/** A button as the view words it: its words, its name and whether it is off. */
const viewed = (button: ToneButton) => ({
  children: button.label,
  name: button.name,
  disabled: button.disabled,
});

export function ToneFindings<E>({ t, view, onApply, feedback }: ToneFindingsProps<E>) {
  const { Stack, Section, List, Item, Tag, Quote, Text, Button, TextArea } = useKit();
  const words = view.feedback;
  return (
    <Stack>
      {view.problems.length === 0 ? null : (
        <Section title={t('tone.findingsTitle')}>
          <List>
            {view.problems.map((line, index) => {
              const id = `finding-${index}`;
              const kind = `${line.category} · ${line.severity}`;
              return (
                <Item key={line.key} label={kind}>
                  <Stack row>
                    <Tag testId={`${id}-category`} emphasis={line.emphasis}>
                      {kind}
                    </Tag>
                  </Stack>
                  <Quote testId={`${id}-excerpt`} label={t('tone.excerpt')} text={line.excerpt} />
                  <Text testId={`${id}-reason`}>{line.explanation}</Text>
                  {line.ruleRef ? <Text small>{line.ruleRef}</Text> : null}
                  {line.suggestion ? (
                    <Quote
                      testId={`${id}-suggestion`}
                      label={line.suggestion.label}
                      text={line.suggestion.text}
                    />
                  ) : null}
                  <Stack row>
                    {line.applyButton ? (
                      <Button
                        testId={`${id}-apply`}
                        {...viewed(line.applyButton)}
                        onClick={() => onApply(line.finding)}
                      />
                    ) : null}
                    {feedback && line.wrongButton ? (
                      <Button
                        testId={`${id}-wrong`}
                        variant="inline"
                        {...viewed(line.wrongButton)}
                        onClick={() => feedback.wrong(line.finding)}
                      />
                    ) : null}
                  </Stack>
                </Item>
              );
            })}
          </List>
          {view.applyAllButton ? (
            <Button
              testId="draft-apply-all"
              variant="primary"
              {...viewed(view.applyAllButton)}
              onClick={() => onApply('all')}
            />
          ) : null}
        </Section>
      )}
      {view.good.length === 0 ? null : (
        <Section title={t('tone.goodTitle')}>
          <Stack row>
            {view.good.map(({ key, excerpt }, index) => (
              <Tag key={key} testId={`good-${index}`} emphasis="good">
                {excerpt}
              </Tag>
            ))}
          </Stack>
        </Section>
      )}
      {feedback && words ? (
        <Section title={words.title}>
          <TextArea
            testId="feedback-note"
            name="tactful-feedback-note"
            label={words.noteLabel}
            hint={words.noteHint}
            maxLength={feedback.maxNoteLength}
            rows={2}
            value={feedback.note}
            onChange={feedback.setNote}
          />
          <Stack row>
            <Button
              testId="draft-missed"
              {...viewed(words.missedButton)}
              onClick={feedback.missed}
            />
          </Stack>
          {words.status === undefined ? null : (
            <Text testId="feedback-status" role={words.status.role}>
              {words.status.text}
            </Text>
          )}
        </Section>
      ) : null}
    </Stack>
  );
}
