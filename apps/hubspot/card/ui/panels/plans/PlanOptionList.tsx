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
import { useCardI18n } from '../../i18n';
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
  const { t } = useCardI18n();
  return (
    <Flex direction="column" gap="small">
      <Select
        testId="plan-choice"
        name="tactful-plan-choice"
        label={t('card.plans.optionToOffer')}
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
                <Tag variant="success">{t('plans.withinPolicy')}</Tag>
              ) : (
                <Tag testId={`plan-option-${option.id}-outside`} variant="error">
                  {t('card.plans.outsidePolicy')}
                </Tag>
              )}
              {option.affordable === false ? (
                <Tag variant="warning">{t('card.plans.moreThanAffordable')}</Tag>
              ) : null}
            </Flex>
            <DescriptionList direction="row">
              <DescriptionListItem label={t('card.plans.payments')}>
                <Text testId={`plan-option-${option.id}-payments`}>{option.payments}</Text>
              </DescriptionListItem>
              <DescriptionListItem label={t('plans.perLabel')}>
                <Text>{option.frequency}</Text>
              </DescriptionListItem>
              <DescriptionListItem label={t('card.plans.dates')}>
                <Text>
                  {option.count === 1
                    ? option.firstDue
                    : t('card.plans.dateRange', { first: option.firstDue, last: option.endDate })}
                </Text>
              </DescriptionListItem>
              <DescriptionListItem label={t('plans.columns.total')}>
                <Text testId={`plan-option-${option.id}-total`}>{option.total}</Text>
              </DescriptionListItem>
              {option.discount ? (
                <DescriptionListItem label={t('plans.columns.discount')}>
                  <Text>{option.discount}</Text>
                </DescriptionListItem>
              ) : null}
            </DescriptionList>
            {option.breaks.length > 0 ? (
              <Text testId={`plan-option-${option.id}-breaks`} variant="microcopy">
                {t('card.plans.breaks', { rules: option.breaks.join('; ') })}
              </Text>
            ) : null}
            <Text variant="microcopy">{option.why}</Text>
          </Flex>
        </Tile>
      ))}
    </Flex>
  );
}
