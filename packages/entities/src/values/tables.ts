import monthsData from "../../data/values/months.json";
import hijriData from "../../data/values/hijri-months.json";
import weekdaysData from "../../data/values/weekdays.json";
import { foldKey } from "./fold.js";

/** A month and the names it is written with. `month` is 1-12. */
export interface MonthNames {
  month: number;
  names: readonly string[];
}

/** A weekday and its names. `weekday` follows `Date#getUTCDay()`: 0 = Sunday … 6 = Saturday. */
export interface WeekdayNames {
  weekday: number;
  names: readonly string[];
}

/**
 * Arabic month names, both systems: «يناير…ديسمبر» (Egypt, Gulf) and
 * «كانون الثاني، شباط، آذار… كانون الأول» (Levant, Iraq), with hamza and
 * Maghrebi variants. Data: `data/values/months.json`.
 */
export const ARABIC_MONTHS: readonly MonthNames[] = Object.freeze(
  monthsData.months.map((m) => Object.freeze({ month: m.month, names: Object.freeze([...m.ar]) })),
);

/**
 * Hijri (Islamic) month names, «محرم» … «ذو الحجة», with the spellings the press prints
 * («ربيع الآخر/الثاني», «ذو/ذي الحجة»). Data: `data/values/hijri-months.json`.
 */
export const HIJRI_MONTHS: readonly MonthNames[] = Object.freeze(
  hijriData.months.map((m) => Object.freeze({ month: m.month, names: Object.freeze([...m.ar]) })),
);

/** Words after a year that mark it Hijri («1447 هـ», «للهجرة»). */
export const HIJRI_ERA_WORDS: readonly string[] = Object.freeze([...hijriData.era]);

/** Words after which a Hijri month's name alone is a date («شهر رمضان»). */
export const HIJRI_MONTH_WORDS: readonly string[] = Object.freeze([...hijriData.monthWords]);

/** English month names and their usual abbreviations. */
export const ENGLISH_MONTHS: readonly MonthNames[] = Object.freeze(
  monthsData.months.map((m) => Object.freeze({ month: m.month, names: Object.freeze([...m.en]) })),
);

/** Arabic weekday names («الأحد» … «السبت»), with and without hamza and article. */
export const ARABIC_WEEKDAYS: readonly WeekdayNames[] = Object.freeze(
  weekdaysData.weekdays.map((w) => Object.freeze({ weekday: w.weekday, names: Object.freeze([...w.ar]) })),
);

/** English weekday names and abbreviations. */
export const ENGLISH_WEEKDAYS: readonly WeekdayNames[] = Object.freeze(
  weekdaysData.weekdays.map((w) => Object.freeze({ weekday: w.weekday, names: Object.freeze([...w.en]) })),
);

function indexByKey<T extends { names: readonly string[] }>(rows: readonly T[], pick: (row: T) => number): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) for (const name of row.names) map.set(foldKey(name), pick(row));
  return map;
}

const monthByKey = indexByKey([...ARABIC_MONTHS, ...ENGLISH_MONTHS], (m) => m.month);
const weekdayByKey = indexByKey([...ARABIC_WEEKDAYS, ...ENGLISH_WEEKDAYS], (w) => w.weekday);

/** Longest month name in words («تشرين الثاني» has two). */
export const MAX_MONTH_NAME_WORDS = 2;

/**
 * The month number (1-12) a name stands for, in either Arabic system or in
 * English; hamza, diacritics, tatweel and case do not matter.
 * `monthFromName("تشرين الثاني") === 11`, `monthFromName("اذار") === 3`;
 * `null` for anything else.
 */
export function monthFromName(name: string): number | null {
  if (typeof name !== "string") throw new TypeError("monthFromName: `name` must be a string");
  return monthByKey.get(foldKey(name)) ?? null;
}

/**
 * The weekday number (0 = Sunday) of a weekday name; `weekdayFromName("الإثنين") === 1`;
 * `null` for anything else.
 */
export function weekdayFromName(name: string): number | null {
  if (typeof name !== "string") throw new TypeError("weekdayFromName: `name` must be a string");
  return weekdayByKey.get(foldKey(name)) ?? null;
}
