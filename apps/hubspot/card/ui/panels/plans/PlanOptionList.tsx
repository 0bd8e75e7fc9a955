/** The suggested options one under the other, each with its facts; and the choice of the one to offer. */
import {
  DescriptionList,
  DescriptionListItem,
  Flex,
  Text,
  Select,
  Tile,
} from '@hubspot/ui-extensions';
import { useCardI18n } from '../../i18n';
import type { OptionView } from './plan-options';

/** Every option with its facts (worded once for both hosts), and the choice of the one to offer. */
export function PlanOptionList(props: {
  options: readonly OptionView[];
  selectedId?: string;
  onSelect: (optionId: string) => void;
}) {
  const { options, selectedId, onSelect } = props;
  const { t } = useCardI18n();
  return (
    <Flex direction="column" gap="small">
      <Select
        testId="plan-choice"
        name="tactful-plan-choice"
        label={t('card.plans.optionToOffer')}
        options={options.map(({ id, card }) => ({ label: card.title, value: id }))}
        {...(selectedId === undefined ? {} : { value: selectedId })}
        onChange={(value) => {
          if (typeof value === 'string') onSelect(value);
        }}
      />
      {options.map(({ id, card }) => (
        <Tile key={id} compact testId={`plan-option-${id}`}>
          <Flex direction="column" gap="extra-small">
            <Text format={{ fontWeight: 'bold' }}>{card.title}</Text>
            <DescriptionList direction="row">
              {card.facts.map((fact) => (
                <DescriptionListItem key={fact.code} label={fact.label}>
                  <Text testId={`plan-option-${id}-${fact.code}`}>{fact.value}</Text>
                </DescriptionListItem>
              ))}
            </DescriptionList>
            <Text variant="microcopy">{card.why}</Text>
          </Flex>
        </Tile>
      ))}
    </Flex>
  );
}
