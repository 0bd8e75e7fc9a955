/**
 * Picks an outreach template and puts it, filled in for this contact, into the draft box; the
 * parts it could not fill are marked there, and listed under the picker.
 */
import { Alert, Flex, Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import {
  templateIds,
  templatesFor,
  type FilledTemplate,
  type TemplateId,
  type TemplatePlaceholder,
} from '../../../../../../shared/templates';
import type { OutreachLocale } from '../../../../../../shared/templates/outreach-locale';
import type { OutreachSettings } from '../../../../../../shared/settings';
import { useCardI18n } from '../../i18n';
import { fillForContact } from './template-values';
import type { DraftContact } from './useDraftSetup';

const isTemplateId = (value: unknown): value is TemplateId =>
  (templateIds as readonly unknown[]).includes(value);

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
  const options = templatesFor(props.writeIn.language).map((template) => ({
    label: template.title,
    value: template.id,
  }));

  const choose = (value: unknown) => {
    if (!isTemplateId(value)) return;
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
      <Select
        testId="template-select"
        name="tactful-template"
        label={t('card.templates.pick')}
        description={t('card.templates.pickHint')}
        placeholder={t('card.templates.choose')}
        options={options}
        {...(chosen === undefined ? {} : { value: chosen })}
        onChange={choose}
      />
      {filled === undefined || unfilled.length === 0 ? null : (
        <Alert testId="template-problem" title={t('card.templates.partial')} variant="warning">
          {sentences.join(' ')}
        </Alert>
      )}
    </Flex>
  );
}
