import { ARABIC_MONTHS, ARABIC_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from "@qalam/entities";
import hijriMonths from "./data/hijri-months.json";
import datelineWords from "./data/dateline-words.json";
import { foldPhrase } from "./text-scan.js";

/**
 * The one place parseDateline gets its month, weekday and dateline-word tables from,
 * keyed by folded phrase (text-scan.ts foldPhrase). Gregorian months and weekdays are
 * @qalam/entities' tables (one list of month names for the whole project); the Hijri
 * months and the dateline words are this package's data.
 */

function indexNames(rows: ReadonlyArray<{ month: number; names: readonly string[] }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) for (const name of row.names) map.set(foldPhrase(name), row.month);
  return map;
}

function indexList(list: readonly string[]): Set<string> {
  return new Set(list.map(foldPhrase));
}

/** Folded Gregorian month names (يناير…, كانون الثاني…, Maghrebi and English) → 1..12. */
export const GREGORIAN_MONTHS: ReadonlyMap<string, number> = indexNames([...ARABIC_MONTHS, ...ENGLISH_MONTHS]);
/** Folded Hijri month names (محرم … ذو الحجة) → 1..12. */
export const HIJRI_MONTHS: ReadonlyMap<string, number> = indexNames(hijriMonths.months.map((m) => ({ month: m.month, names: m.ar })));

/** Folded weekday names → JavaScript day number (0 = Sunday, as `Date#getUTCDay`). */
export const WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const row of [...ARABIC_WEEKDAYS, ...ENGLISH_WEEKDAYS]) {
    for (const name of row.names) map.set(foldPhrase(name), row.weekday);
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
