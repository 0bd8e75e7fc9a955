/**
 * How the sidebar's tone panel (shared/tone/reply-controller) reads, checks and writes the draft in
 * this ticket through ZAF, as the admin set it up, and in the customer's language.
 */
import {
  checkTone,
  loadMeaning,
  meaningLoaded,
  prepareToneCheck,
  toneLanguageFor,
  type ToneResult,
} from '../../../shared/tone/core';
import { toToneOptions, type ToneSettings } from '../../../shared/settings';
import { readDraft, writeDraft } from './draft';
import { readRequesterLocale } from './ticket';
import type { ZafClient } from './zaf-client';

/** Checks a draft as the admin configured: HTML input, their phrases and blocking categories. */
export function checkDraft(html: string, tone: ToneSettings, locale: string): ToneResult {
  return checkTone(html, { format: 'html', locale, ...toToneOptions(tone) });
}

/** Runs `work` when the browser is idle (at the latest 2 s on), or now where it cannot say. */
const whenIdle = (work: () => void) =>
  typeof requestIdleCallback === 'function'
    ? void requestIdleCallback(work, { timeout: 2_000 })
    : work();

/** How the tone panel reads, checks and writes the draft in this ticket, as the admin set it up. */
export function zendeskReplyPorts(client: ZafClient, tone: ToneSettings) {
  // The customer's language when we have rules for it, else detect; read again for a new requester.
  let locale: Promise<string> | undefined;
  const toneLocale = () =>
    (locale ??= readRequesterLocale(client).then((reply) =>
      toneLanguageFor(reply.ok ? reply.value : undefined),
    ));
  return {
    toneLocale,
    forgetLocale: () => void (locale = undefined),
    read: async () => (await Promise.all([readDraft(client), toneLocale()]))[0],
    // A draft with words is read for meaning too: the first time, wait for the lexicons' chunk (a
    // blank draft on open never waits, so first paint does not either).
    check: async (html: string) => {
      if (html.trim() !== '' && !meaningLoaded()) await loadMeaning();
      return checkDraft(html, tone, await toneLocale());
    },
    // The save hook answers from the draft being saved, not from the last debounced check, and
    // with the meaning reader loaded: an `ok` without it would promise more than it checked.
    checkSaved: async (html: string) => {
      const [language] = await Promise.all([toneLocale(), loadMeaning()]);
      return checkDraft(html, tone, language);
    },
    write: (html: string) => writeDraft(client, html),
    timers: { setTimeout, clearTimeout },
    // Compile the customer's tone rules while the agent reads the ticket, so the first check
    // after they start typing answers at once; not during the opening, which it would hold up.
    warmUp: () =>
      whenIdle(
        () =>
          void Promise.all([toneLocale(), loadMeaning()]).then(
            ([language]) => prepareToneCheck(language),
            // A warm-up that could not fetch the chunk leaves it to the first check, which tries again.
            () => undefined,
          ),
      ),
  };
}
