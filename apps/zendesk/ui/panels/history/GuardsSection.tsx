/** May we contact them now? One line per channel, with the next allowed time in both zones, and the nudge. */
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import {
  guardEmphasis,
  type GuardView,
  type NudgeView,
  type TwoZoneMoment,
} from '../../../../../shared/history/view';
import { nudgeDetailText, twoZoneText } from '../../../../../shared/history/view-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { formatMoment } from './history-view';
import { Section } from '../../Section';

interface GuardsProps {
  guards: readonly GuardView[];
  nudge: NudgeView;
}

/** The guards for call, email and SMS, then the suggested next step. */
export function GuardsSection({ guards, nudge }: GuardsProps) {
  const { t, locale } = useI18n();
  const both = (moment: TwoZoneMoment) =>
    twoZoneText(t, moment, (at, zone) => formatMoment(at, zone, locale));
  return (
    <Section title={t('history.guards.title')}>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {guards.map((guard) => {
          const label = t(`history.channel.${guard.channel}`);
          return (
            <li key={guard.channel} aria-label={label} style={{ marginTop: 6 }}>
              <SM isBold tag="span">
                {label}
              </SM>{' '}
              <Tag hue={hue[guardEmphasis[guard.state]]}>
                {t(guard.state === 'allowed' ? 'history.guards.allowed' : 'history.guards.notNow')}
              </Tag>
              {guard.codes.reasons.map((code) => (
                <SM key={code}>{t(`history.reason.${code}`)}</SM>
              ))}
              {guard.state === 'until-cleared' && <SM>{t('history.guards.untilCleared')}</SM>}
              {guard.next && (
                <SM>
                  {t('history.guards.next')} {both(guard.next)}
                </SM>
              )}
              {guard.codes.notices.map((code) => (
                <SM key={code}>{t(`history.reason.${code}`)}</SM>
              ))}
            </li>
          );
        })}
      </ul>
      <div aria-label={t('history.nudge.title')} role="group" style={{ marginTop: 8 }}>
        <SM tag="h3" isBold>
          {t('history.nudge.title')}
        </SM>
        <SM>{t(`history.nudge.kind.${nudge.kind}`)}</SM>
        {nudge.suggested && (
          <SM>
            {t(`history.channel.${nudge.suggested.channel}`)} · {both(nudge.suggested.when)}
          </SM>
        )}
        {nudgeDetailText(t, nudge, locale).map((line) => (
          <SM key={line}>{line}</SM>
        ))}
      </div>
    </Section>
  );
}
