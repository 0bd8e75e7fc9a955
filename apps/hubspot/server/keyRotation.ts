/**
 * Key rotation finishes by itself: an installation whose tokens were sealed with a previous key (or
 * before key ids, `v1`) is sealed anew with the current key the first time it is read, not only at
 * its next token refresh. Once every row has been read, the previous keys can go.
 *
 * The new seal is written only over the row that was read (same `updatedAt`, which it keeps): a
 * refresh or reinstall that landed meanwhile wins, and a refresh that read the old row still stores
 * its new tokens over the resealed one.
 */
import type { Logger } from '../../../shared/ports';
import type { InstallationRecord, Store } from './store/store';
import type { TokenCipher } from './tokenCipher';

/** `store`, whose `getInstallation` reseals a row still under an old key before returning it. */
export function resealOnRead(store: Store, cipher: TokenCipher, logger: Logger): Store {
  const reseal = async (row: InstallationRecord): Promise<InstallationRecord> => {
    if (row.brokenAt !== undefined) return row;
    const sealed = [row.sealedRefreshToken, row.sealedAccessToken];
    if (sealed.every((value) => cipher.sealedWithCurrentKey(value))) return row;
    const refreshToken = cipher.decrypt(row.sealedRefreshToken, row.portalId);
    const accessToken = cipher.decrypt(row.sealedAccessToken, row.portalId);
    // Unreadable with every key we hold: left as it is, for the token code to report.
    if (refreshToken === undefined || accessToken === undefined) return row;
    const resealed: InstallationRecord = {
      ...row,
      sealedRefreshToken: cipher.encrypt(refreshToken, row.portalId),
      sealedAccessToken: cipher.encrypt(accessToken, row.portalId),
    };
    const saved = await store.updateRefreshedTokens({
      portalId: row.portalId,
      sealedRefreshToken: resealed.sealedRefreshToken,
      sealedAccessToken: resealed.sealedAccessToken,
      accessTokenExpiresAt: row.accessTokenExpiresAt,
      updatedAt: row.updatedAt,
      ifUpdatedAt: row.updatedAt,
    });
    if (saved) {
      logger.info('tokens.resealed', { portalId: row.portalId });
      return resealed;
    }
    // Written by someone else since it was read (a refresh, a reinstall): theirs is the row now.
    return (await store.getInstallation(row.portalId)) ?? row;
  };
  return {
    ...store,
    async getInstallation(portalId) {
      const row = await store.getInstallation(portalId);
      return row === undefined ? undefined : reseal(row);
    },
  };
}
