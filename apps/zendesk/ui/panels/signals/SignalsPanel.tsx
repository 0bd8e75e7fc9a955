/**
 * "What the customer said": the signals in the customer's latest comment, safety first, each with
 * the words quoted (as text), what to do, and for a suggested flag a button that fills the flag
 * form for the agent to confirm. Default export for React.lazy.
 */
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { SM } from '@zendeskgarden/react-typography';
import type { FlagKind } from '../../../../../shared/history';
import { flagReasonFor } from '../../../../../shared/signals/flag-reason';
import type { SignalItem } from '../../../../../shared/signals/view';
import { flagReasonMaxLength } from '../../../host/history';
import { requestFlagReview } from '../../flag-request';
import { useI18n } from '../../i18n';
import { PanelBoundary } from '../../PanelBoundary';
import { ReadState } from '../../ReadState';
import { Section } from '../../Section';
import { useSignals } from './useSignals';

/** The flag form's starting reason: the customer's words, cut to the reason's limit. */
function reasonFor(quote: (excerpt: string) => string, excerpt: string): string {
  return flagReasonFor(quote, excerpt, flagReasonMaxLength);
}

function SignalEntry({ item }: { item: SignalItem }) {
  const { t } = useI18n();
  const label = t(item.label);
  const review = (flag: FlagKind) =>
    requestFlagReview({
      flag,
      reason: reasonFor((excerpt) => t('signals.reviewFlagReason', { excerpt }), item.excerpt),
    });
  return (
    <li aria-label={label} style={{ marginTop: 8 }}>
      <SM isBold>{label}</SM>
      {item.details.map((code) => (
        <Tag key={code} size="small" style={{ marginRight: 4 }}>
          {t(code)}
        </Tag>
      ))}
      {item.time !== undefined && (
        <Tag size="small" style={{ marginRight: 4 }}>
          {item.time}
        </Tag>
      )}
      <blockquote aria-label={t('signals.said')} style={{ margin: '4px 0', fontStyle: 'italic' }}>
        “{item.excerpt}”
      </blockquote>
      <SM aria-label={t('signals.actionLabel')}>{t(item.action)}</SM>
      {item.suggestedFlags.length > 0 && (
        <div style={{ marginTop: 4 }}>
          <SM>{t('signals.flagSuggested')}</SM>
          {item.suggestedFlags.map((flag) => (
            <Button
              key={flag}
              size="small"
              isBasic
              onClick={() => review(flag)}
              style={{ marginRight: 4 }}
            >
              {t('signals.reviewFlag', { flag: t(`history.flags.name.${flag}`) })}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

function SignalsContent() {
  const { t } = useI18n();
  const { state, retry } = useSignals();
  return (
    <Section title={t('signals.title')} style={{ marginTop: 16 }} panel>
      <ReadState state={state} onRetry={retry} label={t('signals.loading')} />
      {state.status === 'ready' && !state.value.hasComment && <SM>{t('signals.noComment')}</SM>}
      {state.status === 'ready' && state.value.hasComment && (
        <>
          {state.value.view.signposting && (
            <SM role="note" style={{ marginTop: 8 }}>
              {t(state.value.view.signposting)}
            </SM>
          )}
          {state.value.view.items.length === 0 ? (
            <SM>{t('signals.none')}</SM>
          ) : (
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {state.value.view.items.map((item) => (
                <SignalEntry key={item.key} item={item} />
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}

/** The signals section behind its own error boundary, so a crash leaves the other panels working. */
export default function SignalsPanel() {
  return (
    <PanelBoundary>
      <SignalsContent />
    </PanelBoundary>
  );
}
