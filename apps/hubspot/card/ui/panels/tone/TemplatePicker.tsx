/**
 * Picks an outreach template and puts it, filled in for this contact, into the draft box; the
 * parts it could not fill are marked there and listed under the picker (shared/tone/draft-box-view).
 */
import { Alert, Flex } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { TemplateId } from '../../../../../../shared/templates';
import type { OutreachLocale } from '../../../../../../shared/templates/outreach-locale';
import type { TemplateContact } from '../../../../../../shared/templates/view';
import type { OutreachSettings } from '../../../../../../shared/settings';
import { pickTemplate, templateChoices } from '../../../../../../shared/tone/draft-box-view';
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
  const [chosen, setChosen] = useState<{ id: TemplateId; problem: string | undefined }>();
  const choose = (id: TemplateId) => {
    const picked = pickTemplate(t, { ...props, id });
    setChosen({ id, problem: picked.problem });
    props.onUse(picked.text);
  };
  return (
    <Flex direction="column" gap="extra-small">
      <Choice
        id="template-select"
        name="tactful-template"
        label={t('card.templates.pick')}
        description={t('card.templates.pickHint')}
        placeholder={t('card.templates.choose')}
        choices={templateChoices(props.writeIn)}
        value={chosen?.id}
        onChoose={choose}
      />
      {chosen?.problem === undefined ? null : (
        <Alert testId="template-problem" title={t('card.templates.partial')} variant="warning">
          {chosen.problem}
        </Alert>
      )}
    </Flex>
  );
}
