/**
 * Tactful's settings page in HubSpot (the app's settings component): the portal's plan policy,
 * tone strictness and company phrases, contact hours, field mapping and outreach details, read
 * and written through our backend. Values are validated on save; each problem shows on its field
 * and nothing is sent until all are fixed. While setup is incomplete, the first-run checklist
 * heads the page.
 */
import {
  Alert,
  Button,
  Divider,
  Flex,
  Heading,
  Input,
  MultiSelect,
  NumberInput,
  Select,
  Text,
  TextArea,
  Toggle,
} from '@hubspot/ui-extensions';
import { Fragment, useCallback, useState } from 'react';
import {
  settingsErrorOf,
  settingsFieldLabel,
  settingsNeedingAttention,
  type SettingsField,
  type SettingsLocale,
} from '../../../../shared/settings';
import { loadToneFeedback } from '../host/tone-feedback';
import { errorWords } from '../../../../shared/i18n/error-words';
import { Loadable } from '../ui/Loadable';
import { CardI18nProvider, useCardI18n } from '../ui/i18n';
import type { PageHost } from '../ui/page-host';
import { useLoaded } from '../../../react/load';
import { FirstRunChecklist } from './FirstRunChecklist';
import { firstRunChecklist, setupIncomplete } from './first-run';
import { useTestDraft } from './use-test-draft';
import {
  loadPortalSettings,
  savePortalSettings,
  type LoadedPortalSettings,
} from './portal-settings';
import {
  fromSettingsForm,
  messagesByField,
  toSettingsForm,
  type SettingsForm,
} from './settings-form';
import { controlField, settingsSections, type Control } from './settings-controls';

/**
 * What the page needs from HubSpot and our backend: the toast confirms a save, the clipboard
 * hands an admin the agents' tone feedback as JSON.
 */
export interface SettingsPageProps extends PageHost {
  /** The admin's language for labels and messages. */
  locale: SettingsLocale;
}

/** The settings page, in the admin's language: loads the portal's settings, then shows the form. */
export function SettingsPage(props: SettingsPageProps) {
  return (
    <CardI18nProvider locale={props.locale} backend={props.backend}>
      <SettingsLoader {...props} />
    </CardI18nProvider>
  );
}

function SettingsLoader(props: SettingsPageProps) {
  const { backend } = props;
  const load = useCallback(() => loadPortalSettings(backend), [backend]);
  const { state, reload } = useLoaded(load);
  return (
    <Loadable load={{ state, retry: reload }} id="settings" loading="settingsPage.loading">
      {(loaded) => <SettingsEditor {...props} loaded={loaded} />}
    </Loadable>
  );
}

function SettingsEditor(props: SettingsPageProps & { loaded: LoadedPortalSettings }) {
  const { backend, locale, addAlert, copyText, loaded } = props;
  const { t } = useCardI18n();
  const [form, setForm] = useState<SettingsForm>(() => toSettingsForm(loaded));
  const [messages, setMessages] = useState(() =>
    messagesByField(loaded.problems.map((problem) => settingsErrorOf(problem, locale))),
  );
  const [saveFailure, setSaveFailure] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [copying, setCopying] = useState(false);
  // Valid settings can still be risky or incomplete (nothing blocks, a field not mapped).
  const [attention, setAttention] = useState(() =>
    loaded.problems.length > 0 ? [] : settingsNeedingAttention(loaded.settings, locale),
  );
  // The checklist stays for the whole visit once shown, so the admin sees each step turn Done.
  const [current, setCurrent] = useState<LoadedPortalSettings>(loaded);
  const [showChecklist] = useState(() => setupIncomplete(firstRunChecklist(loaded, [], false)));
  const testDraft = useTestDraft(backend);
  const testFindings = testDraft.findings;
  const checklist = firstRunChecklist(current, [], testFindings !== undefined);

  const set: SetField = (field, value) => setForm((current) => ({ ...current, [field]: value }));

  const save = async () => {
    setSaving(true);
    setSaveFailure(undefined);
    const result = await savePortalSettings(backend, fromSettingsForm(form), locale);
    setSaving(false);
    if (result.ok) {
      setForm(toSettingsForm(result.value));
      setMessages(new Map());
      setAttention(settingsNeedingAttention(result.value.settings, locale));
      setCurrent({ ...result.value, problems: [], saved: true });
      addAlert({
        type: 'success',
        title: t('settingsPage.saved.title'),
        message: t('settingsPage.saved.body'),
      });
      return;
    }
    if (result.error.kind === 'invalid') {
      setMessages(messagesByField(result.error.errors));
      return;
    }
    const text = errorWords(t, { host: 'hubspot', error: result.error.error });
    setSaveFailure(`${text.title}. ${text.body}`);
  };

  /** The portal's agent feedback on the clipboard, as the file `tactful corpus export` reads. */
  const copyFeedback = async () => {
    setCopying(true);
    const feedback = await loadToneFeedback(backend);
    if (!feedback.ok) {
      const text = errorWords(t, { host: 'hubspot', error: feedback.error });
      addAlert({
        type: 'danger',
        title: t('settingsPage.feedbackNotCopied'),
        message: `${text.title}. ${text.body}`,
      });
    } else {
      try {
        await copyText(JSON.stringify(feedback.value, null, 2));
        addAlert({
          type: 'success',
          title: t('settingsPage.feedbackCopied.title', { count: feedback.value.length }),
          message: t('settingsPage.feedbackCopied.body'),
        });
      } catch {
        addAlert({
          type: 'danger',
          title: t('card.tone.copyFailed.title'),
          message: t('settingsPage.copyFailed.body'),
        });
      }
    }
    // Last, so the button stays busy until the agent has been told how it went.
    setCopying(false);
  };

  const allMessages = [...messages.values()].flat();
  const pageMessages = messages.get('settings') ?? [];

  return (
    <Flex direction="column" gap="medium">
      {showChecklist ? (
        <>
          <FirstRunChecklist
            checklist={checklist}
            hints={{
              fieldsMapped: t('settingsPage.hint.fieldsMapped'),
              policySet: t('settingsPage.hint.policySet'),
              outreachSet: t('settingsPage.hint.outreachSet'),
            }}
            testFindings={testFindings}
            testDraftFailed={testDraft.failed}
            onCheckTestDraft={() => testDraft.check(current.settings.tone)}
          />
          <Divider />
        </>
      ) : null}
      {loaded.problems.length > 0 ? (
        <Alert
          testId="settings-stored-problems"
          title={t('settingsPage.storedProblems.title')}
          variant="warning"
        >
          {t('settingsPage.storedProblems.body')}
        </Alert>
      ) : null}
      {allMessages.length > 0 ? (
        <Alert testId="settings-invalid" title={t('settingsPage.invalid')} variant="danger">
          {allMessages.join(' ')}
        </Alert>
      ) : null}
      {attention.length > 0 ? (
        <Alert testId="settings-attention" title={t('settingsPage.attention')} variant="warning">
          {attention.map((item) => item.message).join(' ')}
        </Alert>
      ) : null}
      {pageMessages.length > 0 ? <Text>{pageMessages.join(' ')}</Text> : null}

      {settingsSections.map((section, index) => (
        <Fragment key={section.id}>
          {index > 0 ? <Divider /> : null}
          <Heading>{t(`settingsPage.${section.id}`)}</Heading>
          <Flex direction="column" gap="small">
            {section.controls.map((control) => (
              <SettingControl
                key={controlField(control)}
                control={control}
                form={form}
                set={set}
                messages={messages}
                locale={locale}
              />
            ))}
            {section.id === 'tone' && current.settings.tone.feedback ? (
              <Flex direction="row" gap="small" align="center" wrap>
                <Button
                  testId="settings-copy-feedback"
                  size="sm"
                  disabled={copying}
                  onClick={() => void copyFeedback()}
                >
                  {t('settingsPage.copyFeedback')}
                </Button>
                <Text variant="microcopy">{t('settingsPage.copyFeedbackHint')}</Text>
              </Flex>
            ) : null}
          </Flex>
        </Fragment>
      ))}

      {saveFailure === undefined ? null : (
        <Alert testId="settings-save-failed" title={t('settingsPage.saveFailed')} variant="danger">
          {saveFailure}
        </Alert>
      )}
      <Flex direction="row" gap="small">
        <Button
          testId="settings-save"
          variant="primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {saving ? t('settingsPage.saving') : t('settingsPage.save')}
        </Button>
      </Flex>
    </Flex>
  );
}

