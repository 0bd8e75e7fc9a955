/**
 * The calendar day a customer names for a payment ("on Friday", "the 15th", "el viernes", "a fin de
 * mes"), read against today in the customer's time zone. Undefined when no day is named, or when
 * no `today` is given (the core never reads the clock).
 */
import { DateTime } from 'luxon';
import {
  addDays,
  clippedDate,
  daysBetween,
  dateParts,
  daysInMonth,
  parsePlainDate,
  weekday,
  type PlainDate,
} from '../../calendar/calendar';

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

/** Reads a match as of today; `next` when the words around it say next ("next March", "el próximo 1"). */
type Reader = (match: RegExpExecArray, today: PlainDate, next: boolean) => PlainDate | undefined;

/** "Next" said just before or after a day ("next month on the 1st", "the 3rd of next month", "el 1 del mes que viene"). */
const nextBefore = /\b(?:next|pr[oó]xim[oa]s?|siguiente)\s+(?:\p{L}+\s+){0,3}$/iu;
const nextAfter = /^\s*(?:\p{L}+\s+){0,3}(?:next\b|pr[oó]xim[oa]\b|que\s+viene\b|siguiente\b)/iu;

/** How many days back a named day of the month still means this month's ("on the 1st", read on the 5th). */
const pastDayOfMonthReach = 7;

/**
 * The `day` of the month a customer means: this month's when it is today, ahead, or passed no more
 * than `pastDayOfMonthReach` days ago (a message read a few days late keeps its day, so a promise
 * can be overdue); otherwise the next month that has the day; with `next`, always a later month.
 * Day 0 is the last day of the month before, as a date library rolling the day over reads it.
 */
function dayOfMonth(day: number, today: PlainDate, next: boolean): PlainDate | undefined {
  const now = dateParts(today);
  const todayIndex = now.year * 12 + now.month - 1;
  for (let ahead = next ? 1 : 0; ahead < 4; ahead += 1) {
    const index = todayIndex + ahead;
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    if (day > daysInMonth(year, month)) continue;
    // Day 0: the month before's last day ("the 0th" rolls back).
    const [onIndex, onDay] = day === 0 ? [index - 1, 31] : [index, day];
    const date = clippedDate(Math.floor(onIndex / 12), (onIndex % 12) + 1, onDay);
    const earliest = ahead === 0 ? addDays(today, -pastDayOfMonthReach) : today;
    if (date >= earliest) return date;
  }
  return undefined;
}

/**
 * The `month`/`day` a customer means: the one of last, this or next year nearest today ("I paid
 * on 3 March", read on 5 March, is this year's, in the past; "on 5 January", read in late November,
 * is next year's); with `next` ("next March"), the first one after today. 29 February falls back to
 * the 28th in a year without it.
 */
function monthDay(
  month: number,
  day: number,
  today: PlainDate,
  next: boolean,
): PlainDate | undefined {
  const { year } = dateParts(today);
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  const candidates = [year - 1, year, year + 1].map((each) => clippedDate(each, month, day));
  if (next) return candidates.find((date) => date > today);
  const distance = (date: PlainDate): number => Math.abs(daysBetween(today, date));
  // Nearest; on a tie the later one (a promise is more often ahead than behind).
  return candidates.reduce((best, date) => (distance(date) <= distance(best) ? date : best));
}

