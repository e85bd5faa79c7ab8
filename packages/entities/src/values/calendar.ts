/** Calendar arithmetic on plain numbers, in UTC so no time zone shifts a day. */

export interface DateParts {
  year?: number;
  /** 1-12 */
  month?: number;
  /** 1-31 */
  day?: number;
  /** 0 = Sunday … 6 = Saturday, as written in the text. */
  weekday?: number;
}

export interface ReferenceDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses the leading YYYY-MM-DD of an ISO 8601 string, or throws a TypeError naming the option. */
export function parseReferenceDate(value: unknown): ReferenceDate | null {
  if (value === undefined) return null;
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (!match) throw new TypeError("findValues: `options.referenceDate` must be an ISO date string (YYYY-MM-DD…)");
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new TypeError(`findValues: \`options.referenceDate\` is not a real date: ${match[0]}`);
  }
  return { year, month, day };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1-12) of a year, as `Date.UTC` counts them — which reads years
 * 0-99 as 1900-1999. Arithmetic, not a Date object: the matchers ask for every
 * day-and-month they see.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || Math.abs(year) > 200_000 || !Number.isInteger(month) || month < 1 || month > 12) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

export function isoDate(year: number, month?: number, day?: number): string {
  let iso = pad(year, 4);
  if (month !== undefined) iso += `-${pad(month)}`;
  if (month !== undefined && day !== undefined) iso += `-${pad(day)}`;
  return iso;
}

export function addDays(ref: ReferenceDate, days: number): ReferenceDate {
  const date = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO 8601 week date of a day: "2025-W45". */
export function isoWeek(ref: ReferenceDate): string {
  const date = new Date(Date.UTC(ref.year, ref.month - 1, ref.day));
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the week-numbering year.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${pad(week)}`;
}

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * The year for a day and month written without one: of the candidates in the
 * reference year and the years either side, those that fall on the weekday
 * the text gives (if it gives one), the one nearest the reference date.
 */
export function nearestYear(ref: ReferenceDate, month: number, day: number, weekday?: number): number | null {
  const refDay = dayNumber(ref.year, ref.month, ref.day);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    if (day > daysInMonth(year, month)) continue;
    if (weekday !== undefined && weekdayOf(year, month, day) !== weekday) continue;
    const distance = Math.abs(dayNumber(year, month, day) - refDay);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/** Two-digit year: the century that puts it nearest the reference year (or 2000-2069 / 1970-1999 without one). */
export function expandTwoDigitYear(yy: number, ref: ReferenceDate | null): number {
  if (!ref) return yy < 70 ? 2000 + yy : 1900 + yy;
  const century = Math.floor(ref.year / 100) * 100;
  const candidates = [century - 100 + yy, century + yy, century + 100 + yy];
  return candidates.reduce((a, b) => (Math.abs(b - ref.year) < Math.abs(a - ref.year) ? b : a));
}
