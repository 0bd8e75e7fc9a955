/**
 * `tactful history`: reads a history request (JSON) on stdin and prints the summary, the contact
 * guards per channel and the nudge as JSON. Invalid input: a clear message on stderr, exit code 2.
 */
import { commandArgs, localeOption } from '../args';
import type { CliIo } from '../io';
import { parseHistoryRequestJson, type GuardResult } from '../../../shared/history';
import { historyInsight, historyView } from '../../../shared/history/view';
import { nudgeDetailText } from '../../../shared/history/view-words';
import { createTranslator, type Translate } from '../../../shared/i18n';

const help = `Usage: tactful history [--locale es] < request.json

Reads {"now","timeZone","events":[...],"flags":[...]} (optional: dueDate, quietHours,
inconvenientTimes, stages, purpose) and prints {"summary","channels","nudge"} as JSON.
Reasons and the nudge's message are worded in --locale's language (en or es; English by default).
`;

/** The channel verdict as the command prints it: reasons as sentences, their codes alongside. */
function printable(guard: GuardResult, t: Translate) {
  return {
    allowed: guard.allowed,
    reasons: guard.reasons.map((r) => t(`history.reason.${r.code}`)),
    reasonCodes: guard.reasons.map((r) => r.code),
    notices: guard.notices.map((n) => t(`history.reason.${n.code}`)),
    nextAllowedAt: guard.nextAllowedAt,
  };
}

/** Runs the command; 0 on success, 2 for input it cannot use. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = commandArgs(args, io, {
    name: 'history',
    options: localeOption,
    usage: help,
  });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const parsed = parseHistoryRequestJson(await io.readStdin());
  if (!parsed.ok) {
    io.stderr(`tactful history: invalid input\n${parsed.error.message}\n`);
    return 2;
  }
  // Reasons and the nudge in words from the catalog, in --locale's language (English by default).
  const locale = parsedArgs.options.locale ?? 'en';
  const t = createTranslator(locale);
  const { summary, guards, nudge } = historyInsight(parsed.value);
  const channels = {
    call: printable(guards.call, t),
    email: printable(guards.email, t),
    sms: printable(guards.sms, t),
    letter: printable(guards.letter, t),
  };
  const nudgeView = historyView(parsed.value, parsed.value.timeZone).nudge;
  const message = [
    t(`history.nudge.kind.${nudge.kind}`),
    ...nudgeDetailText(t, nudgeView, locale),
  ].join(' ');
  io.stdout(`${JSON.stringify({ summary, channels, nudge: { ...nudge, message } }, null, 2)}\n`);
  return 0;
}