const patterns: ReadonlyArray<readonly [RegExp, Reader]> = [
  [/\b(?:the\s+)?day after tomorrow\b|\bpasado\s+mañana\b/giu, (_, today) => addDays(today, 2)],
  [/\btoday\b|\btonight\b|\bhoy\b|\besta\s+noche\b/giu, (_, today) => today],
  [/\btomorrow\b/giu, (_, today) => addDays(today, 1)],
  // "mañana" is tomorrow unless it is "la mañana" (the morning).
  [/(?<!\b(?:la|las|de|una|esta)\s)\bmañana\b/giu, (_, today) => addDays(today, 1)],
  [
    new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(${monthNames})\b`, 'giu'),
    (match, today, next) =>
      monthDay(months[fold(match[2] ?? '')] ?? 0, Number(match[1]), today, next),
  ],
  [
    new RegExp(String.raw`\b(${monthNames})\s+(\d{1,2})(?:st|nd|rd|th)?\b`, 'giu'),
    (match, today, next) =>
      monthDay(months[fold(match[1] ?? '')] ?? 0, Number(match[2]), today, next),
  ],
  [
    new RegExp(String.raw`\b(${weekdayNames})\b`, 'giu'),
    (match, today) => {
      const target = weekdays[fold(match[1] ?? '')] ?? 0;
      const ahead = (target - weekday(today) + 7) % 7;
      return addDays(today, ahead === 0 ? 7 : ahead);
    },
  ],
  [
    /\bend of (?:the |this )?month\b|\b(?:a |al )?(?:fin|final|finales) de(?:l)? mes\b/giu,
    (_, today) => {
      const { year, month } = dateParts(today);
      return clippedDate(year, month, 31);
    },
  ],
  [
    /\b(?:the|on the|by the)\s+(\d{1,2})(?:st|nd|rd|th)\b|\b(\d{1,2})(?:st|nd|rd|th)\b|\bel\s+(?:d[ií]a\s+)?(\d{1,2})\b(?!\s*(?:€|euros?|%|de\s+\p{L}))/giu,
    (match, today, next) => dayOfMonth(Number(match[1] ?? match[2] ?? match[3]), today, next),
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
      return addDays(
        today,
        unit.startsWith('week') || unit.startsWith('semana') ? 7 * count : count,
      );
    },
  ],
];

/** Whether the date library reads `zone` (IANA names, 'UTC', fixed offsets such as 'UTC+3'), per zone. */
const knownZones = new Map<string, boolean>();

function zoneIsKnown(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = DateTime.fromISO('2000-01-03', { zone }).isValid;
    if (knownZones.size >= 100) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

/** Today as Luxon reads it: `today` in any ISO form, or the day it is at `now`, in `zone`. */
function todayByLuxon(today: string | undefined, now: number | undefined, zone: string) {
  const day =
    today !== undefined
      ? DateTime.fromISO(today, { zone })
      : now !== undefined
        ? DateTime.fromMillis(now, { zone }).startOf('day')
        : undefined;
  const date = day?.isValid === true ? day.startOf('day').toISODate() : null;
  return date === null ? undefined : parsePlainDate(date);
}

// The options of the last call and their answer: a thread's comments are read with the same ones.
let lastToday: { key: string; value: PlainDate | undefined } | undefined;

/**
 * Today in `timeZone` from `today` (a calendar date) or from `now` (epoch milliseconds), as a
 * calendar date; undefined when neither is given or they cannot be read (an unknown zone).
 */
export function todayIn(options: {
  today?: string;
  now?: number;
  timeZone?: string;
}): PlainDate | undefined {
  const zone = options.timeZone ?? 'UTC';
  const key = `${options.today ?? ''}|${options.now ?? ''}|${zone}`;
  if (lastToday?.key === key) return lastToday.value;
  // A plain 'YYYY-MM-DD' in a known zone is that day: no date library needed.
  const plain = options.today === undefined ? undefined : parsePlainDate(options.today);
  const value =
    plain !== undefined && zoneIsKnown(zone)
      ? plain
      : todayByLuxon(options.today, options.now, zone);
  lastToday = { key, value };
  return value;
}

/** The first day named in `text` between `from` and `to`, or undefined. */
export function findDate(
  text: string,
  from: number,
  to: number,
  today: PlainDate | undefined,
): FoundDate | undefined {
  if (today === undefined) return undefined;
  const part = text.slice(from, to);
  let best: FoundDate | undefined;
  for (const [pattern, read] of patterns) {
    pattern.lastIndex = 0;
    for (const match of part.matchAll(pattern)) {
      if (best !== undefined && from + match.index >= best.start) break;
      const start = match.index;
      const end = start + match[0].length;
      const next =
        nextBefore.test(part.slice(Math.max(0, start - 30), start)) ||
        nextAfter.test(part.slice(end, end + 30));
      const date = read(match, today, next);
      if (date === undefined) continue;
      best = { date, start: from + match.index, end: from + match.index + match[0].length };
      break;
    }
  }
  return best;
}
