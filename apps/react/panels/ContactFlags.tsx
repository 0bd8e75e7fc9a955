/**
 * The contact flags written once for both hosts over the kit: the flags set on the customer, each
 * with since when, who raised it, why and its own Clear; then the form to set or clear one with who
 * raised it and why. What shows and what a press sends are shared/history's (view.ts flagsView,
 * flag-form.ts, flag-editor.ts); each host loads the flags, writes a change and words its failure.
 *
 * Where the hosts differed, one behaviour for both: every set flag is listed with its facts and a
 * Clear (the card's; the sidebar showed bare tags), and the form asks who raised the flag (the
 * card's; the Zendesk flag log keeps it now); the picker says which flags are on and the form's
 * button clears a chosen flag that is on (the sidebar's); a save is confirmed, and a failure shown,
 * as a notice under the button (the card's).
 */
import type { Translate } from '../../../shared/i18n';
import type { ErrorWords } from '../../../shared/i18n/error-words';
import type { FlagEditor } from '../../../shared/history/flag-editor';
import {
  flagButtonKey,
  flagOptionWords,
  flagReasonMaxLength,
  raiserOf,
} from '../../../shared/history/flag-form';
import { flagFormProblems } from '../../../shared/history/flag-form-view';
import { flagKinds, flagRaisers } from '../../../shared/history/flag-kinds';
import { setFlagEmphasis, type FlagsView } from '../../../shared/history/view';
import { setFlagLine } from '../../../shared/history/view-words';
import { oneOf, useKit } from '../kit';
import { Failure } from './Failure';
import { useSnapshot } from '../load';

export function ContactFlags<R, E>(props: {
  t: Translate;
  locale: string;
  view: FlagsView;
  editor: FlagEditor<R, E>;
  /** The host's words for a failed save. */
  failure: (error: E) => ErrorWords;
}) {
  const { Section, List, Item, Stack, Text, Tag, Button, Choice, TextArea, Notice } = useKit();
  const { t, view, editor } = props;
  const { form, save } = useSnapshot(editor);
  const saving = save.status === 'saving';
  const problems = flagFormProblems(form, t);
  return (
    <Section title={t('history.flags.title')}>
      {view.set.length === 0 ? (
        <Text testId="flags-none" small>
          {t('history.flags.none')}
        </Text>
      ) : null}
      <List>
        {view.set.map((flag) => {
          const name = t(`history.flags.name.${flag.kind}`);
          const line = setFlagLine(t, flag, props.locale);
          return (
            <Item key={flag.kind} label={name}>
              <Stack row>
                <Tag testId={`history-flag-${flag.kind}`} emphasis={setFlagEmphasis}>
                  {name}
                </Tag>
                {line === '' ? null : <Text small>{line}</Text>}
                <Button
                  testId={`flag-clear-${flag.kind}`}
                  variant="inline"
                  name={t('history.flags.clearNamed', { flag: name })}
                  disabled={saving}
                  onClick={() => editor.press(view.isOn, { clearing: flag.kind })}
                >
                  {t('history.flags.clearOne')}
                </Button>
              </Stack>
            </Item>
          );
        })}
      </List>
      <Choice
        testId="flag-kind"
        name="tactful-flag-kind"
        label={t('history.flags.flag')}
        placeholder={t('history.flags.choose')}
        choices={flagOptionWords(t, view.isOn).map(({ kind, label }) => ({ value: kind, label }))}
        value={form.kind}
        problem={problems.flag}
        menu
        onChoose={(chosen) => {
          const kind = oneOf(flagKinds, chosen);
          if (kind) editor.choose(kind);
        }}
      />
      <Choice
        testId="flag-source"
        name="tactful-flag-source"
        label={t('history.flags.raisedBy')}
        choices={flagRaisers.map((value) => ({ value, label: t(`history.flags.raiser.${value}`) }))}
        value={raiserOf(form)}
        menu
        onChoose={(chosen) => {
          const raiser = oneOf(flagRaisers, chosen);
          if (raiser) editor.raisedBy(raiser);
        }}
      />
      <TextArea
        testId="flag-reason"
        name="tactful-flag-reason"
        label={t('history.flags.reason')}
        hint={t('history.flags.reasonHint')}
        rows={2}
        maxLength={flagReasonMaxLength}
        value={form.reason}
        problem={problems.reason}
        onChange={editor.typeReason}
      />
      <Stack row>
        <Button
          testId="flag-set"
          busy={saving}
          busyLabel={t('history.flags.saving')}
          onClick={() => editor.press(view.isOn)}
        >
          {t(flagButtonKey(form, view.isOn))}
        </Button>
      </Stack>
      {save.status === 'saved' ? (
        <Notice
          testId="flag-saved"
          emphasis="good"
          role="status"
          title={t(save.on ? 'history.flags.savedSet' : 'history.flags.savedCleared')}
          text={t('history.flags.upToDate')}
        />
      ) : null}
      {save.status === 'failed' ? (
        <Failure testId="flag-failed" words={props.failure(save.error)} />
      ) : null}
    </Section>
  );
}
