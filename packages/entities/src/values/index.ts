export {
  ARABIC_MONTHS,
  ENGLISH_MONTHS,
  ARABIC_WEEKDAYS,
  ENGLISH_WEEKDAYS,
  monthFromName,
  weekdayFromName,
} from "./tables.js";
export type { MonthNames, WeekdayNames } from "./tables.js";
export { CURRENCY_DISPLAY_NAMES } from "./currencies.generated.js";
