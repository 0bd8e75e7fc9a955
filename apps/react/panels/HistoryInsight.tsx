/**
 * The history panel's reading of the contact, written once for both hosts over the kit: the
 * summary, and whether each channel may be used now with the suggested next step, as the one view
 * model decides and words them (shared/history/view.ts, view-words.ts).
 */
import type { ReactNode } from 'react';
import type { Translate } from '../../../shared/i18n';
import type { HistoryView, SummaryRow } from '../../../shared/history/view';
import { guardWords, nudgeLines, summaryWords } from '../../../shared/history/view-words';
import { useKit } from '../kit';

/** How the agent reads a moment in a zone. */
type Format = (at: string, zone: string) => string;

/** The summary rows, with times in `zone`. */
export function HistorySummary(props: {
  t: Translate;
  rows: readonly SummaryRow[];
  zone: string;
  format: Format;
}) {
  const { Details } = useKit();
  const { t } = props;
  const rows = summaryWords(t, props.rows, props.zone, props.format);
  return (
    <Details
      testId="history-summary"
      label={t('history.summary.title')}
      rows={rows.map(({ code, label, text }) => ({ key: code, label, text }))}
    />
  );
}

/** Call, email and SMS, each allowed now or not, why and when next; then the suggested next step. */
export function ContactGuards(props: {
  t: Translate;
  locale: string;
  view: Pick<HistoryView, 'guards' | 'nudge'>;
  format: Format;
  /** What the host shows beside them (the sidebar's suggested-flag warning). */
  children?: ReactNode;
}) {
  const { Section, List, Item, Stack, Text, Tag, Notice } = useKit();
  const { t, view, format } = props;
  return (
    <Section title={t('history.guards.title')}>
      <List>
        {guardWords(t, view.guards, format).map((guard) => (
          <Item key={guard.channel} label={guard.label}>
            <Stack row>
              <Text bold>{guard.label}</Text>
              <Tag testId={`guard-${guard.channel}`} emphasis={guard.emphasis} status>
                {guard.stateLabel}
              </Tag>
            </Stack>
            {guard.reasons.map((line) => (
              <Text key={line} small>
                {line}
              </Text>
            ))}
            {guard.next === '' ? null : (
              <Text testId={`guard-${guard.channel}-next`} small>
                {guard.next}
              </Text>
            )}
            {guard.notices.map((line) => (
              <Text key={line} small>
                {line}
              </Text>
            ))}
          </Item>
        ))}
      </List>
      <Notice
        testId="history-nudge"
        emphasis="info"
        role="group"
        title={t('history.nudge.title')}
        text={nudgeLines(t, view.nudge, props.locale, format).join(' ')}
      />
      {props.children}
    </Section>
  );
}
