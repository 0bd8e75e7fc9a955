/**
 * The draft box's state: shared/tone/draft-controller, checked by our backend (issue 16: the
 * engines run there, so the card carries none of their rules, lexicons or models).
 */
import { useEffect, useState } from 'react';
import { createDraftController } from '../../../../../../shared/tone/draft-controller';
import { languagePaths, toneCheckReplySchema, type ToneCheckRequest } from '../../../../contract';
import { useCardServices } from '../../services';
import { useSnapshot } from '../../../../../react/load';

/** How the draft is checked: the portal's tone options and the language to read it in. */
export type DraftCheckOptions = Omit<ToneCheckRequest, 'text'>;

/** The draft box's state and commands, checked with `options` (locale, phrases, categories). */
export function useDraftCheck(options: DraftCheckOptions) {
  const { backend } = useCardServices();
  const [draft] = useState(() =>
    createDraftController(options, {
      check: (text, asked: DraftCheckOptions) =>
        backend.request(
          { method: 'POST', path: languagePaths.toneCheck, body: { ...asked, text } },
          toneCheckReplySchema,
        ),
      timers: { setTimeout, clearTimeout },
    }),
  );
  useEffect(() => draft.setOptions(options), [draft, options]);
  useEffect(() => draft.stop, [draft]);
  return { ...useSnapshot(draft), ...draft };
}
