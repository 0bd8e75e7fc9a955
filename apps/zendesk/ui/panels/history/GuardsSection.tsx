/** May we contact them now? One line per channel, with the next allowed time in both zones, and the nudge. */
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { GuardChannel, GuardReason, GuardResult, Nudge } from '../../../../../shared/history';
import { useI18n, type Translate } from '../../i18n';
import { shownGuardChannels, twoZoneTime } from './history-view';

interface GuardsProps {
  guards: Readonly<Record<GuardChannel, GuardResult>>;
  nudge: Nudge;
  customerZone: string;
  agentZone: string;
}

/** A guard reason in the agent's language (the core's English message if a code is new). */
function reasonText(t: Translate, reason: GuardReason): string {
  const text = t(`history.reason.${reason.code}`);
  return text === `history.reason.${reason.code}` ? reason.message : text;
}

/** The guards for call, email and SMS, then the suggested next step. */
export function GuardsSection({ guards, nudge, customerZone, agentZone }: GuardsProps) {
  const { t, locale } = useI18n();
  const both = (iso: string) => {
    const time = twoZoneTime(iso, customerZone, agentZone, locale);
    return time.sameZone
      ? t('history.guards.at', { time: time.customer })
      : t('history.guards.atBoth', { customer: time.customer, agent: time.agent });
  };
  return (
    <section aria-label={t('history.guards.title')}>
      <SM tag="h3" isBold>
        {t('history.guards.title')}
      </SM>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shownGuardChannels.map((channel) => {
          const guard = guards[channel];
          const label = t(`history.channel.${channel}`);
          return (
            <li key={channel} aria-label={label} style={{ marginTop: 6 }}>
              <SM isBold tag="span">
                {label}
              </SM>{' '}
              {guard.allowed ? (
                <Tag hue="green">{t('history.guards.allowed')}</Tag>
              ) : (
                <Tag hue="red">{t('history.guards.notNow')}</Tag>
              )}
              {!guard.allowed && (
                <>
                  {guard.reasons.map((reason) => (
                    <SM key={reason.code}>{reasonText(t, reason)}</SM>
                  ))}
                  <SM>
                    {guard.nextAllowedAt === null
                      ? t('history.guards.untilCleared')
                      : `${t('history.guards.next')} ${both(guard.nextAllowedAt)}`}
                  </SM>
                </>
              )}
              {guard.notices.map((notice) => (
                <SM key={notice.code}>{reasonText(t, notice)}</SM>
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
        {nudge.channel !== null && nudge.at !== null && (
          <SM>
            {t(`history.channel.${nudge.channel}`)} · {both(nudge.at)}
          </SM>
        )}
        <SM>{nudge.message}</SM>
      </div>
    </section>
  );
}
