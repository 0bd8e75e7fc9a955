/** Garden's tag hue for each emphasis the shared view models decide (undefined: Garden's plain grey). */
import type { Emphasis } from '../../../shared/view/emphasis';

export const hue: Record<Emphasis, string | undefined> = {
  good: 'green',
  caution: 'yellow',
  bad: 'red',
  info: undefined,
  muted: 'grey',
};
