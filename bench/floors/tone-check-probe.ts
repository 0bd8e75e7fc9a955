/**
 * The typing floor's "one check", as a script the bench adds to the sidebar's own frame: the same
 * `checkDraft` the tone panel runs (rules compiled and the meaning reader loaded first, as the panel
 * has them by the time an agent types), timed there, under the same CPU throttle.
 * Bundled by bench/sidebar-typing.ts with esbuild; defines `window.tactfulToneProbe`.
 */
import { loadSettings } from '../../apps/zendesk/host/settings-on-load';
import { checkDraft } from '../../apps/zendesk/host/tone-ports';
import { loadMeaning, prepareToneCheck } from '../../shared/tone/core';

declare global {
  interface Window {
    /** Median ms of `runs` checks of `html` in `locale`, after one untimed check. */
    tactfulToneProbe?: (html: string, locale: string, runs: number) => Promise<number>;
  }
}

window.tactfulToneProbe = async (html, locale, runs) => {
  await loadMeaning();
  prepareToneCheck(locale);
  const tone = loadSettings({}, 'en').tone;
  checkDraft(html, tone, locale);
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    checkDraft(html, tone, locale);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};
