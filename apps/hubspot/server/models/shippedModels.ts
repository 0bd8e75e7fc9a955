/**
 * The language engines' shipped data, installed once in the backend's memory (issue 16: the card no
 * longer carries rules, lexicons, stemmers or weights; it asks the backend's routes). Importing
 * `shared/tone` installs the meaning reader's lexicons and the tone model's weights; the signals
 * model's weights are parsed with their own zod parser here. `createServer` calls this at startup,
 * so a damaged weights file fails the deploy, not an agent's first check; the language functions
 * call it too (it runs once), so the card tests' mock backend reads with the same engines.
 */
import { prepareToneCheck } from '../../../../shared/tone';
import { installShippedSignalModel } from '../../../../shared/signals/model/install';

let installed = false;

/** Installs the shipped models and compiles the tone rules' matchers; the first call only. */
export function installShippedModels(): void {
  if (installed) return;
  installShippedSignalModel();
  // Compiling every locale's combined expression takes V8 a while: at startup, not on a check.
  prepareToneCheck('auto');
  installed = true;
}
