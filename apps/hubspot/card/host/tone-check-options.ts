/** What the backend's tone check is told about the portal's settings, the same from every caller. */
import type { ToneSettings } from '../../../../shared/settings';
import type { ToneCheckRequest } from '../../contract';

/** The tone check's options: the language to read in and the admin's categories and phrases. */
export function toneCheckOptions(
  locale: string,
  tone: ToneSettings,
): Omit<ToneCheckRequest, 'text'> {
  return {
    locale,
    blockCategories: [...tone.blockCategories],
    flagPhrases: [...tone.flagPhrases],
    allowPhrases: [...tone.allowPhrases],
  };
}
