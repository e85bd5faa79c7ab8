/**
 * Hijri ↔ Gregorian through the platform's ICU calendar "islamic-umalqura" (the Umm
 * al-Qura calendar Saudi Arabia publishes; ICU holds its tables for 1300–1600 AH and
 * falls back to the arithmetic Islamic calendar outside them). Where `Intl` has no
 * such calendar (a small-ICU build), conversions return null instead of guessing.
 */

/** A calendar date as numbers: month 1-12, day 1-31. */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
let formatter: Intl.DateTimeFormat | null | undefined;

function getFormatter(): Intl.DateTimeFormat | null {
  if (formatter !== undefined) return formatter;
  try {
    const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    formatter = f.resolvedOptions().calendar === "islamic-umalqura" ? f : null;
  } catch {
    formatter = null;
  }
  return formatter;
}

/** The Umm al-Qura date of a UTC day (ms since epoch), or null without ICU support. */
export function hijriFromTime(time: number): YearMonthDay | null {
  const f = getFormatter();
  if (f === null) return null;
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  for (const part of f.formatToParts(time)) {
    if (part.type === "year" || (part.type as string) === "relatedYear") year = Number.parseInt(part.value, 10);
    else if (part.type === "month") month = Number.parseInt(part.value, 10);
    else if (part.type === "day") day = Number.parseInt(part.value, 10);
  }
  return Number.isFinite(year) && Number.isFinite(month) && Number.isFinite(day) ? { year, month, day } : null;
}

/**
 * The Gregorian date of an Umm al-Qura date, or null when that date does not exist
 * (day 30 of a 29-day month) or the platform cannot convert.
 */
export function hijriToGregorianDate(h: YearMonthDay): YearMonthDay | null {
  if (h.year < 1 || h.year > 9999 || h.month < 1 || h.month > 12 || h.day < 1 || h.day > 30) return null;
  // The arithmetic (tabular) Islamic calendar lands within a day or two of Umm al-Qura:
  // start there and check the neighbouring days with ICU.
  const julianDay =
    h.day + Math.ceil(29.5 * (h.month - 1)) + (h.year - 1) * 354 + Math.floor((3 + 11 * h.year) / 30) + 1948439.5 - 1;
  const estimate = Math.round((julianDay - 2440587.5) * DAY_MS);
  for (const offset of [0, -1, 1, -2, 2, -3, 3]) {
    const time = estimate + offset * DAY_MS;
    const got = hijriFromTime(time);
    if (got === null) return null;
    if (got.year === h.year && got.month === h.month && got.day === h.day) {
      const d = new Date(time);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    }
  }
  return null;
}

/** Throws a TypeError naming `name` unless `date` holds integer year, month and day. */
function checkDate(date: unknown, name: string, caller: string): asserts date is YearMonthDay {
  const d = date as Partial<YearMonthDay> | null;
  if (d === null || typeof d !== "object" || !Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day)) {
    throw new TypeError(`${caller}: \`${name}\` must be { year, month, day } with integer fields`);
  }
}

/**
 * The Gregorian date of a Hijri (Umm al-Qura) date: `hijriToGregorian({ year: 1447, month: 9,
 * day: 1 })` → `{ year: 2026, month: 2, day: 18 }`; null when the date does not exist (day 30 of
 * a 29-day month, month 13) or the platform's ICU has no Islamic calendar. Throws a TypeError
 * when `hijri` is not `{ year, month, day }` of integers.
 */
export function hijriToGregorian(hijri: YearMonthDay): YearMonthDay | null {
  checkDate(hijri, "hijri", "hijriToGregorian");
  return hijriToGregorianDate(hijri);
}

/**
 * The Hijri (Umm al-Qura) date of a Gregorian date: `gregorianToHijri({ year: 2026, month: 2,
 * day: 18 })` → `{ year: 1447, month: 9, day: 1 }`; null when the date does not exist (31 April)
 * or the platform's ICU has no Islamic calendar. Throws a TypeError when `gregorian` is not
 * `{ year, month, day }` of integers.
 */
export function gregorianToHijri(gregorian: YearMonthDay): YearMonthDay | null {
  checkDate(gregorian, "gregorian", "gregorianToHijri");
  const { year, month, day } = gregorian;
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1 || year > 9999) return null;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // years 0-99 too (Date.UTC reads them as 1900-1999)
  return hijriFromTime(d.getTime());
}

/** The first and last Gregorian days of a Hijri month, or null when it cannot be converted. */
export function hijriMonthSpan(year: number, month: number): [YearMonthDay, YearMonthDay] | null {
  const first = hijriToGregorianDate({ year, month, day: 1 });
  const last = hijriToGregorianDate({ year, month, day: 30 }) ?? hijriToGregorianDate({ year, month, day: 29 });
  return first === null || last === null ? null : [first, last];
}
