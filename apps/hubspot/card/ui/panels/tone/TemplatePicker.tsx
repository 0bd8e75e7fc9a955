/**
 * Picks an outreach template and puts it, filled in for this contact, into the draft box; the
 * parts it could not fill are marked there, and listed under the picker (shared/templates/view).
 */
import { Alert, Flex } from '@hubspot/ui-extensions';
import { useState } from 'react';
import { templatesFor, type TemplateId } from '../../../../../../shared/templates';
import type { OutreachLocale } from '../../../../../../shared/templates/outreach-locale';
import {
  fillForContact,
  unfilledText,
  type TemplateContact,
} from '../../../../../../shared/templates/view';
import type { OutreachSettings } from '../../../../../../shared/settings';
import { Choice } from '../../Choice';
import { useCardI18n } from '../../i18n';

/** A labelled template list; choosing one replaces the draft with it, marking what is missing. */
export function TemplatePicker(props: {
  writeIn: OutreachLocale;
  contact: TemplateContact | undefined;
  outreach: OutreachSettings;
  agentName: string;
  onUse: (text: string) => void;
}) {
  const { t } = useCardI18n();
  const [chosen, setChosen] = useState<TemplateId | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const choose = (value: TemplateId) => {
    setChosen(value);
    const filled = fillForContact(t, { ...props, id: value });
    setProblem(unfilledText(t, filled));
    props.onUse(filled.text);
  };
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
      {problem === undefined ? null : (
        <Alert testId="template-problem" title={t('card.templates.partial')} variant="warning">
          {problem}
        </Alert>
      )}
    </Flex>
  );
}
