/**
 * The agent's reply draft through the ZAF SDK: read it (HTML from Zendesk's rich editor) and its
 * type (public reply or internal note), write a rewrite back, follow its changes, and answer the
 * `ticket.save` hook. Every host value is parsed with zod before use.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../../shared/ports';
import { escapeHtml } from '../../../shared/text/escape-html';
import { getValues, type HostError, type ZafClient } from './zaf-client';

/** Whether the customer will see the comment. */
export type CommentType = 'publicReply' | 'internalNote';

/** The comment being written beside the ticket. */
export interface ReplyDraft {
  /** The editor's content: HTML in the rich editor, plain text in the plain one. */
  html: string;
  type: CommentType;
}

// Zendesk sends `null` for an empty editor in some channels; an unknown type is treated as public,
// the safe reading: a public reply is the one that may be stopped.
const draftSchema = z.object({
  'comment.text': z.pipe(
    z.nullish(z.string()),
    z.transform((text) => text ?? ''),
  ),
  'comment.type': z.pipe(
    z.nullish(z.string()),
    z.transform((type): CommentType => (type === 'internalNote' ? 'internalNote' : 'publicReply')),
  ),
});

/** Reads the draft and its type with one `client.get`. */
export async function readDraft(client: ZafClient): Promise<Result<ReplyDraft, HostError>> {
  const values = await getValues(client, ['comment.text', 'comment.type'], draftSchema);
  if (!values.ok) return values;
  return ok({ html: values.value['comment.text'], type: values.value['comment.type'] });
}

/** Replaces the draft's content (`client.set('comment.text', html)`); the editor keeps the HTML. */
export async function writeDraft(
  client: ZafClient,
  html: string,
): Promise<Result<void, HostError>> {
  try {
    await client.set('comment.text', html);
    return ok(undefined);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ code: 'host', message: `Zendesk did not accept the new draft: ${detail}` });
  }
}

/** Plain text as the rich editor's HTML: a paragraph per blank-line block, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Replaces the draft with plain `text` (escaped, never markup), as the editor's paragraphs. */
export function writeDraftText(client: ZafClient, text: string): Promise<Result<void, HostError>> {
  return writeDraft(client, textToHtml(text));
}

/** Events that mean the draft or its type changed (the host raises `<path>.changed`). */
const draftEvents = ['comment.text.changed', 'comment.type.changed'] as const;

/**
 * Calls `onChange` whenever the agent edits the draft or switches between reply and note.
 * Returns the unsubscribe function. The event's payload is not trusted: callers re-read the draft.
 */
export function followDraft(client: ZafClient, onChange: () => void): () => void {
  const handler = () => onChange();
  for (const event of draftEvents) client.on(event, handler);
  return () => {
    for (const event of draftEvents) client.off(event, handler);
  };
}

/**
 * Answers Zendesk's `ticket.save` hook, as a handler registered for it does: `decide` gets the draft
 * as it is being saved and returns a message to stop the save, or undefined to let it go. Per the
 * SDK (`lib/utils.js` `when`), a hook handler stops the save by rejecting; the rejection's message
 * is shown to the agent. A draft that cannot be read lets the save go: Tactful must never trap an
 * agent's reply because of itself.
 */
export async function answerTicketSave(
  client: ZafClient,
  decide: (draft: ReplyDraft) => Promise<string | undefined>,
): Promise<void> {
  const draft = await readDraft(client);
  if (!draft.ok) return;
  const message = await decide(draft.value);
  if (message !== undefined) throw new Error(message);
}
