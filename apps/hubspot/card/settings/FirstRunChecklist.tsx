/**
 * "Set up Tactful": the admin's first-run checklist (fields mapped, policy set, a test draft
 * checked), with a button that checks a harsh sample draft with the portal's tone settings and
 * shows what the check finds. Used on the card and on the settings page.
 */
import { Button, Flex, Heading, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../shared/tone';
import {
  firstRunStepWords,
  type FirstRunStep,
  type FirstRunStepWords,
} from '../../../../shared/settings/first-run-view';
import type { BackendErrorCode } from '../host/backend-client';
import { statusTagVariant } from '../ui/emphasis';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useCardI18n } from '../ui/i18n';
import { testDraftSample, type FirstRunChecklist as Checklist } from './first-run';

/** Where the admin fixes each open step, worded for the place the checklist is shown. */
export interface ChecklistHints {
  fieldsMapped: string;
  policySet: string;
  outreachSet: string;
}

/** Each step's testId (`setup-…`): the steps, their order and their marks are first-run-view.ts's. */
const testIds = {
  fieldsMapped: 'fields-mapped',
  policySet: 'policy-set',
  outreachSet: 'outreach-set',
  testDraftChecked: 'test-draft',
} as const satisfies Record<FirstRunStep, string>;

function Step(props: { step: FirstRunStepWords; hint: string }) {
  const { step } = props;
  return (
    <Flex direction="column" gap="flush">
      <Flex direction="row" gap="extra-small" align="center" wrap>
        <StatusTag testId={`setup-${testIds[step.step]}`} variant={statusTagVariant[step.emphasis]}>
          {step.state}
        </StatusTag>
        <Text inline>{step.label}</Text>
      </Flex>
      {step.done ? null : <Text variant="microcopy">{props.hint}</Text>}
    </Flex>
  );
}

/** The steps, each Done or To do with how to finish it, and the test-draft check. */
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
      {firstRunStepWords(t, { host: 'hubspot', checklist }).map((step) => (
        <Step
          key={step.step}
          step={step}
          hint={
            step.step === 'testDraftChecked' ? t('card.checklist.testDraftHint') : hints[step.step]
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
