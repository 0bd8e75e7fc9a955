/**
 * Text made safe to place between HTML tags: `&`, `<`, `>` and `"` escaped. Used wherever our own
 * or the customer's text goes into an HTML draft or note, so it can never become markup.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
