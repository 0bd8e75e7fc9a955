/**
 * "Set up Tactful": the admin's first-run checklist (fields mapped, policy set, a test draft
 * checked), with a button that checks a harsh sample draft with the portal's tone settings and
 * shows what the check finds. Used on the card and on the settings page.
 */
import { Button, Flex, Heading, StatusTag, Text, Tile } from '@hubspot/ui-extensions';
import type { Finding } from '../../../../shared/tone';
import { categoryLabels } from '../ui/panels/tone/tone-words';
import { testDraftSample, type FirstRunChecklist as Checklist } from './first-run';

/** Where the admin fixes each open step, worded for the place the checklist is shown. */
export interface ChecklistHints {
  fieldsMapped: string;
  policySet: string;
}

function Step(props: { id: string; label: string; done: boolean; hint: string }) {
  return (
    <Flex direction="column" gap="flush">
      <Flex direction="row" gap="extra-small" align="center" wrap>
        <StatusTag testId={`setup-${props.id}`} variant={props.done ? 'success' : 'warning'}>
          {props.done ? 'Done' : 'To do'}
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
  onCheckTestDraft: () => void;
}) {
  const { checklist, hints, testFindings } = props;
  return (
    <Flex direction="column" gap="small">
      <Heading>Set up Tactful</Heading>
      <Step
        id="fields-mapped"
        label="Balance, currency and due-date properties mapped and readable"
        done={checklist.fieldsMapped}
        hint={hints.fieldsMapped}
      />
      <Step
        id="policy-set"
        label="Payment-plan policy saved for this portal"
        done={checklist.policySet}
        hint={hints.policySet}
      />
      <Step
        id="test-draft"
        label="A test draft checked"
        done={checklist.testDraftChecked}
        hint="See what the tone check stops before your team writes to customers."
      />
      {testFindings === undefined ? (
        <Flex direction="row">
          <Button testId="setup-check-test-draft" size="sm" onClick={props.onCheckTestDraft}>
            Check a test draft
          </Button>
        </Flex>
      ) : (
        <Tile compact testId="setup-test-draft-result">
          <Flex direction="column" gap="extra-small">
            <Text variant="microcopy">{`Test draft: "${testDraftSample}"`}</Text>
            <Text format={{ fontWeight: 'demibold' }}>
              {testFindings.length === 0
                ? 'The tone check found nothing to change. Check which categories block a save.'
                : `The tone check found ${testFindings.length} ${testFindings.length === 1 ? 'problem' : 'problems'}:`}
            </Text>
            {testFindings.map((finding, index) => (
              <Text
                key={`${finding.ruleId}:${finding.start}`}
                testId={`setup-test-draft-finding-${index}`}
              >
                {`${categoryLabels[finding.category]}${finding.severity === 'block' ? ' (stops the message)' : ''}: "${finding.excerpt}". ${finding.reason}`}
              </Text>
            ))}
          </Flex>
        </Tile>
      )}
    </Flex>
  );
}
