/** The outcome records and the viewer's role, read once while the nav_bar page is open. */
import { useCallback, useMemo } from 'react';
import { readAgentId, readAgentRole } from '../../host/agent';
import { cachedOutcomeRecords } from '../../host/outcome-records';
import { err, ok, type Result } from '../../../../shared/ports';
import { emptyOutcomeRecordLists, type OutcomeRecordLists } from '../../../../shared/outcomes';
import { useHost } from '../ClientProvider';
import { useLoad } from '../useLoad';

export interface OutcomesPageData {
  records: OutcomeRecordLists;
  viewer: { agent: string; isAdmin: boolean };
}

/** Loads the records (cached for the page's life) and who is looking; retry reads again. */
export function useOutcomeRecords() {
  const { client, http, retry } = useHost();
  const records = useMemo(() => cachedOutcomeRecords(http, retry), [http, retry]);
  const load = useCallback(async (): Promise<Result<OutcomesPageData, { message: string }>> => {
    const [role, id] = await Promise.all([readAgentRole(client), readAgentId(client)]);
    if (!role.ok) return err({ message: role.error.message });
    if (!id.ok) return err({ message: id.error.message });
    const isAdmin = role.value === 'admin';
    // Agents who are not admins do not read the account's records at all (see README: settings).
    if (!isAdmin) {
      return ok({
        records: emptyOutcomeRecordLists(),
        viewer: { agent: String(id.value), isAdmin },
      });
    }
    const read = await records();
    if (!read.ok) return err({ message: read.error.message });
    return ok({ records: read.value, viewer: { agent: String(id.value), isAdmin } });
  }, [client, records]);
  return useLoad(load);
}
