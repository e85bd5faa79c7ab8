export {
  ARABIC_MONTHS,
  ENGLISH_MONTHS,
  ARABIC_WEEKDAYS,
  ENGLISH_WEEKDAYS,
  HIJRI_MONTHS,
  monthFromName,
  weekdayFromName,
} from "./tables.js";
export type { MonthNames, WeekdayNames } from "./tables.js";
export { CURRENCY_DISPLAY_NAMES } from "./currencies.generated.js";
export { findValues } from "./find-values.js";
export type { FindValuesOptions, SpanMapper, ValueEntity } from "./find-values.js";
export type { KnownWords } from "./lexeme-table.js";
export { parseArabicDate } from "./parse-date.js";
export type { ParsedDate, DateParts } from "./parse-date.js";
export { gregorianToHijri, hijriToGregorian } from "./hijri.js";
export type { YearMonthDay } from "./hijri.js";
