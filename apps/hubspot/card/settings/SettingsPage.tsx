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
  ErrorState,
  Flex,
  Heading,
  Input,
  LoadingSpinner,
  MultiSelect,
  NumberInput,
  Select,
  Text,
  TextArea,
  Toggle,
  type AddAlertAction,
} from '@hubspot/ui-extensions';
import { useCallback, useState } from 'react';
import {
  blockableToneCategories,
  flagField,
  planFrequencies,
  settingsFieldLabel,
  settingsNeedingAttention,
  toneCategoryLabel,
  type SettingsLocale,
} from '../../../../shared/settings';
import { flagKinds } from '../../../../shared/history/flag-kinds';
import type { Finding } from '../../../../shared/tone';
import type { BackendClient } from '../host/backend-client';
import { loadToneFeedback } from '../host/tone-feedback';
import { errorText } from '../ui/backend-error-text';
import { CardI18nProvider, useCardI18n } from '../ui/i18n';
import { useLoaded } from '../ui/use-loaded';
import { FirstRunChecklist } from './FirstRunChecklist';
import { checkTestDraft, firstRunChecklist, setupIncomplete } from './first-run';
import {
  loadPortalSettings,
  savePortalSettings,
  type LoadedPortalSettings,
} from './portal-settings';
import {
  fromSettingsForm,
  messagesByField,
  toSettingsForm,
  type FormField,
  type SettingsForm,
} from './settings-form';

/** What the page needs from HubSpot and our backend. */
export interface SettingsPageProps {
  backend: BackendClient;
  /** HubSpot's toast, to confirm a save. */
  addAlert: AddAlertAction;
  /** HubSpot's clipboard, to hand an admin the agents' tone feedback as JSON. */
  copyText: (text: string) => Promise<void>;
  /** The admin's language for labels and messages. */
  locale: SettingsLocale;
}

/** The settings page, in the admin's language: loads the portal's settings, then shows the form. */
export function SettingsPage(props: SettingsPageProps) {
  return (
    <CardI18nProvider locale={props.locale}>
      <SettingsLoader {...props} />
    </CardI18nProvider>
  );
}

function SettingsLoader(props: SettingsPageProps) {
  const { backend, locale } = props;
  const { t } = useCardI18n();
  const load = useCallback(() => loadPortalSettings(backend, locale), [backend, locale]);
  const { state, reload } = useLoaded(load);
  if (state.status === 'loading') {
    return <LoadingSpinner label={t('settingsPage.loading')} layout="centered" />;
  }
  if (state.status === 'failed') {
    const text = errorText(t, state.error.code);
    return (
      <ErrorState testId="settings-load-error" title={text.title}>
        <Text>{text.body}</Text>
        <Button testId="settings-retry" onClick={reload}>
          {t('retry')}
        </Button>
      </ErrorState>
    );
  }
  return <SettingsEditor {...props} loaded={state.value} />;
}

