/**
 * The words a customer wrote now, from a message body as a host holds it: HTML read as text with
 * `<blockquote>`d earlier messages left out, or plain text as it is (the reader skips `> ` lines).
 * One helper for every host, so Zendesk comments and HubSpot emails are read alike.
 */
import { htmlToText } from '../tone/html';

/** A message body: HTML when the host has it, else plain text. */
export interface MessageBody {
  html?: string | null;
  text?: string | null;
}

/** The visible text of `body`, without the quoted earlier messages; '' when there is none. */
export function customerMessageText(body: MessageBody): string {
  if (body.html) {
    const read = htmlToText(body.html);
    return [...read.text]
      .filter((_, index) => read.quoted[index] !== true)
      .join('')
      .trim();
  }
  return (body.text ?? '').trim();
}

/** Whether a body that may be either (HubSpot's `hs_email_text` in some portals) is HTML. */
export function looksLikeHtml(body: string): boolean {
  return /<(p|div|br|blockquote|span|b|i|a|html|body|table)\b[^>]*>/i.test(body);
}

/** The language to read in from a host's locale (`es-MX`, `es`): `es`, `en`, else found from the words. */
export function readerLocaleFor(locale: string | null | undefined): 'es' | 'en' | 'auto' {
  const language = locale?.toLowerCase().split(/[-_]/)[0];
  return language === 'es' || language === 'en' ? language : 'auto';
}
