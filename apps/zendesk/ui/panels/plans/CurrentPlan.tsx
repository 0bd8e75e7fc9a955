/** The current plan's promises with their states, and how each outcome of Accept is announced. */
import { Button } from '@zendeskgarden/react-buttons';
import { Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { formatLongDate, type PlainDate } from '../../../../../shared/calendar/calendar';
import type { PromiseEvaluation } from '../../../../../shared/plans';
import { acceptNotice, type AcceptState } from '../../../../../shared/plans/accept-view';
import { promiseRows } from '../../../../../shared/plans/view-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import { Notice } from '../../Notice';

/** How the last Accept (or follow-up) ended, with Re-apply after a conflict. */
export function AcceptStatus({ state, onReapply }: { state: AcceptState; onReapply: () => void }) {
  const { t, locale } = useI18n();
  const notice = acceptNotice(t, state, locale);
  if (notice === undefined) return null;
  const { emphasis, role, title, text } = notice;
  return (
    <Notice emphasis={emphasis} role={role} title={title} text={text} style={{ marginTop: 8 }}>
      {notice.reapply && (
        <Button size="small" onClick={onReapply} style={{ marginTop: 8 }}>
          {t('plans.reapply')}
        </Button>
      )}
    </Notice>
  );
}

export function CurrentPlan(props: {
  summary: string;
  evaluation: PromiseEvaluation;
  nextPending: PlainDate | undefined;
  onFollow: () => void;
}) {
  const { t, locale } = useI18n();
  const view = promiseRows(props.evaluation, t, locale);
  return (
    <Well isRecessed style={{ marginTop: 12, padding: 12 }}>
      <section aria-label={t('plans.currentTitle')}>
        <MD tag="h3" isBold>
          {t('plans.currentTitle')} <Tag hue={hue[view.healthEmphasis]}>{view.healthLabel}</Tag>
        </MD>
        <SM>{props.summary}</SM>
        <ul aria-label={t('plans.promisesTitle')} style={{ listStyle: 'none', padding: 0 }}>
          {view.rows.map((row) => (
            <li key={row.id} style={{ marginTop: 4 }}>
              <SM>
                {row.due}: {row.amount} <Tag hue={hue[row.emphasis]}>{row.stateLabel}</Tag>
              </SM>
            </li>
          ))}
        </ul>
        {props.nextPending && (
          <Button size="small" onClick={props.onFollow}>
            {t('plans.followNext', { date: formatLongDate(props.nextPending, locale) })}
          </Button>
        )}
      </section>
    </Well>
  );
}
