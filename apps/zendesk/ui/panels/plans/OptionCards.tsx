/** The options as stacked cards, one an option: each reads on its own in a 280 px sidebar. */
import { Field, Fieldset, Radio } from '@zendeskgarden/react-forms';
import { Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { OptionCard } from '../../../../../shared/plans/view-words';
import { useI18n } from '../../i18n';

const factsStyle = {
  margin: '4px 0 0',
  display: 'grid',
  gridTemplateColumns: 'auto minmax(0, 1fr)',
  gap: '2px 8px',
} as const;

export function OptionCards(props: {
  cards: readonly OptionCard[];
  chosen: string | undefined;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <Fieldset style={{ marginTop: 12, minWidth: 0 }}>
      <Fieldset.Legend>{t('plans.optionsTitle')}</Fieldset.Legend>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {props.cards.map((card) => (
          <li key={card.id} aria-label={card.title} style={{ marginTop: 8 }}>
            <Well isRecessed={props.chosen !== card.id} style={{ padding: 8 }}>
              <Field>
                <Radio
                  name="tactful-plan-option"
                  value={card.id}
                  checked={props.chosen === card.id}
                  onChange={() => props.onChoose(card.id)}
                >
                  <Field.Label>{card.title}</Field.Label>
                </Radio>
              </Field>
              <dl style={factsStyle}>
                {card.facts.map((fact) => (
                  <div key={fact.code} style={{ display: 'contents' }}>
                    <SM tag="dt">{fact.label}</SM>
                    <SM
                      tag="dd"
                      style={{
                        margin: 0,
                        overflowWrap: 'anywhere',
                        color: fact.emphasis === 'bad' ? '#cc3340' : undefined,
                      }}
                    >
                      {fact.value}
                    </SM>
                  </div>
                ))}
              </dl>
            </Well>
          </li>
        ))}
      </ul>
    </Fieldset>
  );
}
