/**
 * `tactful history`: reads a history request (JSON) on stdin and prints the summary, the contact
 * guards per channel and the nudge as JSON. Invalid input: a clear message on stderr, exit code 2.
 */
import { commandArgs } from '../args';
import type { CliIo } from '../io';
import { parseHistoryRequestJson, type GuardResult } from '../../../shared/history';
import { historyInsight } from '../../../shared/history/view';

const help = `Usage: tactful history < request.json

Reads {"now","timeZone","events":[...],"flags":[...]} (optional: dueDate, quietHours,
inconvenientTimes, stages, purpose) and prints {"summary","channels","nudge"} as JSON.
`;

/** The channel verdict as the command prints it: reasons as sentences, their codes alongside. */
function printable(guard: GuardResult) {
  return {
    allowed: guard.allowed,
    reasons: guard.reasons.map((r) => r.message),
    reasonCodes: guard.reasons.map((r) => r.code),
    notices: guard.notices.map((n) => n.message),
    nextAllowedAt: guard.nextAllowedAt,
  };
}

/** Runs the command; 0 on success, 2 for input it cannot use. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsedArgs = commandArgs(args, io, { name: 'history', options: {}, usage: help });
  if ('exitCode' in parsedArgs) return parsedArgs.exitCode;
  const parsed = parseHistoryRequestJson(await io.readStdin());
  if (!parsed.ok) {
    io.stderr(`tactful history: invalid input\n${parsed.error.message}\n`);
    return 2;
  }
  const { summary, guards, nudge } = historyInsight(parsed.value);
  const channels = {
    call: printable(guards.call),
    email: printable(guards.email),
    sms: printable(guards.sms),
    letter: printable(guards.letter),
  };
  io.stdout(`${JSON.stringify({ summary, channels, nudge }, null, 2)}\n`);
  return 0;
}
