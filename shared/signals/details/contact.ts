/**
 * What a stop request or an inconvenient-time remark names: the channels, the place and the time
 * ("stop calling me at work", "no me llamen después de las 9").
 */
import { contactChannels, type ContactChannel, type ContactPlace } from '../kinds';

const times: Readonly<Record<string, RegExp>> = {
  en: /\b(?:before|after|until|till|past|between)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?(?:\s*(?:and|-|to)\s*\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?|\b(?:in|during)\s+the\s+(?:mornings?|afternoons?|evenings?|day(?:time)?|night)|\bat\s+night\b|\b(?:on\s+)?weekends?\b|\b(?:on\s+)?sundays\b|\bmornings\b|\bevenings\b|\bnights\b|\bat\s+lunch(?:time)?\b|\bduring\s+(?:work(?:ing)?\s+hours|office\s+hours|the\s+working\s+day)\b|\bearly\s+in\s+the\s+morning\b|\blate\s+at\s+night\b/iu,
  es: /\b(?:antes|despu[eé]s|a\s+partir|m[aá]s\s+tarde)\s+de\s+las?\s+\d{1,2}(?::\d{2})?(?:\s*(?:h|horas|de\s+la\s+(?:mañana|tarde|noche)))?|\bpor\s+las?\s+(?:mañanas?|tardes?|noches?)|\bde\s+noche\b|\b(?:los\s+)?fines?\s+de\s+semana\b|\ben\s+horario\s+(?:laboral|de\s+trabajo)\b|\bal\s+mediod[ií]a\b|\blos\s+domingos\b|\bde\s+madrugada\b|\btemprano\b/iu,
};

/** The time of day or week a customer names in `text`, as they wrote it, or undefined. */
export function findTime(text: string, locale: string): string | undefined {
  const pattern = times[locale] ?? times.en;
  return pattern?.exec(text)?.[0];
}

/** The channels named by cue ids found in a clause, in the contract's order. */
export function channelsOf(cues: ReadonlySet<string>): ContactChannel[] {
  return contactChannels.filter((channel) => cues.has(channel));
}

/** The place named by cue ids found in a sentence. */
export function placeOf(cues: ReadonlySet<string>): ContactPlace | undefined {
  if (cues.has('place-work')) return 'work';
  if (cues.has('place-home')) return 'home';
  return undefined;
}
