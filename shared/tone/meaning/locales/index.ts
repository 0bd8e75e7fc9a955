/**
 * The meaning reader's chunk: every locale's lexicons (all.ts) with the learned model's weights,
 * installed and prepared when it loads. The HubSpot card fetches the weights instead
 * (`shared/tone/without-model`, `shared/tone/model/install`).
 */
import { prepareFeatureTables } from '../../model/features';
import { prepareModel, type ToneModelData } from '../../model/model';
import { modelJudgement } from '../../model/opinion';
import weights from '../../model/weights.json';
import { prepareConcepts } from '../concepts';
import { readMeaning, type MeaningLocale } from '../read';
import { installModelJudge } from '../slot';
import { meaningLocales } from './all';

export { meaningLocales } from './all';

/** The learned second opinion's weights (`npm run train:tone`), loaded with the lexicons. */
export const toneModelData: ToneModelData = {
  ...weights,
  version: 3,
};

/** Drafts the warm-up reads: a frame fires, a negation is read, the model judges each sentence. */
const warmUpDrafts: Readonly<Record<string, string>> = {
  en: "If you don't pay by Friday, we will contact your employer and tell your family. We will not call you at work. We can look at a payment plan together if that helps.",
  es: 'Si no paga antes del viernes, contactaremos a su empleador y a su familia. No le llamaremos al trabajo. Podemos ver juntos un plan de pagos si le ayuda.',
};

/**
 * Does at load what the first check would otherwise do: compiles each lexicon (stemming every
 * term), decodes the model's weights into a typed array, hashes every concept and concept pair,
 * and reads a sample draft a few times so the JIT has compiled the reader and the model. This
 * chunk loads after first paint, so the agent's first check after it stays fast.
 */
export function prepareToneData(
  locales: Readonly<Record<string, MeaningLocale>>,
  model: ToneModelData,
): void {
  for (const meaning of Object.values(locales)) prepareConcepts(meaning.concepts, meaning.locale);
  prepareModel(model);
  prepareFeatureTables();
  for (let round = 0; round < warmUpRounds; round += 1) {
    for (const meaning of Object.values(locales)) {
      const draft = warmUpDrafts[meaning.locale] ?? warmUpDrafts.en ?? '';
      modelJudgement(readMeaning(draft, meaning), meaning, model, []);
    }
  }
}

/** Enough reads for V8 to move the hot functions past its interpreter; a few milliseconds. */
const warmUpRounds = 20;

installModelJudge(modelJudgement);
prepareToneData(meaningLocales, toneModelData);
