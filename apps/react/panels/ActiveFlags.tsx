/**
 * The flags set on a customer, in the overview both hosts show (the sidebar's collections summary,
 * the card's account overview): each a tag, marked as shared/history/view marks a set flag, with
 * since when and why where the host keeps them (the card's contact properties do; the sidebar's
 * flag states are only on or off). Tags alone sit in one line; with their dates, one line each.
 */
import type { FlagKind } from '../../../shared/history';
import { setFlagEmphasis } from '../../../shared/history/view';
import type { Translate } from '../../../shared/i18n';
import { useKit } from '../kit';

export function ActiveFlags(props: {
  t: Translate;
  flags: readonly { kind: FlagKind; since?: string; reason?: string | undefined }[];
  /** What shows when no flag is set; nothing where absent. */
  none?: string;
}) {
  const { Stack, Tag, Text } = useKit();
  const { t, flags, none } = props;
  if (flags.length === 0) return none === undefined ? null : <Text>{none}</Text>;
  return (
    <Stack row={flags.every((flag) => flag.since === undefined)}>
      {flags.map(({ kind, since, reason }) => {
        const tag = (
          <Tag key={kind} testId={`flag-${kind}`} emphasis={setFlagEmphasis}>
            {t(`history.flags.name.${kind}`)}
          </Tag>
        );
        if (since === undefined) return tag;
        const when = t('card.overview.flagSince', { date: since });
        return (
          <Stack key={kind} row>
            {tag}
            <Text small>{reason ? `${when}: ${reason}` : when}</Text>
          </Stack>
        );
      })}
    </Stack>
  );
}
