/**
 * Wall-clock arithmetic in an IANA time zone with Intl alone, no date library (issue 16 took Luxon
 * out of the HubSpot card): the local date and time at an instant, a local time of day, and a number
 * of local days later. Only the zone's offset at an instant comes from Intl; the rest is integer
 * arithmetic, resolving a local time the clocks skip or repeat as Luxon did, which these helpers
 * replaced (zoned-luxon.property.test.ts holds them to it): a time in a gap moves forward by the
 * gap, and a repeated time keeps the offset of the instant it was reached from when that offset
 * is one of the two.
 */

const msPerMinute = 60_000;

/** A local date and time: month 1–12, weekday 1 (Monday) to 7 (Sunday) as ISO counts them. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly weekday: number;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** A local date and time without its weekday, as a step is asked for. */
export type LocalFields = Omit<WallTime, 'weekday'>;

/** Epoch milliseconds of a local date and time read as if it were UTC; a day past the month rolls. */
function wallAsUtc(wall: LocalFields): number {
  const { year, month, day, hour, minute, second, millisecond } = wall;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond));
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year >= 0 && year < 100) date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/**
 * Minutes the zone is ahead of UTC at `ms` (negative west of Greenwich); a zone's old local mean
 * time can be a fraction of a minute. Throws a RangeError for a zone Intl does not know.
 */
export function zoneOffsetMinutes(ms: number, zone: string): number {
  const parts = formatIn(zone).formatToParts(new Date(ms));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const era = parts.find((candidate) => candidate.type === 'era')?.value;
  // Intl counts years before 1 AD backwards within the BC era; ISO years are 0, -1, …
  const year = era === 'BC' || era === 'B' ? 1 - part('year') : part('year');
  const hour = part('hour');
  const local = wallAsUtc({
    year,
    month: part('month'),
    day: part('day'),
    hour: hour === 24 ? 0 : hour,
    minute: part('minute'),
    second: part('second'),
    millisecond: 0,
  });
  // Intl shows whole seconds, so compare with the instant's whole second.
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return (local - wholeSecond) / msPerMinute;
}

/** The local date and time at `ms` in a zone `offset` minutes ahead of UTC. */
function wallAtOffset(ms: number, offset: number): WallTime {
  const local = new Date(ms + offset * msPerMinute);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay(),
  };
}

/** The local date and time in `zone` at `ms`. */
export function wallTimeAt(ms: number, zone: string): WallTime {
  return wallAtOffset(ms, zoneOffsetMinutes(ms, zone));
}

/**
 * The instant a local time (read as UTC, `local`) names in `zone`, trying the offset `guess` first.
 * In a gap the clocks skip, the time moves forward by the gap; a repeated time takes `guess` when it
 * is one of its two offsets (so a step from an instant keeps that instant's side).
 */
function instantOfLocal(local: number, zone: string, guess: number): number {
  let instant = local - guess * msPerMinute;
  const second = zoneOffsetMinutes(instant, zone);
  if (second === guess) return instant;
  instant -= (second - guess) * msPerMinute;
  const third = zoneOffsetMinutes(instant, zone);
  if (second === third) return instant;
  return local - Math.min(second, third) * msPerMinute;
}

/**
 * The instant of `ms`'s local date and time after `change`, a repeated time read on `ms`'s side of
 * the change of clocks when it can be.
 */
function changedWall(ms: number, zone: string, change: (wall: WallTime) => LocalFields): number {
  const offset = zoneOffsetMinutes(ms, zone);
  return instantOfLocal(wallAsUtc(change(wallAtOffset(ms, offset))), zone, offset);
}

/** A time of day: missing fields keep the instant's own. */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
  readonly millisecond?: number;
}

/** The instant at `time` on the local day of `ms` in `zone`. */
export function atLocalTime(ms: number, zone: string, time: TimeOfDay): number {
  return changedWall(ms, zone, (wall) => ({ ...wall, ...time }));
}

/** The first instant of the local day of `ms` in `zone` (its first real minute after a gap). */
export function startOfLocalDate(ms: number, zone: string): number {
  return atLocalTime(ms, zone, { hour: 0, minute: 0, second: 0, millisecond: 0 });
}

/** The same local time `days` local days after `ms` (before, for a negative count). */
export function plusLocalDays(ms: number, zone: string, days: number): number {
  return changedWall(ms, zone, (wall) => ({ ...wall, day: wall.day + days }));
}

/**
 * The instant a local date and time names in `zone`, a time the clocks repeat read with the offset
 * the zone has at `reference` when that is one of its two.
 */
export function instantAtWall(wall: LocalFields, zone: string, reference: number): number {
  return instantOfLocal(wallAsUtc(wall), zone, zoneOffsetMinutes(reference, zone));
}

/**
 * An instant as ISO 8601 with the zone's offset, `2026-11-25T08:00:00-06:00`, milliseconds only when
 * there are some; `Z` for the zone named UTC or GMT.
 */
export function isoInZone(ms: number, zone: string): string {
  const offset = zoneOffsetMinutes(ms, zone);
  const wall = wallAtOffset(ms, offset);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const year =
    wall.year > 9999
      ? `+${pad(wall.year, 6)}`
      : wall.year < 0
        ? `-${pad(-wall.year, 6)}`
        : pad(wall.year, 4);
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const fraction = wall.millisecond === 0 ? '' : `.${pad(wall.millisecond, 3)}`;
  const named = zone.toLowerCase();
  if (offset === 0 && (named === 'utc' || named === 'gmt')) {
    return `${year}-${pad(wall.month)}-${pad(wall.day)}T${time}${fraction}Z`;
  }
  const sign = offset < 0 ? '-' : '+';
  const whole = Math.trunc(Math.abs(offset));
  return `${year}-${pad(wall.month)}-${pad(wall.day)}T${time}${fraction}${sign}${pad(Math.trunc(whole / 60))}:${pad(whole % 60)}`;
}