type SetField = <Field extends keyof SettingsForm>(
  field: Field,
  value: SettingsForm[Field],
) => void;

/** One setting's control: its label from the vocabulary, its value, hint and messages. */
function SettingControl(props: {
  control: Control;
  form: SettingsForm;
  set: SetField;
  messages: ReadonlyMap<SettingsField, readonly string[]>;
  locale: SettingsLocale;
}) {
  const { control, form, set, messages, locale } = props;
  const { t } = useCardI18n();
  const field = controlField(control);
  const own = messages.get(field) ?? [];
  const about = {
    name: field,
    label: settingsFieldLabel(field, locale),
    error: own.length > 0,
    ...(own.length > 0 ? { validationMessage: own.join(' ') } : {}),
  };
  const hint = 'hint' in control && control.hint !== undefined ? t(control.hint) : undefined;
  const described = hint === undefined ? {} : { description: hint };
  if ('shownWhen' in control && control.shownWhen !== undefined && !control.shownWhen(form)) {
    return null;
  }
  const choices = {
    ...about,
    options: ('options' in control ? control.options : []).map((option) => ({
      value: option.value,
      label: t(option.label),
    })),
  };
  switch (control.kind) {
    case 'text': {
      const onChange = (value: string) => set(control.field, value);
      const value = form[control.field];
      return control.rows === undefined ? (
        <Input {...about} {...described} value={value} onChange={onChange} />
      ) : (
        <TextArea {...about} {...described} rows={control.rows} value={value} onChange={onChange} />
      );
    }
    case 'number': {
      const value = form[control.field];
      return (
        <NumberInput
          {...about}
          {...described}
          {...(value === undefined ? {} : { value })}
          onChange={(next) => set(control.field, next)}
        />
      );
    }
    case 'toggle':
      return (
        <>
          <Toggle
            name={field}
            label={about.label}
            labelDisplay="inline"
            checked={form[control.field]}
            onChange={(checked) => set(control.field, checked)}
          />
          {hint === undefined ? null : <Text variant="microcopy">{hint}</Text>}
        </>
      );
    case 'choice':
      return (
        <Select
          {...choices}
          value={form[control.field]}
          onChange={(value) => set(control.field, String(value))}
        />
      );
    case 'choices':
      return (
        <MultiSelect
          {...choices}
          value={form[control.field]}
          onChange={(value) => set(control.field, value.map(String))}
        />
      );
    case 'flag':
      return (
        <Input
          {...about}
          value={form['fields.flags'][control.flag]}
          onChange={(value) =>
            set('fields.flags', { ...form['fields.flags'], [control.flag]: value })
          }
        />
      );
  }
}
