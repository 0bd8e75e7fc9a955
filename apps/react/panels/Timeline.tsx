/**
 * The contact's timeline written once for both hosts over the kit: each touch as when, channel,
 * direction and outcome (shared/history/view-words eventText), its words as text, newest first;
 * split where the host splits it (the card's upcoming tasks and meetings), with more on request.
 * Each host loads and pages its own (the sidebar's tickets and their replies, the card's pages of
 * engagements) and hands the parts over.
 *
 * Where the hosts differed, one rendering: a touch is one line, "time · Channel · direction ·
 * outcome" (the card's; the sidebar had a channel tag, no outcome), above the customer's words;
 * an empty timeline says "No contact recorded yet." on both.
 */
import type { Translate } from '../../../shared/i18n';
import type { ContactEvent } from '../../../shared/history';
import { eventText, type FormatInstant } from '../../../shared/history/view-words';
import { useKit } from '../kit';
import { Failure } from './Failure';

/** One touch, and for a Zendesk ticket's opening where reading its replies stands. */
export interface TimelineEntry {
  readonly event: ContactEvent;
  readonly replies?: {
    readonly ticketId: number;
    readonly status: 'offer' | 'loading' | 'failed';
    readonly onShow: () => void;
  };
}

/** What the part's More reads: hidden entries and next pages, or (the sidebar) older tickets. */
const moreWords = {
  more: { label: 'history.timeline.showMore', busy: 'loading' },
  'older-tickets': { label: 'history.timeline.loadOlder', busy: 'history.timeline.loadingOlder' },
} as const;

/** A part of the timeline, newest first. */
export interface TimelinePart {
  readonly id: 'upcoming' | 'history';
  /** Headed by its name where the timeline is split in two. */
  readonly headed: boolean;
  readonly entries: readonly TimelineEntry[];
  readonly more?: {
    readonly reads: keyof typeof moreWords;
    readonly busy: boolean;
    readonly onMore: () => void;
  };
}

export function Timeline(props: {
  t: Translate;
  /** The zone times are written in. */
  zone: string;
  format: FormatInstant;
  parts: readonly TimelinePart[];
  /** Why the last page could not be read, in the host's words. */
  failure?: { readonly title?: string; readonly body: string } | undefined;
}) {
  const { Section, Text } = useKit();
  const { t, parts, failure } = props;
  const empty = parts.every((part) => part.entries.length === 0);
  return (
    <Section title={t('history.timeline.title')}>
      {empty ? (
        <Text testId="history-empty" small>
          {t('history.timeline.empty')}
        </Text>
      ) : null}
      {parts.map((part) =>
        part.headed ? (
          <Section key={part.id} title={t(`history.timeline.section.${part.id}`)}>
            <Part {...props} part={part} label={t(`history.timeline.section.${part.id}`)} />
          </Section>
        ) : (
          <Part key={part.id} {...props} part={part} label={t('history.timeline.title')} />
        ),
      )}
      {failure ? <Failure testId="history-more-failed" words={failure} /> : null}
    </Section>
  );
}

function Part(props: {
  t: Translate;
  zone: string;
  format: FormatInstant;
  part: TimelinePart;
  label: string;
}) {
  const { List, Item, Text, Button } = useKit();
  const { t, part } = props;
  const more = part.more;
  return (
    <>
      <List label={props.label}>
        {part.entries.map(({ event, replies }, index) => {
          const line = `${props.format(event.at, props.zone)} · ${eventText(t, event)}`;
          return (
            <Item key={event.id} label={line}>
              <Text testId={`history-${part.id}-${index}`} small>
                {line}
              </Text>
              {/* The customer's words as text, never as HTML. */}
              {event.excerpt ? <Text>{event.excerpt}</Text> : null}
              {replies ? (
                <Button
                  variant="inline"
                  busy={replies.status === 'loading'}
                  busyLabel={t('history.timeline.loadingReplies')}
                  onClick={replies.onShow}
                >
                  {t('history.timeline.showReplies', { id: replies.ticketId })}
                </Button>
              ) : null}
              {replies?.status === 'failed' ? (
                <Text role="alert">{t('history.timeline.repliesFailed')}</Text>
              ) : null}
            </Item>
          );
        })}
      </List>
      {more ? (
        <Button
          testId={`${part.id}-show-more`}
          busy={more.busy}
          busyLabel={t(moreWords[more.reads].busy)}
          onClick={more.onMore}
        >
          {t(moreWords[more.reads].label)}
        </Button>
      ) : null}
    </>
  );
}
