/**
 * Adds a plan summary to the agent's reply draft as its own paragraph. The summary is our own text,
 * but it is escaped anyway: the draft is HTML and nothing we add may become markup.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../../../../shared/ports';
import { escapeHtml } from '../../../../shared/text/escape-html';
import { getValues, type HostError, type ZafClient } from '../zaf-client';

const draftSchema = z.object({
  'comment.text': z.pipe(
    z.nullish(z.string()),
    z.transform((value: string | null | undefined) => value ?? ''),
  ),
});

/** Appends `text` to the draft (`comment.text`) as an escaped `<p>` paragraph. */
export async function appendParagraphToDraft(
  client: ZafClient,
  text: string,
): Promise<Result<void, HostError>> {
  const draft = await getValues(client, ['comment.text'], draftSchema);
  if (!draft.ok) return draft;
  const paragraph = `<p>${escapeHtml(text)}</p>`;
  try {
    await client.set('comment.text', `${draft.value['comment.text']}${paragraph}`);
    return ok(undefined);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ code: 'host', message: `Zendesk did not accept the new draft: ${detail}` });
  }
}
