/**
 * Picks an outreach template and puts it, filled in for this contact, into the draft box; the
 * parts it could not fill are marked there, and listed under the picker.
 */
import { Alert, Flex } from '@hubspot/ui-extensions';
import { useState } from 'react';
import {
  templatesFor,
  type FilledTemplate,
  type TemplateId,
  type TemplatePlaceholder,
} from '../../../../../../shared/templates';
import type { OutreachLocale } from '../../../../../../shared/templates/outreach-locale';
import type { OutreachSettings } from '../../../../../../shared/settings';
import { Choice } from '../../Choice';
import { useCardI18n } from '../../i18n';
import { fillForContact } from './template-values';
import type { DraftContact } from './useDraftSetup';

/** Values the admin sets in Tactful's settings rather than on the contact. */
const fromSettings: ReadonlySet<TemplatePlaceholder> = new Set(['paymentLink', 'companyName']);

/** A labelled template list; choosing one replaces the draft with it, marking what is missing. */
export function TemplatePicker(props: {
  writeIn: OutreachLocale;
  contact: DraftContact | undefined;
  outreach: OutreachSettings;
  agentName: string;
  onUse: (text: string) => void;
}) {
  const { t } = useCardI18n();
  const [chosen, setChosen] = useState<TemplateId | undefined>(undefined);
  const [filled, setFilled] = useState<FilledTemplate | undefined>(undefined);
  const choose = (value: TemplateId) => {
    setChosen(value);
    const next = fillForContact(t, { ...props, id: value });
    setFilled(next);
    props.onUse(next.text);
  };

  const names = (list: readonly TemplatePlaceholder[]) =>
    list.map((name) => t(`card.templates.value.${name}`)).join(', ');
  const unfilled = filled === undefined ? [] : [...filled.missing, ...filled.invalid];
  const sentences = [
    filled?.missing.length && t('card.templates.missing', { values: names(filled.missing) }),
    filled?.invalid.length && t('card.templates.invalid', { values: names(filled.invalid) }),
    unfilled.some((name) => fromSettings.has(name)) && t('card.templates.fromSettings'),
  ].filter((sentence) => typeof sentence === 'string');
  return (
    <Flex direction="column" gap="extra-small">
      <Choice
        id="template-select"
        name="tactful-template"
        label={t('card.templates.pick')}
        description={t('card.templates.pickHint')}
        placeholder={t('card.templates.choose')}
        choices={templatesFor(props.writeIn.language).map(({ id, title }) => ({
          value: id,
          label: title,
        }))}
        value={chosen}
        onChoose={choose}
      />
      {filled === undefined || unfilled.length === 0 ? null : (
        <Alert testId="template-problem" title={t('card.templates.partial')} variant="warning">
          {sentences.join(' ')}
        </Alert>
      )}
    </Flex>
  );
}
