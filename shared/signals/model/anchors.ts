/**
 * The anchor cues of each kind: the cues its frames are built from (frames.ts). The model adds a
 * kind at its ordinary threshold only in a sentence holding one of them ("stop", "owe", "died");
 * without one it needs the kind's higher threshold. Held-out folds showed the model's additions
 * with no anchor were mostly wrong (deceased precision 76%, third party 57%).
 */
import type { CueId } from '../cues';
import { signalFrames } from '../frames';
import type { SignalKind } from '../kinds';

/** People words are everywhere in these messages: they anchor only a third party. */
const tooCommon = new Set<CueId>(['kin', 'pronoun', 'negation']);

function anchorsOf(kind: SignalKind): ReadonlySet<CueId> {
  const cues = signalFrames
    .filter((frame) => frame.kind === kind)
    .flatMap((frame) => [...frame.sequence.flat(), ...(frame.needs ?? [])]);
  return new Set(cues.filter((cue) => kind === 'third-party' || !tooCommon.has(cue)));
}

const anchors = new Map<SignalKind, ReadonlySet<CueId>>();

/** True when `cues` (one sentence's) hold an anchor of `kind`. */
export function anchoredIn(kind: SignalKind, cues: ReadonlySet<CueId>): boolean {
  let own = anchors.get(kind);
  if (own === undefined) {
    own = anchorsOf(kind);
    anchors.set(kind, own);
  }
  for (const cue of own) if (cues.has(cue)) return true;
  return false;
}
