/** The outcome records the viewer may see and what they may see of them, read once while open. */
import { useCallback, useMemo } from 'react';
import { openOutcomesPage } from '../../host/outcomes-page';
import { cachedOutcomeRecords } from '../../host/outcome-records';
import { useHost } from '../ClientProvider';
import { useLoaded } from '../../../react/load';

/** Loads the records (cached for the page's life) and who is looking; retry reads again. */
export function useOutcomeRecords() {
  const host = useHost();
  const { http, retry } = host;
  const records = useMemo(() => cachedOutcomeRecords(http, retry), [http, retry]);
  return useLoaded(useCallback(() => openOutcomesPage(host, records), [host, records]));
}
