/**
 * "Set up Tactful": the admin's first-run checklist (fields mapped, policy set, a test draft
 * checked), with a button that checks a harsh sample draft with the portal's tone settings and
 * shows what the check finds. Used on the card and on the settings page.
 */
import { Button, Flex, Heading, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../shared/tone';
import type { BackendErrorCode } from '../host/backend-client';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useCardI18n } from '../ui/i18n';
import { testDraftSample, type FirstRunChecklist as Checklist } from './first-run';

/** Where the admin fixes each open step, worded for the place the checklist is shown. */
export interface ChecklistHints {
  fieldsMapped: string;
  policySet: string;
  outreachSet: string;
}

/** The steps in order: the testId's id, what says it is done, and its label. */
const steps = [
  { id: 'fields-mapped', done: 'fieldsMapped', label: 'card.checklist.fieldsMapped' },
  { id: 'policy-set', done: 'policySet', label: 'card.checklist.policySet' },
  { id: 'outreach-set', done: 'outreachSet', label: 'card.checklist.outreachSet' },
  { id: 'test-draft', done: 'testDraftChecked', label: 'settingsAttention.checklist.testDraft' },
] as const;

function Step(props: { id: string; label: string; done: boolean; hint: string }) {
  const { t } = useCardI18n();
  return (
    <Flex direction="column" gap="flush">
      <Flex direction="row" gap="extra-small" align="center" wrap>
        <StatusTag testId={`setup-${props.id}`} variant={props.done ? 'success' : 'warning'}>
          {t(props.done ? 'settingsAttention.checklist.done' : 'settingsAttention.checklist.todo')}
        </StatusTag>
        <Text inline>{props.label}</Text>
      </Flex>
      {props.done ? null : <Text variant="microcopy">{props.hint}</Text>}
    </Flex>
  );
}

/** The three steps, each Done or To do with how to finish it, and the test-draft check. */
export function FirstRunChecklist(props: {
  checklist: Checklist;
  hints: ChecklistHints;
  /** The findings of the test draft once checked (undefined before). */
  testFindings: readonly Finding[] | undefined;
  /** Why the last check of the test draft failed, if it did. */
  testDraftFailed?: BackendErrorCode | undefined;
  onCheckTestDraft: () => void;
}) {
  const { checklist, hints, testFindings } = props;
  const { t } = useCardI18n();
  return (
    <Flex direction="column" gap="small">
      <Heading>{t('card.setup.title')}</Heading>
      {steps.map((step) => (
        <Step
          key={step.id}
          id={step.id}
          label={t(step.label)}
          done={checklist[step.done]}
          hint={
            step.done === 'testDraftChecked' ? t('card.checklist.testDraftHint') : hints[step.done]
          }
        />
      ))}
      {testFindings === undefined ? (
        <Flex direction="column" gap="extra-small">
          {props.testDraftFailed === undefined ? null : (
            <ErrorAlert testId="setup-test-draft-failed" code={props.testDraftFailed} />
          )}
          <Flex direction="row">
            <Button testId="setup-check-test-draft" size="sm" onClick={props.onCheckTestDraft}>
              {t('settingsAttention.checklist.tryTestDraft')}
            </Button>
          </Flex>
        </Flex>
      ) : (
        <Tile compact testId="setup-test-draft-result">
          <Flex direction="column" gap="extra-small">
            <Text variant="microcopy">
              {t('card.checklist.testDraftSample', { draft: testDraftSample })}
            </Text>
            <Text format={{ fontWeight: 'demibold' }}>
              {testFindings.length === 0
                ? t('card.checklist.foundNothing')
                : t('card.checklist.found', { count: testFindings.length })}
            </Text>
            {testFindings.map((finding, index) => (
              <Text
                key={`${finding.ruleId}:${finding.start}`}
                testId={`setup-test-draft-finding-${index}`}
              >
                {t(
                  finding.severity === 'block'
                    ? 'card.checklist.blockingFinding'
                    : 'card.checklist.finding',
                  {
                    category: t(`tone.category.${finding.category}`),
                    excerpt: finding.excerpt,
                    reason: finding.reason,
                  },
                )}
              </Text>
            ))}
          </Flex>
        </Tile>
      )}
    </Flex>
  );
}
