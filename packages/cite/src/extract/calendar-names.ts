import { ARABIC_MONTHS, ARABIC_WEEKDAYS, ENGLISH_MONTHS, ENGLISH_WEEKDAYS, HIJRI_MONTHS } from "@qalam/entities";
import datelineWords from "./data/dateline-words.json";
import { lazy } from "../lazy.js";
import { foldPhrase } from "./text-scan.js";

/**
 * The one place parseDateline gets its month, weekday and dateline-word tables from,
 * keyed by folded phrase (text-scan.ts foldPhrase). Gregorian months and weekdays are
 * @qalam/entities' tables (one list of month names for the whole project), and so are the
 * Hijri months; the dateline words are this package's data.
 */

function indexNames(rows: ReadonlyArray<{ month: number; names: readonly string[] }>): Map<string, number> {
  const map = new Map<string, number>();
  for (const row of rows) for (const name of row.names) map.set(foldPhrase(name), row.month);
  return map;
}

function indexList(list: readonly string[]): Set<string> {
  return new Set(list.map(foldPhrase));
}

/** Folded weekday names → JavaScript day number (0 = Sunday, as `Date#getUTCDay`). */
function weekdays(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const row of [...ARABIC_WEEKDAYS, ...ENGLISH_WEEKDAYS]) {
    for (const name of row.names) map.set(foldPhrase(name), row.weekday);
  }
  return map;
}

/** The longest month name, in words («جمادى الآخرة» = 2): how far a lookup looks ahead. */
export const MAX_MONTH_WORDS = 2;

/**
 * Tables keyed by folded phrase, built on first use (see ../lazy.ts): GREGORIAN_MONTHS (يناير…,
 * كانون الثاني…, Maghrebi and English → 1..12), HIJRI_MONTHS (محرم … ذو الحجة → 1..12), WEEKDAYS,
 * and the dateline labels, ص/م-style markers and era words.
 */
export const calendarNames = lazy(() => ({
  GREGORIAN_MONTHS: indexNames([...ARABIC_MONTHS, ...ENGLISH_MONTHS]),
  HIJRI_MONTHS: indexNames(HIJRI_MONTHS),
  DATELINE_LABELS: indexList(datelineWords.labels),
  AM_MARKERS: indexList(datelineWords.am),
  PM_MARKERS: indexList(datelineWords.pm),
  NOON_MARKERS: indexList(datelineWords.noon),
  NIGHT_MARKERS: indexList(datelineWords.night),
  GREGORIAN_ERA: indexList(datelineWords.eraGregorian),
  HIJRI_ERA: indexList(datelineWords.eraHijri),
  WEEKDAYS: weekdays(),
}));
