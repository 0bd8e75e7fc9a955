/** The suggested options one under the other, each with its facts; and the choice of the one to offer. */
import { DescriptionList, DescriptionListItem, Flex, Text, Tile } from '@hubspot/ui-extensions';
import { Choice } from '../../Choice';
import { useCardI18n } from '../../i18n';
import type { OptionChoice } from '../../../../../../shared/plans/choice';

/** Every option with its facts (worded once for both hosts), and the choice of the one to offer. */
export function PlanOptionList(props: {
  options: readonly OptionChoice[];
  selectedId?: string;
  onSelect: (optionId: string) => void;
}) {
  const { options, selectedId, onSelect } = props;
  const { t } = useCardI18n();
  return (
    <Flex direction="column" gap="small">
      <Choice
        id="plan-choice"
        label={t('card.plans.optionToOffer')}
        choices={options.map(({ id, card }) => ({ value: id, label: card.title }))}
        value={selectedId}
        onChoose={onSelect}
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
