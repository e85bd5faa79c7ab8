import gregorianMonths from "./data/gregorian-months.json";
import hijriMonths from "./data/hijri-months.json";
import weekdays from "./data/weekdays.json";
import datelineWords from "./data/dateline-words.json";
import { foldPhrase } from "./text-scan.js";

/**
 * The one place parseDateline gets its month, weekday and dateline-word tables from,
 * keyed by folded phrase (text-scan.ts foldPhrase). Swap the imports here to change
 * the source of the tables; nothing else reads the JSON.
 */

interface MonthTable {
  months: Array<{ month: number; ar: string[]; en?: string[] }>;
}

function indexNames(table: MonthTable): Map<string, number> {
  const map = new Map<string, number>();
  for (const entry of table.months) {
    for (const name of [...entry.ar, ...(entry.en ?? [])]) map.set(foldPhrase(name), entry.month);
  }
  return map;
}

function indexList(list: readonly string[]): Set<string> {
  return new Set(list.map(foldPhrase));
}

/** Folded Gregorian month names (يناير…, كانون الثاني…, Maghrebi and English) → 1..12. */
export const GREGORIAN_MONTHS: ReadonlyMap<string, number> = indexNames(gregorianMonths);
/** Folded Hijri month names (محرم … ذو الحجة) → 1..12. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = indexNames(hijriMonths);

/** Folded weekday names → JavaScript day number (0 = Sunday, as `Date#getUTCDay`). */
export const WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const entry of weekdays.weekdays) {
    for (const name of [...entry.ar, ...entry.en]) map.set(foldPhrase(name), entry.weekday);
  }
  return map;
})();

/** The longest month name, in words («جمادى الآخرة» = 2): how far a lookup looks ahead. */
export const MAX_MONTH_WORDS = 2;

export const DATELINE_LABELS: ReadonlySet<string> = indexList(datelineWords.labels);
export const AM_MARKERS: ReadonlySet<string> = indexList(datelineWords.am);
export const PM_MARKERS: ReadonlySet<string> = indexList(datelineWords.pm);
export const NOON_MARKERS: ReadonlySet<string> = indexList(datelineWords.noon);
export const NIGHT_MARKERS: ReadonlySet<string> = indexList(datelineWords.night);
export const GREGORIAN_ERA: ReadonlySet<string> = indexList(datelineWords.eraGregorian);
export const HIJRI_ERA: ReadonlySet<string> = indexList(datelineWords.eraHijri);
