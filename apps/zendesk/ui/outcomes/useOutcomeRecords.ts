/** The outcome records the viewer may see and what they may see of them, read once while open. */
import { useCallback, useMemo } from 'react';
import { readBrands, type Brand } from '../../host/brands';
import { readOutcomesAsker } from '../../host/outcomes-viewer';
import { outcomesSettingsFromZendeskParameters } from '../../host/outcome-parameters';
import { cachedOutcomeRecords } from '../../host/outcome-records';
import { err, ok, type Result } from '../../../../shared/ports';
import {
  outcomesAccess,
  ownOutcomeRecords,
  type OutcomeRecordLists,
  type OutcomesViewer,
} from '../../../../shared/outcomes';
import { useHost } from '../ClientProvider';
import { useLoad } from '../useLoad';

export interface OutcomesPageData {
  records: OutcomeRecordLists;
  viewer: OutcomesViewer;
  /** The records are the viewer's own only: no figure on the page includes anyone else. */
  ownFiguresOnly: boolean;
  /** The account's active brands, for the brand filter (none when they could not be read). */
  brands: Brand[];
}

/** Loads the records (cached for the page's life) and who is looking; retry reads again. */
export function useOutcomeRecords() {
  const { client, http, retry, settings } = useHost();
  const records = useMemo(() => cachedOutcomeRecords(http, retry), [http, retry]);
  const load = useCallback(async (): Promise<Result<OutcomesPageData, { message: string }>> => {
    const asker = await readOutcomesAsker(client);
    if (!asker.ok) return err({ message: asker.error.message });
    // Admins, and members of the groups the admin chose, see the page; anyone else their own rows.
    const access = outcomesAccess(asker.value, outcomesSettingsFromZendeskParameters(settings.raw));
    const [read, brands] = await Promise.all([records(), readBrands(http, retry)]);
    if (!read.ok) return err({ message: read.error.message });
    return ok({
      records: access.ownFiguresOnly
        ? ownOutcomeRecords(read.value, asker.value.agent)
        : read.value,
      viewer: access.viewer,
      ownFiguresOnly: access.ownFiguresOnly,
      // The filter is a convenience: without the brand list the page still shows every figure.
      brands: brands.ok ? brands.value : [],
    });
  }, [client, records, settings, http, retry]);
  return useLoad(load);
}
