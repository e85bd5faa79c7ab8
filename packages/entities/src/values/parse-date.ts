import type { DateParts } from "./calendar.js";
import { findValues } from "./find-values.js";

export type { DateParts } from "./calendar.js";

/** The first date in a text: where it is, what it says, and its ISO value when certain. */
export interface ParsedDate {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 as precise as the text ("2024-10-20", "2025-07", "2025"); absent when the year is unknown. */
  value?: string;
  parts: DateParts;
}

/**
 * Parses the first date expression in `text` — «الأحد، 20 أكتوبر 24»,
 * «3 تشرين الثاني 2025», «يوليو 2025», «20/10/2024», "November 3, 2025",
 * relative dates with `referenceDate` — or returns null when there is none.
 * Uses the same month and weekday tables as {@link findValues}.
 *
 * @example
 * parseArabicDate("11:02 ص, الأحد, 20 أكتوبر 24")
 * // { start: 9, end: 29, text: "الأحد, 20 أكتوبر 24", value: "2024-10-20",
 * //   parts: { month: 10, day: 20, year: 2024, weekday: 0 } }
 */
export function parseArabicDate(text: string, options: { referenceDate?: string } = {}): ParsedDate | null {
  if (typeof text !== "string") throw new TypeError("parseArabicDate: `text` must be a string");
  const [date] = findValues(text, { ...options, types: ["DATE"] });
  if (!date) return null;
  const parsed: ParsedDate = { start: date.start, end: date.end, text: date.text, parts: date.parts ?? {} };
  if (typeof date.value === "string") parsed.value = date.value;
  return parsed;
}
