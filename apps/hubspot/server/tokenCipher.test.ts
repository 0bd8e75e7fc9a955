import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createTokenCipher, parseEncryptionKey } from './tokenCipher';

const hex = (text: string) => {
  const key = parseEncryptionKey(text);
  if (!key) throw new Error('bad test key');
  return key;
};
// The key and a refresh token sealed with it by the cipher as it was before key ids existed.
const keyOfV1 = hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const sealedInV1 = 'v1:2TEYwoPmB+1fUu3/9W4P48nNmssUgHbvgQ4NJj47Gp0aidValJu0vRzWwlaMbptmOi6jcnKB';

describe('token cipher', () => {
  it('opens a token sealed before key ids existed, with that key current or kept for reading', () => {
    expect(createTokenCipher(keyOfV1).decrypt(sealedInV1, 4242)).toBe('refresh-token-sealed-in-v1');
    const rotated = createTokenCipher(randomBytes(32), [keyOfV1]);
    expect(rotated.decrypt(sealedInV1, 4242)).toBe('refresh-token-sealed-in-v1');
    expect(rotated.decrypt(sealedInV1, 4243)).toBeUndefined();
  });

  it('still opens tokens sealed with an old key after the key rotated, and seals with the new one', () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const sealedBefore = createTokenCipher(oldKey).encrypt('refresh-1', 7);
    const afterRotation = createTokenCipher(newKey, [oldKey]);
    expect(afterRotation.decrypt(sealedBefore, 7)).toBe('refresh-1');
    const sealedAfter = afterRotation.encrypt('refresh-2', 7);
    // Once every row is sealed anew, the old key can go.
    expect(createTokenCipher(newKey).decrypt(sealedAfter, 7)).toBe('refresh-2');
    expect(createTokenCipher(newKey).decrypt(sealedBefore, 7)).toBeUndefined();
  });

  it('names the key in each sealed token without giving the key away', () => {
    const key = randomBytes(32);
    const sealed = createTokenCipher(key).encrypt('refresh', 7);
    const [version, keyId] = sealed.split(':');
    expect(version).toBe('v2');
    expect(keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(sealed).not.toContain(key.toString('hex').slice(0, 16));
    expect(createTokenCipher(randomBytes(32)).encrypt('refresh', 7).split(':')[1]).not.toBe(keyId);
  });

  it('refuses a token tampered with, moved to another portal or sealed with an unknown key', () => {
    const cipher = createTokenCipher(randomBytes(32));
    const sealed = cipher.encrypt('refresh', 7);
    expect(cipher.decrypt(sealed, 8)).toBeUndefined();
    const tampered = `${sealed.slice(0, -6)}${sealed.slice(-6) === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA'}`;
    expect(cipher.decrypt(tampered, 7)).toBeUndefined();
    expect(createTokenCipher(randomBytes(32)).decrypt(sealed, 7)).toBeUndefined();
    expect(cipher.decrypt('v9:whatever', 7)).toBeUndefined();
  });
});
