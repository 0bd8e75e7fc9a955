/**
 * Where a signal's words were written, as the flag log and the flag's audit trail name it: the
 * Zendesk comment or the HubSpot email. One spelling for both hosts, so a log line says which
 * message a flag was set from without holding the customer's words.
 */

/** The kinds of message a customer signal can come from. */
export const messageSourceKinds = ['zendesk-comment', 'hubspot-email'] as const;
/** The kind of message a signal was read in. */
export type MessageSourceKind = (typeof messageSourceKinds)[number];

/** A message id the log can keep: digits, letters and `-_.` (Zendesk and HubSpot ids are numbers). */
const messageId = /^[A-Za-z0-9._-]{1,100}$/;

/** The source token for a flag set from message `id` (`zendesk-comment:70001`), or undefined for a bad id. */
export function messageSource(kind: MessageSourceKind, id: string): string | undefined {
  return messageId.test(id) ? `${kind}:${id}` : undefined;
}

/** The message a source token names, or undefined when it names none of ours. */
export function parseMessageSource(
  source: string,
): { kind: MessageSourceKind; id: string } | undefined {
  const colon = source.indexOf(':');
  const kind = source.slice(0, colon);
  const id = source.slice(colon + 1);
  const known = messageSourceKinds.find((candidate) => candidate === kind);
  if (colon < 0 || known === undefined || !messageId.test(id)) return undefined;
  return { kind: known, id };
}
