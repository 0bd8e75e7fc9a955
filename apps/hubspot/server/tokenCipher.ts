/**
 * AES-256-GCM encryption of OAuth tokens at rest. Each value gets a fresh 96-bit IV; the portal id is
 * bound in as additional authenticated data, so a token copied to another portal's row fails to open.
 *
 * Keys rotate without reinstalls: a sealed token names the key that sealed it (`v2:<key id>:…`), the
 * cipher seals with the current key and opens with the current or any older configured key. The
 * AES key is derived from the configured secret with HKDF, so the same secret can key other things
 * (the OAuth state HMAC) without one use weakening another. Tokens sealed before key ids existed
 * (`v1:…`, the raw secret as AES key) still open.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Logger } from '../../../shared/ports';

/** Encrypts and decrypts tokens with the current key (and opens with older ones). */
export interface TokenCipher {
  encrypt(plain: string, portalId: number): string;
  /** Returns undefined when the value was tampered with or made with a key we no longer have. */
  decrypt(sealed: string, portalId: number): string | undefined;
  /** True when `sealed` was sealed with the current key (false for an older key or `v1`). */
  sealedWithCurrentKey(sealed: string): boolean;
}

/** What a configured secret is used for; each purpose gets its own HKDF-derived key. */
export type KeyPurpose = 'token-cipher' | 'oauth-state' | 'install-cookie' | 'key-id';

const hkdfSalt = Buffer.from('tactful-hubspot-backend');

/** A 32-byte key for one purpose, derived from a configured secret (HKDF-SHA256). */
export function deriveKey(secret: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, hkdfSalt, `tactful/${purpose}`, 32));
}

/** The public name of a secret: 16 hex digits derived one way, so it tells nothing about the key. */
function keyIdOf(secret: Buffer): string {
  return deriveKey(secret, 'key-id').subarray(0, 8).toString('hex');
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

function open(key: Buffer, raw: Buffer, aad: string): string | undefined {
  if (raw.length < 28) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/**
 * A cipher sealing with `current` and opening with `current` or any of `previous` (keys being
 * rotated out: keep one until every token sealed with it has been refreshed, i.e. sealed anew).
 */
export function createTokenCipher(current: Buffer, previous: readonly Buffer[] = []): TokenCipher {
  const secrets = [current, ...previous];
  if (secrets.some((secret) => secret.length !== 32))
    throw new Error('AES-256-GCM needs 32-byte keys');
  const byId = new Map(
    secrets.map((secret) => [keyIdOf(secret), deriveKey(secret, 'token-cipher')]),
  );
  const currentId = keyIdOf(current);
  const currentKey = deriveKey(current, 'token-cipher');
  return {
    encrypt(plain, portalId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      // The key id is authenticated too: a token cannot be relabelled to another key.
      cipher.setAAD(Buffer.from(`v2:${currentId}:${portalId}`));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return `v2:${currentId}:${Buffer.concat([iv, tag, body]).toString('base64')}`;
    },
    sealedWithCurrentKey(sealed) {
      return sealed.startsWith(`v2:${currentId}:`);
    },
    decrypt(sealed, portalId) {
      const parts = sealed.split(':');
      if (parts[0] === 'v2' && parts.length === 3) {
        const [, keyId = '', payload = ''] = parts;
        const key = byId.get(keyId);
        return key && open(key, Buffer.from(payload, 'base64'), `v2:${keyId}:${portalId}`);
      }
      if (parts[0] === 'v1' && parts.length === 2) {
        // Sealed before key ids: the raw secret was the AES key and nothing names it; try each.
        const raw = Buffer.from(parts[1] ?? '', 'base64');
        for (const secret of secrets) {
          const plain = open(secret, raw, String(portalId));
          if (plain !== undefined) return plain;
        }
      }
      return undefined;
    },
  };
}

/**
 * The configured secret, or outside production a random one for this process only (tokens then do
 * not survive a restart, which is said in the log). Production refuses to start without one:
 * tokens are never stored unencrypted.
 */
export function encryptionKeyOrEphemeral(
  configured: Buffer | undefined,
  logger: Pick<Logger, 'warn'>,
): Buffer {
  if (configured) return configured;
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'TACTFUL_ENCRYPTION_KEY is required in production: tokens are never stored unencrypted.',
    );
  }
  logger.warn('startup.ephemeral-encryption-key', { note: 'tokens will not survive a restart' });
  return randomBytes(32);
}
