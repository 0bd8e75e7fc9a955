/**
 * The tone panel, its chunk (rules, stemmers, settings schemas, Garden's buttons, forms and tags)
 * out of the ticket sidebar's opening (issue 16). The sidebar usually opens on a blank reply, and a
 * blank draft has nothing to check: the tone check of a blank draft is no verdict and no findings,
 * and the panel says so ("Start writing a reply…", `isBlankDraft`, the same test the panel uses).
 * So this reads the draft first and, when it is blank, paints that answer itself, the panel's first
 * answer, without the chunk; the chunk loads once that answer has painted, or at once when the
 * draft has words (or cannot be read) or the agent starts typing. Measured at 4× CPU, running the
 * chunk before the first paint held the customer's replies and the card back (README ¹⁴).
 * Not React.lazy: a Suspense boundary that has shown its fallback reveals its content on React's
 * throttle (up to 500 ms later), which held back the panel's own reads.
 */
import { useEffect, useState } from 'react';
import { SM } from '@zendeskgarden/react-typography';
import { isBlankDraft } from '../../../../../shared/tone/view';
import type { Result } from '../../../../../shared/ports';
import { followDraft, readDraft, type ReplyDraft } from '../../../host/draft';
import type { HostError } from '../../../host/zaf-client';
import { afterNextPaint } from '../../chunk';
import { useHost } from '../../ClientProvider';
import { Loading } from '../../Loading';
import { useI18n } from '../../i18n';
import { Section } from '../../Section';
import { loadedToneCheckPanel, loadToneCheckPanel } from './load-tone-check-panel';

/** The draft as the sidebar opened: blank, or words to check (or unreadable: the panel says why). */
type Opening = 'blank' | 'words';

/**
 * The tone panel; before its chunk has run, the blank-draft answer or a busy line. `onSettled` once
 * the panel's first check has answered or failed, or its chunk would not load.
 */
export function LazyToneCheckPanel({ onSettled }: { onSettled?: () => void }) {
  const { t } = useI18n();
  const { client } = useHost();
  const [Content, setContent] = useState(() => loadedToneCheckPanel());
  const [failure, setFailure] = useState<Error>();
  const [opening, setOpening] = useState<Opening>();
  // The draft read here, handed to the panel's first check so it does not read it again; dropped
  // once the agent changes it.
  const [justRead, setJustRead] = useState<Result<ReplyDraft, HostError>>();

  useEffect(() => {
    if (Content !== undefined) return;
    let active = true;
    void readDraft(client).then((draft) => {
      if (!active) return;
      setJustRead(draft);
      setOpening(draft.ok && isBlankDraft(draft.value.html, 'html') ? 'blank' : 'words');
    });
    // The agent typing before the chunk has run: there is something to check now.
    const stopFollowing = followDraft(client, () => {
      if (!active) return;
      setJustRead(undefined);
      setOpening('words');
    });
    return () => {
      active = false;
      stopFollowing();
    };
  }, [client, Content]);

  useEffect(() => {
    if (Content !== undefined || opening === undefined) return;
    let active = true;
    const load = () =>
      loadToneCheckPanel().then(
        (loaded) => active && setContent(() => loaded),
        (error: unknown) => {
          if (!active) return;
          onSettled?.();
          setFailure(error instanceof Error ? error : new Error(String(error)));
        },
      );
    if (opening === 'words') void load();
    // A blank draft's answer is on screen: the chunk runs after it has painted, not before.
    const cancel = opening === 'blank' ? afterNextPaint(() => void load()) : undefined;
    return () => {
      active = false;
      cancel?.();
    };
  }, [Content, opening, onSettled]);

  // A chunk that will not load fails like a panel that throws: the PanelBoundary around it says so.
  if (failure !== undefined) throw failure;
  // The region is this one from the start, so the one found before the chunk ran is the one that
  // stays; its content is the panel's once the chunk has run.
  return (
    <Section title={t('tone.title')} style={{ marginTop: 16 }} panel>
      {Content !== undefined ? (
        <Content onSettled={onSettled} openedBlank={opening === 'blank'} justRead={justRead} />
      ) : opening === 'blank' ? (
        // A blank draft's answer as the panel words it, without the save mode's line below it,
        // which needs the settings validated: it joins when the panel's chunk has run.
        <SM>{t('tone.empty')}</SM>
      ) : (
        <Loading label={t('tone.checking')} />
      )}
    </Section>
  );
}