function SettingsEditor(props: SettingsPageProps & { loaded: LoadedPortalSettings }) {
  const { backend, locale, addAlert, copyText, loaded } = props;
  const { t } = useCardI18n();
  const [form, setForm] = useState<SettingsForm>(() => toSettingsForm(loaded));
  const [messages, setMessages] = useState(() => messagesByField(loaded.problems));
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
  const [testFindings, setTestFindings] = useState<readonly Finding[] | undefined>(undefined);
  const checklist = firstRunChecklist(current, [], testFindings !== undefined);

  const set = <Key extends keyof SettingsForm>(key: Key, value: SettingsForm[Key]) =>
    setForm((current) => ({ ...current, [key]: value }));

  /** Label, name and the field's messages, for any control. */
  const about = (field: FormField) => {
    const own = messages.get(field) ?? [];
    return {
      name: field,
      label: settingsFieldLabel(field, locale),
      error: own.length > 0,
      ...(own.length > 0 ? { validationMessage: own.join(' ') } : {}),
    };
  };

  const save = async () => {
    setSaving(true);
    setSaveFailure(undefined);
    const result = await savePortalSettings(backend, fromSettingsForm(form), locale);
    setSaving(false);
    if (result.ok) {
      setForm(toSettingsForm(result.value));
      setMessages(new Map());
      setAttention(settingsNeedingAttention(result.value.settings, locale));
      setCurrent({ settings: result.value.settings, problems: [], saved: true });
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
    const text = errorText(t, result.error.error.code);
    setSaveFailure(`${text.title}. ${text.body}`);
  };

  /** The portal's agent feedback on the clipboard, as the file `tactful corpus export` reads. */
  const copyFeedback = async () => {
    setCopying(true);
    const feedback = await loadToneFeedback(backend);
    if (!feedback.ok) {
      const text = errorText(t, feedback.error.code);
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
            onCheckTestDraft={() => setTestFindings(checkTestDraft(current.settings.tone))}
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

      <Heading>{t('settingsPage.plans')}</Heading>
      <Flex direction="column" gap="small">
        <Input
          {...about('policy.minInstalment')}
          description={t('settingsPage.hint.minInstalment')}
          value={form.minInstalment}
          onChange={(value) => set('minInstalment', value)}
        />
        <Input
          {...about('policy.currency')}
          description={t('settingsPage.hint.currency')}
          value={form.currency}
          onChange={(value) => set('currency', value)}
        />
        <NumberInput
          {...about('policy.maxTermMonths')}
          {...(form.maxTermMonths === undefined ? {} : { value: form.maxTermMonths })}
          onChange={(value) => set('maxTermMonths', value)}
        />
        <MultiSelect
          {...about('policy.frequencies')}
          options={planFrequencies.map((value) => ({
            label: t(`settingsPage.frequency.${value}`),
            value,
          }))}
          value={form.frequencies}
          onChange={(value) => set('frequencies', value.map(String))}
        />
        <Select
          {...about('policy.downPayment')}
          options={[
            { label: t('settingsPage.downPayment.none'), value: 'none' },
            { label: t('settingsPage.downPayment.amount'), value: 'amount' },
            { label: t('settingsPage.downPayment.percent'), value: 'percent' },
          ]}
          value={form.downPaymentKind}
          onChange={(value) => set('downPaymentKind', String(value))}
        />
        {form.downPaymentKind === 'amount' ? (
          <Input
            {...about('policy.downPayment.amount')}
            value={form.downPaymentAmount}
            onChange={(value) => set('downPaymentAmount', value)}
          />
        ) : null}
        {form.downPaymentKind === 'percent' ? (
          <NumberInput
            {...about('policy.downPayment.percent')}
            {...(form.downPaymentPercent === undefined ? {} : { value: form.downPaymentPercent })}
            onChange={(value) => set('downPaymentPercent', value)}
          />
        ) : null}
        <NumberInput
          {...about('policy.firstPaymentWithinDays')}
          {...(form.firstPaymentWithinDays === undefined
            ? {}
            : { value: form.firstPaymentWithinDays })}
          onChange={(value) => set('firstPaymentWithinDays', value)}
        />
        <NumberInput
          {...about('policy.maxSettlementDiscountPercent')}
          {...(form.maxSettlementDiscountPercent === undefined
            ? {}
            : { value: form.maxSettlementDiscountPercent })}
          onChange={(value) => set('maxSettlementDiscountPercent', value)}
        />
        <Toggle
          name="policy.feesWaivable"
          label={settingsFieldLabel('policy.feesWaivable', locale)}
          labelDisplay="inline"
          checked={form.feesWaivable}
          onChange={(checked) => set('feesWaivable', checked)}
        />
        <Input
          {...about('policy.holidays')}
          description={t('settingsPage.hint.holidays')}
          value={form.holidays}
          onChange={(value) => set('holidays', value)}
        />
        <TextArea
          {...about('policy.closureDays')}
          description={t('settingsPage.hint.closureDays')}
          rows={3}
          value={form.closureDays}
          onChange={(value) => set('closureDays', value)}
        />
        <Toggle
          name="policy.rollWeekends"
          label={settingsFieldLabel('policy.rollWeekends', locale)}
          labelDisplay="inline"
          checked={form.rollWeekends}
          onChange={(checked) => set('rollWeekends', checked)}
        />
      </Flex>

      <Divider />
      <Heading>{t('settingsPage.tone')}</Heading>
      <Flex direction="column" gap="small">
        <Select
          {...about('tone.onSave')}
          options={[
            { label: t('settingsPage.onSave.block'), value: 'block' },
            { label: t('settingsPage.onSave.warn'), value: 'warn' },
          ]}
          value={form.onSave}
          onChange={(value) => set('onSave', String(value))}
        />
        <MultiSelect
          {...about('tone.blockCategories')}
          options={blockableToneCategories.map((value) => ({
            label: toneCategoryLabel(value, locale),
            value,
          }))}
          value={form.blockCategories}
          onChange={(value) => set('blockCategories', value.map(String))}
        />
        <TextArea
          {...about('tone.flagPhrases')}
          description={t('settingsPage.hint.flagPhrases')}
          rows={4}
          value={form.flagPhrases}
          onChange={(value) => set('flagPhrases', value)}
        />
        <TextArea
          {...about('tone.allowPhrases')}
          description={t('settingsPage.hint.allowPhrases')}
          rows={4}
          value={form.allowPhrases}
          onChange={(value) => set('allowPhrases', value)}
        />
        <Toggle
          name="tone.feedback"
          label={settingsFieldLabel('tone.feedback', locale)}
          labelDisplay="inline"
          checked={form.feedback}
          onChange={(checked) => set('feedback', checked)}
        />
        <Text variant="microcopy">{t('settingsPage.hint.feedback')}</Text>
        <Toggle
          name="tone.feedbackIncludeDraft"
          label={settingsFieldLabel('tone.feedbackIncludeDraft', locale)}
          labelDisplay="inline"
          checked={form.feedbackIncludeDraft}
          onChange={(checked) => set('feedbackIncludeDraft', checked)}
        />
        <Text variant="microcopy">{t('settingsPage.hint.feedbackIncludeDraft')}</Text>
        {current.settings.tone.feedback ? (
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

      <Divider />
      <Heading>{t('settingsPage.contact')}</Heading>
      <Flex direction="column" gap="small">
        <Input
          {...about('contact.contactHours.start')}
          description={t('settingsPage.hint.contactStart')}
          value={form.contactStart}
          onChange={(value) => set('contactStart', value)}
        />
        <Input
          {...about('contact.contactHours.end')}
          description={t('settingsPage.hint.contactEnd')}
          value={form.contactEnd}
          onChange={(value) => set('contactEnd', value)}
        />
        <Input
          {...about('contact.defaultTimeZone')}
          description={t('settingsPage.hint.defaultTimeZone')}
          value={form.defaultTimeZone}
          onChange={(value) => set('defaultTimeZone', value)}
        />
        <Select
          {...about('contact.defaultLocale')}
          options={[
            { label: t('settingsPage.locale.en'), value: 'en' },
            { label: t('settingsPage.locale.es'), value: 'es' },
          ]}
          value={form.defaultLocale}
          onChange={(value) => set('defaultLocale', String(value))}
        />
      </Flex>

      <Divider />
      <Heading>{t('settingsPage.outreach')}</Heading>
      <Flex direction="column" gap="small">
        <Input
          {...about('outreach.companyName')}
          description={t('settingsPage.hint.companyName')}
          value={form.companyName}
          onChange={(value) => set('companyName', value)}
        />
        <Input
          {...about('outreach.paymentLink')}
          description={t('settingsPage.hint.paymentLink')}
          value={form.paymentLink}
          onChange={(value) => set('paymentLink', value)}
        />
      </Flex>

      <Divider />
      <Heading>{t('settingsPage.properties')}</Heading>
      <Flex direction="column" gap="small">
        <Input
          {...about('fields.balance')}
          value={form.balanceField}
          onChange={(value) => set('balanceField', value)}
        />
        <Input
          {...about('fields.currency')}
          value={form.currencyField}
          onChange={(value) => set('currencyField', value)}
        />
        <Input
          {...about('fields.dueDate')}
          value={form.dueDateField}
          onChange={(value) => set('dueDateField', value)}
        />
        {flagKinds.map((flag) => (
          <Input
            key={flag}
            {...about(flagField(flag))}
            value={form.flagFields[flag]}
            onChange={(value) => set('flagFields', { ...form.flagFields, [flag]: value })}
          />
        ))}
      </Flex>

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
