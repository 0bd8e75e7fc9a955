/**
 * AES-256-GCM encryption of OAuth tokens at rest. Each value gets a fresh 96-bit IV; the portal id is
 * bound in as additional authenticated data, so a token copied to another portal's row fails to open.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const version = 'v1';

/** Encrypts and decrypts tokens with one 32-byte key. */
export interface TokenCipher {
  encrypt(plain: string, portalId: number): string;
  /** Returns undefined when the value was tampered with or made with another key. */
  decrypt(sealed: string, portalId: number): string | undefined;
}

/**
 * Reads a 32-byte key given as 64 hex digits or base64 (44 characters), or undefined when the text is
 * neither: a short or mistyped key must never silently weaken encryption.
 */
export function parseEncryptionKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/]{43}=$/.test(trimmed)) {
    const key = Buffer.from(trimmed, 'base64');
    return key.length === 32 ? key : undefined;
  }
  return undefined;
}

/** A cipher over a 32-byte key. */
export function createTokenCipher(key: Buffer): TokenCipher {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  return {
    encrypt(plain, portalId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(String(portalId)));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `${version}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
    },
    decrypt(sealed, portalId) {
      const [prefix, payload] = sealed.split(':');
      if (prefix !== version || payload === undefined) return undefined;
      const raw = Buffer.from(payload, 'base64');
      if (raw.length < 28) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(String(portalId)));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        return undefined;
      }
    },
  };
}
