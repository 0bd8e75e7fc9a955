/**
 * The plan panel, closed until the agent opens it: nothing is fetched and its code-split chunk is
 * not loaded before then, so the sidebar's first load stays small and the customer is read once.
 */
import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Skeleton } from '@zendeskgarden/react-loaders';
import { LG } from '@zendeskgarden/react-typography';
import { PanelBoundary } from '../../PanelBoundary';
import { useI18n } from '../../i18n';

const PlanPanel = lazy(() => import(/* webpackChunkName: "plans" */ './PlanPanel'));

/** The "Payment plan" section: a heading and an Open/Close toggle, then the panel itself. */
export function LazyPlanPanel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section aria-label={t('plans.title')} style={{ marginTop: 16 }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
        <LG tag="h2" isBold>
          {t('plans.title')}
        </LG>
        <Button size="small" isBasic aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('plans.close') : t('plans.open')}
        </Button>
      </div>
      {open && (
        <PanelBoundary>
          <Suspense fallback={<Skeleton aria-label={t('loading')} />}>
            <PlanPanel />
          </Suspense>
        </PanelBoundary>
      )}
    </section>
  );
}
