export { createTagger, tagEntities } from "./api.js";
export { toBio, toConll, toHtml, toJson } from "./output.js";
export type { BioToken } from "./output.js";
export { romanizationKey } from "./romanize.js";
export type { Tagger, TaggerOptions } from "./tagger.js";
export type { EntityEntry, EntryType } from "./entry.js";
export type { Entity, EntityType, EntityValue, MoneyValue, PercentValue } from "./types.js";
export {
  ARABIC_MONTHS,
  ARABIC_WEEKDAYS,
  CURRENCY_DISPLAY_NAMES,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAYS,
  findValues,
  gregorianToHijri,
  HIJRI_MONTHS,
  hijriToGregorian,
  monthFromName,
  parseArabicDate,
  weekdayFromName,
} from "./values/index.js";
export type { DateParts, FindValuesOptions, KnownWords, MonthNames, ParsedDate, ValueEntity, WeekdayNames, YearMonthDay } from "./values/index.js";
