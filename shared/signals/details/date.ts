/**
 * The calendar day a customer names for a payment ("on Friday", "the 15th", "el viernes", "a fin de
 * mes"), read against today in the customer's time zone. Undefined when no day is named, or when
 * no `today` is given (the core never reads the clock).
 */
import { DateTime } from 'luxon';

export interface FoundDate {
  /** ISO calendar date, YYYY-MM-DD. */
  date: string;
  start: number;
  end: number;
}

const weekdays: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
  domingo: 7,
};
const months: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const monthNames = Object.keys(months).join('|');
const weekdayNames =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo';

const fold = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

type Reader = (match: RegExpExecArray, today: DateTime) => DateTime | undefined;

/** The next `day` of the month on or after today (this month, or next month when it has passed). */
function nextDayOfMonth(day: number, today: DateTime): DateTime | undefined {
  for (let ahead = 0; ahead < 3; ahead += 1) {
    const month = today.startOf('month').plus({ months: ahead });
    if (day > (month.daysInMonth ?? 0)) continue;
    const candidate = month.set({ day });
    if (candidate >= today) return candidate;
  }
  return undefined;
}

function nextDate(month: number, day: number, today: DateTime): DateTime | undefined {
  const thisYear = DateTime.fromObject({ year: today.year, month, day }, { zone: today.zone });
  if (!thisYear.isValid) return undefined;
  return thisYear >= today ? thisYear : thisYear.plus({ years: 1 });
}

const patterns: ReadonlyArray<readonly [RegExp, Reader]> = [
  [
    /\b(?:the\s+)?day after tomorrow\b|\bpasado\s+mañana\b/giu,
    (_, today) => today.plus({ days: 2 }),
  ],
  [/\btoday\b|\btonight\b|\bhoy\b|\besta\s+noche\b/giu, (_, today) => today],
  [/\btomorrow\b/giu, (_, today) => today.plus({ days: 1 })],
  // "mañana" is tomorrow unless it is "la mañana" (the morning).
  [/(?<!\b(?:la|las|de|una|esta)\s)\bmañana\b/giu, (_, today) => today.plus({ days: 1 })],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(${monthNames})\b`, 'giu'),
    (match, today) => nextDate(months[fold(match[2] ?? '')] ?? 0, Number(match[1]), today),
  ],
  [
    new RegExp(String.raw`\b(${monthNames})\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'giu'),
    (match, today) => nextDate(months[fold(match[1] ?? '')] ?? 0, Number(match[2]), today),
  ],
  [
    new RegExp(String.raw`\b(${weekdayNames})\b`, 'giu'),
    (match, today) => {
      const target = weekdays[fold(match[1] ?? '')] ?? 0;
      const ahead = (target - today.weekday + 7) % 7;
      return today.plus({ days: ahead === 0 ? 7 : ahead });
    },
  ],
  [
    /\bend of (?:the |this )?month\b|\b(?:a |al )?(?:fin|final|finales) de(?:l)? mes\b/giu,
    (_, today) => today.endOf('month').startOf('day'),
  ],
  [
    /\b(?:the|on the|by the)\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)\b|\bel\s+(?:d[ií]a\s+)?(\d{1,2})\b(?!\s*(?:€|euros?|%|de\s+\p{L}))/giu,
    (match, today) => nextDayOfMonth(Number(match[1] ?? match[2] ?? match[3]), today),
  ],
  [
    /\bin\s+(\d{1,2}|a|one|two|three)\s+(days?|weeks?)\b|\b(?:en|dentro\s+de)\s+(\d{1,2}|una|dos|tres)\s+(d[ií]as|semanas?)\b/giu,
    (match, today) => {
      const counts: Readonly<Record<string, number>> = {
        a: 1,
        one: 1,
        two: 2,
        three: 3,
        una: 1,
        dos: 2,
        tres: 3,
      };
      const written = fold(match[1] ?? match[3] ?? '');
      const count = counts[written] ?? Number(written);
      const unit = fold(match[2] ?? match[4] ?? '');
      return today.plus(
        unit.startsWith('week') || unit.startsWith('semana') ? { weeks: count } : { days: count },
      );
    },
  ],
];

/** Today in `timeZone` from `today` (a calendar date) or from `now` (epoch milliseconds). */
export function todayIn(options: {
  today?: string;
  now?: number;
  timeZone?: string;
}): DateTime | undefined {
  const zone = options.timeZone ?? 'UTC';
  const today =
    options.today !== undefined
      ? DateTime.fromISO(options.today, { zone })
      : options.now !== undefined
        ? DateTime.fromMillis(options.now, { zone }).startOf('day')
        : undefined;
  return today?.isValid === true ? today.startOf('day') : undefined;
}

/** The first day named in `text` between `from` and `to`, or undefined. */
export function findDate(
  text: string,
  from: number,
  to: number,
  today: DateTime | undefined,
): FoundDate | undefined {
  if (today === undefined) return undefined;
  const part = text.slice(from, to);
  let best: FoundDate | undefined;
  for (const [pattern, read] of patterns) {
    pattern.lastIndex = 0;
    for (const match of part.matchAll(pattern)) {
      if (best !== undefined && from + match.index >= best.start) break;
      const day = read(match, today);
      if (day === undefined || !day.isValid) continue;
      const date = day.toISODate();
      if (date === null) continue;
      best = { date, start: from + match.index, end: from + match.index + match[0].length };
      break;
    }
  }
  return best;
}
