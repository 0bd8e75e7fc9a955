/** Picks an outreach template and puts it, filled in for this contact, into the draft box. */
import { Alert, Flex, Select } from '@hubspot/ui-extensions';
import { useState } from 'react';
import {
  templateIds,
  templatesFor,
  type TemplateId,
  type TemplateLocale,
} from '../../../../../../shared/templates';
import type { OutreachSettings } from '../../../../../../shared/settings';
import { useCardI18n } from '../../i18n';
import { renderForContact } from './template-values';
import type { DraftContact } from './useDraftSetup';

const isTemplateId = (value: unknown): value is TemplateId =>
  (templateIds as readonly unknown[]).includes(value);

/** A labelled template list; choosing one replaces the draft with it, or says what is missing. */
export function TemplatePicker(props: {
  locale: TemplateLocale;
  contact: DraftContact | undefined;
  outreach: OutreachSettings;
  agentName: string;
  onUse: (text: string) => void;
}) {
  const { t } = useCardI18n();
  const [chosen, setChosen] = useState<TemplateId | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const options = templatesFor(props.locale).map((template) => ({
    label: template.title,
    value: template.id,
  }));

  const choose = (value: unknown) => {
    if (!isTemplateId(value)) return;
    setChosen(value);
    const rendered = renderForContact({
      id: value,
      locale: props.locale,
      contact: props.contact,
      outreach: props.outreach,
      agentName: props.agentName,
    });
    if (rendered.ok) {
      setProblem(undefined);
      props.onUse(rendered.value);
    } else {
      setProblem(rendered.error);
    }
  };

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
      {problem === undefined ? null : (
        <Alert testId="template-problem" title={t('card.templates.failed')} variant="warning">
          {problem}
        </Alert>
      )}
    </Flex>
  );
}
