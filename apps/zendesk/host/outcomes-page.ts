/**
 * What the outcomes page (nav_bar) opens on: the records the viewer may see, who is looking and
 * what they may see of them, and the account's brands for the brand filter.
 */
import { err, ok, type HttpError, type Result } from '../../../shared/ports';
import {
  outcomesAccess,
  ownOutcomeRecords,
  type OutcomeRecordLists,
  type OutcomesViewer,
} from '../../../shared/outcomes';
import { readBrands, type Brand } from './brands';
import type { ZendeskHost } from './connect';
import { outcomesSettingsFromZendeskParameters } from './outcome-parameters';
import { readOutcomesAsker } from './outcomes-viewer';

export interface OutcomesPageData {
  records: OutcomeRecordLists;
  viewer: OutcomesViewer;
  /** The records are the viewer's own only: no figure on the page includes anyone else. */
  ownFiguresOnly: boolean;
  /** The account's active brands, for the brand filter (none when they could not be read). */
  brands: Brand[];
}

/** Reads who is looking, the records (`records`, cached by the caller) and the brands. */
export async function openOutcomesPage(
  host: Pick<ZendeskHost, 'client' | 'http' | 'retry' | 'settings'>,
  records: () => Promise<Result<OutcomeRecordLists, HttpError>>,
): Promise<Result<OutcomesPageData, { message: string }>> {
  const asker = await readOutcomesAsker(host.client);
  if (!asker.ok) return err({ message: asker.error.message });
  // Admins, and members of the groups the admin chose, see the page; anyone else their own rows.
  const settings = outcomesSettingsFromZendeskParameters(host.settings.raw);
  const access = outcomesAccess(asker.value, settings);
  const [read, brands] = await Promise.all([records(), readBrands(host.http, host.retry)]);
  if (!read.ok) return err({ message: read.error.message });
  return ok({
    records: access.ownFiguresOnly ? ownOutcomeRecords(read.value, asker.value.agent) : read.value,
    viewer: access.viewer,
    ownFiguresOnly: access.ownFiguresOnly,
    // The filter is a convenience: without the brand list the page still shows every figure.
    brands: brands.ok ? brands.value : [],
  });
}
