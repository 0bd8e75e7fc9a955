/** The suggested options side by side: how much, how often, when, the total, and the policy. */
import {
  DescriptionList,
  DescriptionListItem,
  Flex,
  Tag,
  Text,
  Select,
  Tile,
} from '@hubspot/ui-extensions';
import type { OptionView } from './plan-options';

function optionLabel(option: OptionView): string {
  return `${option.kind}: ${option.frequency.toLowerCase()}, ${option.payments}`;
}

/** Every option with its facts, and the choice of the one to offer. */
export function PlanOptionList(props: {
  options: readonly OptionView[];
  selectedId?: string;
  onSelect: (optionId: string) => void;
}) {
  const { options, selectedId, onSelect } = props;
  return (
    <Flex direction="column" gap="small">
      <Select
        testId="plan-choice"
        name="tactful-plan-choice"
        label="Option to offer"
        options={options.map((option) => ({ label: optionLabel(option), value: option.id }))}
        {...(selectedId === undefined ? {} : { value: selectedId })}
        onChange={(value) => {
          if (typeof value === 'string') onSelect(value);
        }}
      />
      {options.map((option) => (
        <Tile key={option.id} compact testId={`plan-option-${option.id}`}>
          <Flex direction="column" gap="extra-small">
            <Flex direction="row" gap="extra-small" align="center" wrap>
              <Text format={{ fontWeight: 'bold' }}>{option.kind}</Text>
              {option.withinPolicy ? (
                <Tag variant="success">Within policy</Tag>
              ) : (
                <Tag testId={`plan-option-${option.id}-outside`} variant="error">
                  Outside policy
                </Tag>
              )}
              {option.affordable === false ? (
                <Tag variant="warning">More than affordable</Tag>
              ) : null}
            </Flex>
            <DescriptionList direction="row">
              <DescriptionListItem label="Payments">
                <Text testId={`plan-option-${option.id}-payments`}>{option.payments}</Text>
              </DescriptionListItem>
              <DescriptionListItem label="How often">
                <Text>{option.frequency}</Text>
              </DescriptionListItem>
              <DescriptionListItem label="Dates">
                <Text>
                  {option.count === 1 ? option.firstDue : `${option.firstDue} to ${option.endDate}`}
                </Text>
              </DescriptionListItem>
              <DescriptionListItem label="Total">
                <Text testId={`plan-option-${option.id}-total`}>{option.total}</Text>
              </DescriptionListItem>
              {option.discount ? (
                <DescriptionListItem label="Discount">
                  <Text>{option.discount}</Text>
                </DescriptionListItem>
              ) : null}
            </DescriptionList>
            {option.breaks.length > 0 ? (
              <Text testId={`plan-option-${option.id}-breaks`} variant="microcopy">
                Breaks: {option.breaks.join('; ')}. Escalate before offering it.
              </Text>
            ) : null}
            <Text variant="microcopy">{option.why}</Text>
          </Flex>
        </Tile>
      ))}
    </Flex>
  );
}
