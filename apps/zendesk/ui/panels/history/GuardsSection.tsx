/** May we contact them now? One line per channel, with the next allowed time in both zones, and the nudge. */
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { GuardView, NudgeView } from '../../../../../shared/history/view';
import { guardWords, nudgeLines } from '../../../../../shared/history/view-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { useFormatMoment } from './history-view';
import { Section } from '../../Section';

/** The guards for call, email and SMS, then the suggested next step. */
export function GuardsSection({
  guards,
  nudge,
}: {
  guards: readonly GuardView[];
  nudge: NudgeView;
}) {
  const { t, locale } = useI18n();
  const format = useFormatMoment();
  return (
    <Section title={t('history.guards.title')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {guardWords(t, guards, format).map((guard) => (
          <li key={guard.channel} aria-label={guard.label} style={{ marginTop: 6 }}>
            <SM isBold tag="span">
              {guard.label}
            </SM>{' '}
            <Tag hue={hue[guard.emphasis]}>{guard.stateLabel}</Tag>
            {[...guard.reasons, guard.next, ...guard.notices].map(
              (line) => line && <SM key={line}>{line}</SM>,
            )}
          </li>
        ))}
      </ul>
      <div aria-label={t('history.nudge.title')} role="group" style={{ marginTop: 8 }}>
        <SM tag="h3" isBold>
          {t('history.nudge.title')}
        </SM>
        {nudgeLines(t, nudge, locale, format).map((line) => (
          <SM key={line}>{line}</SM>
        ))}
      </div>
    </Section>
  );
}
