/**
 * The HubSpot card's draft box, where copying is sending as far as Tactful can tell: what shows
 * under the draft, whether Copy is on and why not, how each alert is marked, which languages the
 * agent can pick, and what choosing a template puts in the draft. The card renders this.
 */
import type { Translate } from '../i18n/translator';
import type { ToneOnSave } from '../settings/settings';
import { isTemplateLocale, templatesFor, type TemplateId } from '../templates';
import { outreachLocale, type OutreachLocale } from '../templates/outreach-locale';
import { fillForContact, hasMarker, unfilledText } from '../templates/view';
import type { Emphasis } from '../view/emphasis';
import { draftCheckShows, type DraftCheckStatus } from './draft-check';
import { button, tonePanelWords, type TonePanelState, type ToneButton } from './panel-view';
import type { ToneLocale } from './rules';
import type { ToneResult } from './types';
import { decideCopy, type CopyDecision } from './view';
import { categoriesText } from './view-words';

/** The draft languages the agent can pick: one the tone rules know, or detect it. */
export const draftLanguages = ['auto', 'en', 'es'] as const satisfies readonly (
  ToneLocale | 'auto'
)[];

/** A language to read the draft in. */
export type DraftLanguage = (typeof draftLanguages)[number];

/** The card's titled alerts (`card.tone.<key>.title` and `.body`) and how each is marked. */
export const draftAlerts = {
  copied: 'good',
  copiedWithProblems: 'caution',
  copyFailed: 'bad',
} as const satisfies Record<string, Emphasis>;

/** One of the card's titled alerts. */
export type DraftAlert = keyof typeof draftAlerts;

/** An alert the card shows, in the agent's words. */
export interface DraftAlertWords {
  emphasis: (typeof draftAlerts)[DraftAlert];
  title: string;
  message: string;
}

/** One of the card's titled alerts in the agent's words. */
export const alertWords = (t: Translate, key: DraftAlert): DraftAlertWords => ({
  emphasis: draftAlerts[key],
  title: t(`card.tone.${key}.title`),
  message: t(`card.tone.${key}.body`),
});

/** What the draft box had to do without (host/draft-setup's notes), in the agent's words. */
export function draftNoteText<E>(
  t: Translate,
  note:
    | { code: 'contact-unreadable' | 'settings-need-attention' }
    | { code: 'settings-unavailable'; error: E },
  problem: (error: E) => string,
): string {
  if (note.code === 'settings-unavailable') {
    return t('card.tone.settingsUnavailable', { problem: problem(note.error) });
  }
  return t(
    note.code === 'contact-unreadable'
      ? 'card.tone.contactUnreadable'
      : 'card.tone.settingsNeedAttention',
  );
}

/** How a copy that went through is announced: with wording to fix when the verdict says so. */
export const copiedAlert = (decision: Extract<CopyDecision, { kind: 'copy' }>): DraftAlert =>
  decision.withProblems ? 'copiedWithProblems' : 'copied';

/** The draft and its check, as the draft box holds them. */
export interface DraftBoxInput<E> extends Omit<TonePanelState<E>, 'pending'> {
  text: string;
  check: DraftCheckStatus<E>;
  /** The last successful check (of the draft as it is once `check` is ready). */
  result: ToneResult;
  agentLocale: string;
  onSave: ToneOnSave;
}

/** What the draft box shows for the draft and its check. */
export function draftBoxWords<E>(t: Translate, input: DraftBoxInput<E>) {
  const { text, check, result } = input;
  const shows = draftCheckShows(text, check);
  const pending = check.status !== 'ready';
  const draft = { blank: shows === 'nothing', pending, unfilled: hasMarker(t, text) };
  const copy = decideCopy(draft, result, input.onSave);
  const problems = copy.kind === 'stopped' ? categoriesText(t, copy.findings) : undefined;
  return {
    shows,
    panel: tonePanelWords(t, result, input.agentLocale, { ...input, pending }),
    copy,
    copyButton: button(t('card.tone.copy'), copy.kind !== 'copy') satisfies ToneButton,
    /** Why Copy is off, naming what stops the message, when "block" mode stops it. */
    copyBlocked: problems && t('card.tone.copyBlocked', { problems }),
  };
}

/** The templates' language: the contact's, unless the agent picked one that has templates. */
export function templateLocale(
  contactLanguage: string | undefined,
  defaultLocale: string,
  picked: DraftLanguage,
): OutreachLocale {
  return outreachLocale(
    contactLanguage,
    defaultLocale,
    isTemplateLocale(picked) ? picked : undefined,
  );
}

/** The templates to pick from in `writeIn`'s language. */
export const templateChoices = (writeIn: OutreachLocale) =>
  templatesFor(writeIn.language).map(({ id, title }) => ({ value: id, label: title }));

/** What choosing a template does: the draft it gives, and what is left to fill in, if anything. */
export function pickTemplate(
  t: Translate,
  options: Parameters<typeof fillForContact>[1] & { id: TemplateId },
): { text: string; problem: string | undefined } {
  const filled = fillForContact(t, options);
  return { text: filled.text, problem: unfilledText(t, filled) };
}
