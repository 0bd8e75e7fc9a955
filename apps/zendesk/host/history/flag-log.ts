/**
 * The flag change log kept in a multi-line text user field, one readable line per change:
 * `2026-11-25T15:00:00.000Z | set | do-not-call | Alex Rivera | Asked by email not to be called`.
 * A change set from what the customer wrote ends with where it was written:
 * `… | The customer wrote: “stop calling me” | source=zendesk-comment:70001`. A set says who raised
 * the flag before that (`… | Court order 123 | raised=court`); lines written before it did have none.
 * Admins can read it on the profile; lines that do not parse (hand edits) are kept but ignored.
 */
import { flagKinds, type FlagKind } from '../../../../shared/history';
import { flagRaisers, type FlagRaiser } from '../../../../shared/history/flag-kinds';

/** One change to a flag: when, set or cleared, which flag, by whom and why. */
export interface FlagChange {
  readonly at: string;
  /** `suggest`: the customer's words suggest the flag; the agent has not decided yet. */
  readonly action: 'set' | 'clear' | 'suggest';
  readonly kind: FlagKind;
  readonly by: string;
  readonly reason: string;
  /** Where the change came from when not the agent's own reading (`zendesk-comment:<id>`). */
  readonly source?: string;
  /** Who raised the flag, on a set. */
  readonly raisedBy?: FlagRaiser;
}

/** The log keeps its newest lines; Zendesk text fields are not meant for unbounded growth. */
export const flagLogMaxLines = 200;

const separator = ' | ';
const isFlagKind = (text: string): text is FlagKind =>
  (flagKinds as readonly string[]).includes(text);
const sourcePrefix = 'source=';
const raiserPrefix = 'raised=';
/** A source is one token: no spaces or separators, so it never reads as part of a reason. */
const sourceToken = /^source=[A-Za-z0-9:._-]{1,200}$/;
const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** One log line as a change, or undefined when the line is not one of ours. */
export function parseFlagChange(line: string): FlagChange | undefined {
  const parts = line.split(separator);
  const [at, action, kind, by, ...reason] = parts;
  if (at === undefined || action === undefined || kind === undefined || by === undefined) {
    return undefined;
  }
  if (
    !instant.test(at.trim()) ||
    (action !== 'set' && action !== 'clear' && action !== 'suggest') ||
    !isFlagKind(kind)
  ) {
    return undefined;
  }
  // Reasons are flattened (no separator inside), so trailing `source=` and `raised=` parts (in
  // that order from the end) are always ours; the reason keeps at least its own part.
  const last = reason.at(-1)?.trim();
  const source =
    reason.length > 1 && last !== undefined && sourceToken.test(last)
      ? last.slice(sourcePrefix.length)
      : undefined;
  if (source !== undefined) reason.pop();
  const raiserPart = reason.length > 1 ? reason.at(-1)?.trim() : undefined;
  const raisedBy = flagRaisers.find((raiser) => raiserPart === `${raiserPrefix}${raiser}`);
  if (raisedBy !== undefined) reason.pop();
  return {
    at: at.trim(),
    action,
    kind,
    by,
    reason: reason.join(separator),
    ...(raisedBy === undefined ? {} : { raisedBy }),
    ...(source === undefined ? {} : { source }),
  };
}

/** Every change the log text holds, oldest first (in the order written). */
export function parseFlagLog(text: string | null | undefined): FlagChange[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map(parseFlagChange)
    .filter((change): change is FlagChange => change !== undefined);
}

/** Line breaks and separators inside a name or reason would break the line format. */
const flatten = (text: string) =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/\|/g, '/')
    .trim();

/** The log line for `change`; it names when, what and who, so it also tells changes apart. */
export function formatFlagChange(change: FlagChange): string {
  const parts = [change.at, change.action, change.kind, flatten(change.by), flatten(change.reason)];
  if (change.raisedBy !== undefined) parts.push(`${raiserPrefix}${change.raisedBy}`);
  const source = change.source === undefined ? undefined : `${sourcePrefix}${change.source}`;
  if (source !== undefined && sourceToken.test(source)) parts.push(source);
  return parts.join(separator);
}

/** True when `source` can be kept on a log line (one token of letters, digits and `:._-`). */
export function isFlagSource(source: string): boolean {
  return sourceToken.test(`${sourcePrefix}${source}`);
}

const logLines = (text: string | null | undefined) =>
  (text ?? '').split(/\r?\n/).filter((line) => line.trim() !== '');

/** True when the log text holds the line for `change`. */
export function hasFlagChange(text: string | null | undefined, change: FlagChange): boolean {
  // Compared trimmed: a text field may drop the trailing space of a line with an empty reason.
  const line = formatFlagChange(change).trim();
  return logLines(text).some((existing) => existing.trim() === line);
}

/**
 * The log text with `change` appended, trimmed to the newest {@link flagLogMaxLines} lines. A change
 * the log already holds is not appended again: a write retried after a conflict merges by line.
 */
export function appendFlagChange(text: string | null | undefined, change: FlagChange): string {
  const lines = logLines(text);
  if (!hasFlagChange(text, change)) lines.push(formatFlagChange(change));
  return lines.slice(-flagLogMaxLines).join('\n');
}

/**
 * The latest set or clear per flag kind (the one that explains the flag's current state);
 * suggestions change no flag, so they are left out.
 */
export function latestFlagChanges(changes: readonly FlagChange[]): Map<FlagKind, FlagChange> {
  const latest = new Map<FlagKind, FlagChange>();
  for (const change of changes) if (change.action !== 'suggest') latest.set(change.kind, change);
  return latest;
}

/**
 * Flags suggested by the customer's words and not decided since: the newest suggestion per kind
 * written after the kind's latest set or clear, for kinds not set now (`isSet`). The guards warn
 * of these; they never block.
 */
export function pendingSuggestions(
  changes: readonly FlagChange[],
  isSet: (kind: FlagKind) => boolean,
): FlagChange[] {
  const pending = new Map<FlagKind, FlagChange>();
  for (const change of changes) {
    if (change.action === 'suggest') pending.set(change.kind, change);
    else pending.delete(change.kind);
  }
  return [...pending.values()].filter((change) => !isSet(change.kind));
}
