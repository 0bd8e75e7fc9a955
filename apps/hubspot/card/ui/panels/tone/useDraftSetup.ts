/** The draft box's starting point (host/draft-setup): the contact and the portal's settings. */
import { useCallback } from 'react';
import { openDraftSetup, type DraftSetup } from '../../../host/draft-setup';
import { useCardServices } from '../../services';
import { useLoaded, type Loaded } from '../../use-loaded';

/** Loads the contact and the portal's settings side by side; never fails as a whole. */
export function useDraftSetup(): Loaded<DraftSetup, never> {
  const { crm, backend } = useCardServices();
  return useLoaded(useCallback(() => openDraftSetup(crm, backend), [crm, backend])).state;
}
