/** The current plan's promises with their states, and how each outcome of Accept is announced. */
import { Button } from '@zendeskgarden/react-buttons';
import { Alert, Well } from '@zendeskgarden/react-notifications';
import { Tag } from '@zendeskgarden/react-tags';
import { MD, SM } from '@zendeskgarden/react-typography';
import { formatLongDate, type PlainDate } from '../../../../../shared/calendar/calendar';
import type { PromiseEvaluation } from '../../../../../shared/plans';
import { promiseRows } from '../../../../../shared/plans/view-words';
import { hue } from '../../hue';
import { useI18n } from '../../i18n';
import type { AcceptState } from './usePlanPanel';

/** How each outcome of Accept is announced (idle and saving announce nothing). */
const acceptAlerts = {
  saved: { type: 'success', role: 'status' },
  following: { type: 'success', role: 'status' },
  conflict: { type: 'warning', role: 'alert' },
  error: { type: 'error', role: 'alert' },
} as const;

export function AcceptStatus({ state, onReapply }: { state: AcceptState; onReapply: () => void }) {
  const { t, locale } = useI18n();
  if (state.status === 'idle' || state.status === 'saving') return null;
  const conflict = state.status === 'conflict';
  return (
    <Alert {...acceptAlerts[state.status]} style={{ marginTop: 8 }}>
      {conflict && <Alert.Title>{t('plans.conflictTitle')}</Alert.Title>}
      <Alert.Paragraph>
        {state.status === 'error'
          ? t('plans.saveFailed', { reason: t(`errors.${state.error.code}`) })
          : state.status === 'following'
            ? t('plans.followingUp', { date: formatLongDate(state.due, locale) })
            : t(conflict ? 'plans.conflict' : 'plans.saved')}
      </Alert.Paragraph>
      {conflict && (
        <Button size="small" onClick={onReapply} style={{ marginTop: 8 }}>
          {t('plans.reapply')}
        </Button>
      )}
    </Alert>
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
