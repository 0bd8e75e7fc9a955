/**
 * `Retry-After` (RFC 9110 §10.2.3), read once for every adapter: delay-seconds (HubSpot also sends
 * fractions) or an HTTP date (IMF-fixdate, and the obsolete RFC 850 and asctime forms), relative to
 * an injected `now`. The wait is never negative and never longer than a day; anything else is
 * unreadable and gives undefined, so the caller falls back to its own backoff.
 */

/** The longest wait a Retry-After can ask for; a longer one is read as this. */
export const maxRetryAfterMs = 24 * 60 * 60 * 1000;

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const day = '(?:mon|tue|wed|thu|fri|sat|sun)';
const longDay = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const month = `(${months.join('|')})`;
const time = '(\\d{2}):(\\d{2}):(\\d{2})';
const imfFixdate = new RegExp(`^${day}, (\\d{2}) ${month} (\\d{4}) ${time} GMT$`, 'i');
const rfc850 = new RegExp(`^${longDay}, (\\d{2})-${month}-(\\d{2}) ${time} GMT$`, 'i');
const asctime = new RegExp(`^${day} ${month} ([ \\d]\\d) ${time} (\\d{4})$`, 'i');

interface DateParts {
  day: string;
  month: string;
  year: number;
  hour: string;
  minute: string;
  second: string;
}

/** The instant an HTTP date names, in ms since the epoch, or undefined when it is not one. */
function httpDateMs(text: string, nowMs: number): number | undefined {
  const parts = dateParts(text, nowMs);
  if (parts === undefined) return undefined;
  const [d, mo, h, mi, s] = [parts.day, parts.month, parts.hour, parts.minute, parts.second];
  const monthIndex = months.indexOf(mo.toLowerCase());
  const ms = Date.UTC(parts.year, monthIndex, Number(d), Number(h), Number(mi), Number(s));
  const date = new Date(ms);
  // Date.UTC rolls 31 Feb into March and 25:00 into the next day: such a date is not a date.
  const exact =
    date.getUTCFullYear() === parts.year &&
    date.getUTCMonth() === monthIndex &&
    date.getUTCDate() === Number(d) &&
    date.getUTCHours() === Number(h) &&
    date.getUTCMinutes() === Number(mi) &&
    date.getUTCSeconds() === Number(s);
  return exact ? ms : undefined;
}

function dateParts(text: string, nowMs: number): DateParts | undefined {
  const imf = imfFixdate.exec(text);
  if (imf !== null) {
    const [, d = '', mo = '', y = '', h = '', mi = '', s = ''] = imf;
    return { day: d, month: mo, year: Number(y), hour: h, minute: mi, second: s };
  }
  const obsolete = rfc850.exec(text);
  if (obsolete !== null) {
    const [, d = '', mo = '', yy = '', h = '', mi = '', s = ''] = obsolete;
    // RFC 9110: a two-digit year more than 50 years ahead is in the past century.
    const nowYear = new Date(nowMs).getUTCFullYear();
    const year = Math.floor(nowYear / 100) * 100 + Number(yy);
    return {
      day: d,
      month: mo,
      year: year > nowYear + 50 ? year - 100 : year,
      hour: h,
      minute: mi,
      second: s,
    };
  }
  const asc = asctime.exec(text);
  if (asc !== null) {
    const [, mo = '', d = '', h = '', mi = '', s = '', y = ''] = asc;
    return { day: d.trim(), month: mo, year: Number(y), hour: h, minute: mi, second: s };
  }
  return undefined;
}

/** Milliseconds a Retry-After value asks to wait, within [0, maxRetryAfterMs], or undefined. */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(maxRetryAfterMs, Math.ceil(Number(text) * 1000));
  const at = httpDateMs(text, nowMs);
  if (at === undefined) return undefined;
  return Math.min(maxRetryAfterMs, Math.max(0, at - nowMs));
}

/** Whole seconds a Retry-After value asks to wait (rounded up), or undefined. */
export function retryAfterSeconds(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  const ms = retryAfterMs(value, nowMs);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}
