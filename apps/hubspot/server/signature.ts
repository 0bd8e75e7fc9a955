/**
 * HubSpot's v3 request signature (`X-HubSpot-Signature-v3`), used by `hubspot.fetch` and webhooks:
 * base64 HMAC-SHA256, keyed with the app's client secret, over method + full URL + body + timestamp.
 * The URL is taken with the characters HubSpot decodes before signing (its request-validation docs).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Signatures older than this are refused (HubSpot's documented window). */
export const maxSignatureAgeMs = 5 * 60 * 1000;

// HubSpot signs the URI with these percent-escapes decoded; everything else stays as sent.
const decodedEscapes: Record<string, string> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

/** The URL as HubSpot signs it: the listed percent-escapes decoded, case-insensitively. */
export function urlForSignature(url: string): string {
  return url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (escape) => {
    return decodedEscapes[escape.toUpperCase()] ?? escape;
  });
}

/** The parts of a request the signature covers. */
export interface SignedRequestParts {
  method: string;
  /** Full URL as the caller requested it, scheme and host included. */
  url: string;
  /** Raw body text; empty for GET. */
  body: string;
  /** `X-HubSpot-Request-Timestamp`: epoch milliseconds, as text. */
  timestamp: string;
}

/** Computes the v3 signature HubSpot would send for a request (used by tests and the playground). */
export function signRequestV3(parts: SignedRequestParts, clientSecret: string): string {
  const source = `${parts.method.toUpperCase()}${urlForSignature(parts.url)}${parts.body}${parts.timestamp}`;
  return createHmac('sha256', clientSecret).update(source, 'utf8').digest('base64');
}

/** Why a signature was refused (logged; the caller only ever sees 401). */
export type SignatureRejection =
  'missing' | 'malformed-timestamp' | 'stale' | 'future' | 'mismatch';

/**
 * Checks a v3 signature: present, timestamp within five minutes (and not from the future beyond a
 * small clock skew), HMAC equal in constant time.
 */
export function verifyRequestV3(
  parts: Omit<SignedRequestParts, 'timestamp'> & {
    timestamp: string | undefined;
    signature: string | undefined;
  },
  clientSecret: string,
  now: number,
): { ok: true } | { ok: false; reason: SignatureRejection } {
  if (!parts.signature || !parts.timestamp) return { ok: false, reason: 'missing' };
  if (!/^\d{10,16}$/.test(parts.timestamp)) return { ok: false, reason: 'malformed-timestamp' };
  const at = Number(parts.timestamp);
  if (now - at > maxSignatureAgeMs) return { ok: false, reason: 'stale' };
  if (at - now > 60_000) return { ok: false, reason: 'future' };
  const expected = Buffer.from(
    signRequestV3({ ...parts, timestamp: parts.timestamp }, clientSecret),
  );
  const given = Buffer.from(parts.signature);
  // timingSafeEqual needs equal lengths; compare against itself so both paths take the same time.
  const equal =
    given.length === expected.length
      ? timingSafeEqual(given, expected)
      : !timingSafeEqual(expected, expected);
  return equal ? { ok: true } : { ok: false, reason: 'mismatch' };
}

/** A stable, non-reversible id of a signature, for the replay table. */
export function signatureFingerprint(signature: string): string {
  return createHash('sha256').update(signature).digest('hex');
}
