import { procliticAnalyses } from "@qalam/tokenize";
import type { EntityType, EntityValue } from "../types.js";
import {
  addDays,
  daysInMonth,
  expandTwoDigitYear,
  isoDate,
  isoWeek,
  nearestYear,
  weekdayOf,
  type DateParts,
  type ReferenceDate,
} from "./calendar.js";
import { gregorianToHijri, hijriMonthSpan, hijriToGregorianDate, type YearMonthDay } from "./hijri.js";
import type { Lexeme } from "./lexer.js";
import { canStart, matchWithProclitic, type Lexicon } from "./lexicon.js";
import { isDigits, parseInteger, parseNumeral, scaleNumeral } from "./numerals.js";

/** A value expression found in the folded text (offsets there). */
export interface ValueMatch {
  type: EntityType;
  start: number;
  end: number;
  value?: EntityValue;
  /** Where glued proclitics start, when the expression has some («بـ» of «بـ10»). */
  prefixStart?: number;
  /** DATE only: the parts the text gives. */
  parts?: DateParts;
}

export interface MatchContext {
  lexemes: readonly Lexeme[];
  /** Normalized text before case folding: Latin month names must be capitalized there («May», not «may»). */
  normalized: string;
  lexicon: Lexicon;
  reference: ReferenceDate | null;
}

interface Found {
  match: ValueMatch;
  /** Index of the first lexeme after the match. */
  next: number;
}

const COMMAS = new Set([",", "،"]);
const DATE_SEPARATORS = new Set(["/", "-"]);

/** Tries every matcher at lexeme i, in order; the first that matches wins. */
export function matchAt(ctx: MatchContext, i: number): Found | null {
  if (!canStart(ctx.lexicon, ctx.lexemes[i]!)) return null;
  return sharedUnitAt(ctx, i) ?? timeAt(ctx, i) ?? moneyAt(ctx, i) ?? percentAt(ctx, i) ?? dateAt(ctx, i);
}

/** What joins two numbers that share the unit after the second («15 و25 في المئة», «من 10 إلى 20%»). */
const RANGE_JOINS: ReadonlySet<string> = new Set(["و", "إلى", "الى", "الي", "-", "–"]);
/** A year before «و» and an amount is a date, not a range's first number («في 2024 و25%»). */
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * «15 و25 في المئة», «1.5 و2 مليار يورو», «10 إلى 20%»: two numbers sharing the unit written
 * after the second are one amount or percentage. No value: it is a range, which MoneyValue and
 * PercentValue do not hold, and either end alone would be wrong.
 */
function sharedUnitAt(ctx: MatchContext, i: number): Found | null {
  const L = ctx.lexemes;
  if (L[i]!.kind !== "number") return null;
  // The first number may have its own scale word («5 ملايين و50 مليون ريال»).
  const join = ctx.lexicon.scales.match(L, i + 1)?.end ?? i + 1;
  if (L[join + 1]?.kind !== "number" || !RANGE_JOINS.has(L[join]?.text ?? "")) return null;
  if (YEAR.test(L[i]!.text) && !YEAR.test(L[join + 1]!.text)) return null;
  const second = moneyAt(ctx, join + 1) ?? percentAt(ctx, join + 1);
  if (!second || second.match.start !== L[join + 1]!.start) return null;
  return found(ctx, second.match.type, i, second.next, {});
}

const glued = (a: Lexeme | undefined, b: Lexeme | undefined): boolean => !!a && !!b && a.end === b.start;

/** True when `word` is nothing but a stack of proclitics («و», «بال», «لل»). */
export function isProcliticStack(word: string): boolean {
  if (word.length > 4) return false;
  let known = stackCache.get(word);
  if (known === undefined) {
    known = procliticAnalyses(`${word}0`).some((analysis) => analysis.stem === "0");
    stackCache.set(word, known);
  }
  return known;
}

const stackCache = new Map<string, boolean>();

/** What a matcher knows besides the lexemes a match spans. */
interface MatchExtra {
  /** Where the span starts when not at the first lexeme's start (after a glued proclitic). */
  startOffset?: number | undefined;
  prefixStart?: number | undefined;
  value?: EntityValue | undefined;
  parts?: DateParts | undefined;
}

// Built field by field: object rest/spread and `delete` here (once per match) cost
// more than the rest of a typical match, and `delete` left the match in dictionary mode.
function found(ctx: MatchContext, type: EntityType, from: number, to: number, extra: MatchExtra): Found {
  const match: ValueMatch = { type, start: extra.startOffset ?? ctx.lexemes[from]!.start, end: ctx.lexemes[to - 1]!.end };
  if (extra.prefixStart !== undefined) match.prefixStart = extra.prefixStart;
  else {
    // «بـ10», «و20%»: a proclitic lexeme glued to the expression.
    const before = ctx.lexemes[from - 1];
    if (before?.kind === "word" && before.end === match.start && isProcliticStack(before.text)) match.prefixStart = before.start;
  }
  if (extra.value !== undefined) match.value = extra.value;
  if (extra.parts !== undefined) match.parts = extra.parts;
  return { match, next: to };
}

// ---------------------------------------------------------------- amounts

interface Amount {
  /** null: a vague quantity («عشرات المليارات») with no precise amount. */
  amount: number | null;
  next: number;
  startOffset: number;
  prefixStart?: number;
}

function amountAt(ctx: MatchContext, i: number, numericOnly = false): Amount | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const lexeme = L[i];
  if (!lexeme) return null;
  if (lexeme.kind === "number") {
    const numeral = parseNumeral(lexeme.text);
    if (!numeral) return null;
    const scale = lx.scales.match(L, i + 1);
    if (scale) return { amount: scaleNumeral(numeral, scale.value), next: scale.end, startOffset: lexeme.start };
    const latin = lx.latinScales.match(L, i + 1);
    // "10m", "5bn": abbreviations count only glued to the number; words ("billion") anywhere.
    if (latin && (glued(lexeme, L[i + 1]) || L[i + 1]!.text.length > 3)) {
      return { amount: scaleNumeral(numeral, latin.value), next: latin.end, startOffset: lexeme.start };
    }
    return { amount: numeral.value, next: i + 1, startOffset: lexeme.start };
  }
  if (numericOnly || lexeme.kind !== "word") return null;
  const withPrefix = (hit: { prefixLength: number }, amount: number | null, next: number): Amount => ({
    amount,
    next,
    startOffset: lexeme.start + hit.prefixLength,
    ...(hit.prefixLength > 0 ? { prefixStart: lexeme.start } : {}),
  });
  // «خمسة مليارات», «نصف مليار»
  const unit = matchWithProclitic(lx.units, L, i);
  if (unit) {
    const scale = lx.scales.match(L, unit.end);
    if (scale) return withPrefix(unit, unit.value * scale.value, scale.end);
  }
  // «ملياري دولار», «مليونا»
  const dual = matchWithProclitic(lx.duals, L, i);
  if (dual) return withPrefix(dual, dual.value, dual.end);
  // «عشرات المليارات», «مئات الملايين»: tens/hundreds of — no precise amount.
  const vague = matchWithProclitic(lx.vague, L, i);
  if (vague) {
    const scale = matchWithProclitic(lx.scales, L, vague.end);
    const next = scale && scale.end > vague.end ? scale.end : vague.end;
    return withPrefix(vague, null, next);
  }
  // «مليار دولار»: a singular scale word alone is one of it.
  const scale = matchWithProclitic(lx.scales, L, i);
  if (scale) return withPrefix(scale, scale.value, scale.end);
  return null;
}

/** The currency after an amount at lexeme j; `per` subunits make one of it («100 بيسة»: 1000), null when unknown. */
function currencyAt(ctx: MatchContext, j: number): { code: string | null; next: number; per: number | null } | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const direct = lx.currencyNames.match(L, j) ?? lx.currencySymbols.match(L, j);
  if (direct) return { code: direct.value.code, next: direct.end, per: 1 };
  const subunit = lx.subunits.match(L, j);
  if (subunit) return { code: subunit.value.code, next: subunit.end, per: subunit.value.per };
  const of = lx.ofWords.match(L, j);
  if (!of) return null;
  const after = lx.currencyNames.match(L, of.end);
  return after ? { code: after.value.code, next: after.end, per: 1 } : null;
}

function moneyAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  // "$13.75 billion", "US$ 10m", "USD 5bn", "€5"
  const symbol = lx.currencySymbols.match(L, i);
  if (symbol) {
    const amount = amountAt(ctx, symbol.end, true);
    if (!amount || amount.amount === null) return null;
    return found(ctx, "MONEY", i, amount.next, moneyValue(amount.amount, symbol.value.code));
  }
  const amount = amountAt(ctx, i);
  if (!amount) return null;
  const currency = currencyAt(ctx, amount.next);
  if (!currency) return null;
  return found(ctx, "MONEY", i, currency.next, {
    startOffset: amount.startOffset,
    ...(amount.prefixStart !== undefined ? { prefixStart: amount.prefixStart } : {}),
    ...moneyValue(amount.amount === null || currency.per === null ? null : Number((amount.amount / currency.per).toPrecision(12)), currency.code),
  });
}

function moneyValue(amount: number | null, code: string | null): { value?: EntityValue } {
  // A vague amount or a currency name shared by several currencies: the span is
  // certain, the value is not, and a wrong value is worse than none.
  return amount !== null && code !== null ? { value: { amount, currency: code } } : {};
}

// ---------------------------------------------------------------- percents

function percentAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const lexeme = L[i]!;
  if (lexeme.text === "%" && L[i + 1]?.kind === "number" && glued(lexeme, L[i + 1])) {
    // «٪٢٠» folds to "%20".
    const numeral = parseNumeral(L[i + 1]!.text);
    return numeral ? found(ctx, "PERCENT", i, i + 2, { value: { ratio: ratio(numeral.value) } }) : null;
  }
  if (lexeme.kind !== "number") return null;
  const numeral = parseNumeral(lexeme.text);
  if (!numeral) return null;
  if (L[i + 1]?.text === "%") return found(ctx, "PERCENT", i, i + 2, { value: { ratio: ratio(numeral.value) } });
  const words = lx.percentWords.match(L, i + 1);
  if (words) return found(ctx, "PERCENT", i, words.end, { value: { ratio: ratio(numeral.value) } });
  return null;
}

const ratio = (percent: number): number => Number((percent / 100).toPrecision(12));

// ---------------------------------------------------------------- times

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function timeAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const hourWord = matchWithProclitic(lx.hourWords, L, i);
  const at = hourWord ? hourWord.end : i;
  const lexeme = L[at];
  if (lexeme?.kind !== "number") return null;
  const clock = lexeme.text.includes(":") ? CLOCK.exec(lexeme.text) : null;
  const hour = clock ? Number(clock[1]) : parseInteger(lexeme.text);
  const minute = clock ? Number(clock[2]) : 0;
  if (hour === null || hour > 23 || minute > 59) return null;
  const period = lx.dayPeriods.match(L, at + 1);
  // A lone «ص»/«م» after a bare integer is too weak («5 م» may be five metres).
  const strongPeriod = period && (clock || hourWord || L[at + 1]!.text.length > 1) ? period : null;
  if (!clock && !hourWord && !strongPeriod) return null;
  const end = strongPeriod ? strongPeriod.end : at + 1;
  const seconds = clock?.[3];
  let value: string | undefined;
  if (strongPeriod) {
    const h = toTwentyFourHours(hour, strongPeriod.value);
    if (h !== null) value = clockString(h, minute, seconds);
  } else if (clock || hour > 12 || hour === 0) {
    // Written as a 24-hour time («11:02», «الساعة 15»): as precise as the text.
    value = clockString(hour, minute, seconds);
  }
  return found(ctx, "TIME", at, end, value !== undefined ? { value } : {});
}

function toTwentyFourHours(hour: number, period: string): number | null {
  if (hour > 12) return period === "am" ? null : hour;
  switch (period) {
    case "am":
      return hour === 12 ? 0 : hour;
    case "pm":
      return hour === 12 ? 12 : hour + 12;
    case "noon":
      return hour <= 5 ? hour + 12 : hour;
    case "night":
      return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    default:
      return null;
  }
}

const clockString = (h: number, m: number, s?: string): string =>
  `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}${s ? `:${s}` : ""}`;

// ---------------------------------------------------------------- dates

function dateAt(ctx: MatchContext, i: number): Found | null {
  return positionAt(ctx, i) ?? monthWeekAt(ctx, i) ?? numericDateAt(ctx, i) ?? (ctx.lexemes[i]!.kind === "word" ? hijriMonthAt(ctx, i, false) : null) ?? seasonAt(ctx, i) ?? namedDayAt(ctx, i) ?? weekdayDateAt(ctx, i) ?? dayRangeAt(ctx, i) ?? dayMonthAt(ctx, i, i) ?? hijriDayAt(ctx, i, i) ?? ordinalDayAt(ctx, i) ?? latinMonthDayAt(ctx, i) ?? monthAt(ctx, i) ?? relativeAt(ctx, i) ?? yearAt(ctx, i);
}

/**
 * «منتصف 2026», «نهاية العام الجاري», «مطلع يونيو», «بنهاية كانون الأول الماضي»: the start,
 * middle or end of a date is one DATE with it; the value is the date's (ISO 8601 has no
 * "middle of").
 */
function positionAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const position = matchWithProclitic(lx.positions, L, i);
  if (!position) return null;
  const link = lx.yearPartLinks.match(L, position.end);
  const k = link ? link.end : position.end;
  // «بداية من يناير 2026» is "starting from January": a month after the link is the date alone.
  if (link && (lx.months.match(L, k) || latinMonth(ctx, k) || (L[k]?.kind === "number" && lx.months.match(L, k + 1)))) return null;
  const extra = position.prefixLength > 0 ? { startOffset: L[i]!.start + position.prefixLength, prefixStart: L[i]!.start } : {};
  const yearWord = lx.yearWords.match(L, k);
  const lexeme = L[yearWord ? yearWord.end : k];
  // A bare year right after the position word («منتصف 2026», «نهاية عام 2025»).
  if (lexeme?.kind === "number" && isDigits(lexeme.text, 4, 4) && Number(lexeme.text) >= 1900 && Number(lexeme.text) <= 2100) {
    return dateFound(ctx, i, (yearWord ? yearWord.end : k) + 1, { year: Number(lexeme.text) }, extra);
  }
  const inner = hijriMonthAt(ctx, k, true) ?? seasonAt(ctx, k) ?? dayMonthAt(ctx, k, k) ?? hijriDayAt(ctx, k, k) ?? monthAt(ctx, k) ?? relativeAt(ctx, k) ?? bareMonthAt(ctx, k) ?? currentUnitAt(ctx, k);
  if (!inner || inner.match.prefixStart !== undefined) return null;
  return found(ctx, "DATE", i, inner.next, { ...extra, parts: inner.match.parts, value: inner.match.value });
}

/**
 * «الأسبوع الأول من ديسمبر», «الأسبوع الأخير من نوفمبر 2026»: a week of a month is one DATE
 * with the month's value (ISO 8601 has no week of a month). «من» must join them.
 */
function monthWeekAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const week = matchWithProclitic(lx.monthWeeks, L, i);
  if (!week || L[week.end]?.text !== "من") return null;
  const inner = monthAt(ctx, week.end + 1) ?? bareMonthAt(ctx, week.end + 1);
  if (!inner || inner.match.prefixStart !== undefined) return null;
  const extra = week.prefixLength > 0 ? { startOffset: L[i]!.start + week.prefixLength, prefixStart: L[i]!.start } : {};
  return found(ctx, "DATE", i, inner.next, { ...extra, parts: inner.match.parts, value: inner.match.value });
}

/** «العام», «الشهر» alone after a position word («منذ مطلع العام»): the current one. */
function currentUnitAt(ctx: MatchContext, k: number): Found | null {
  const unit = ctx.lexicon.relativeUnits.match(ctx.lexemes, k);
  if (!unit || !ctx.lexemes[k]!.text.startsWith("ال")) return null;
  const value = ctx.reference ? relativeUnit(ctx.reference, unit.value, 0) : undefined;
  return found(ctx, "DATE", k, unit.end, value !== undefined ? { value } : {});
}

/** A month name alone, after a word that makes it a date (a position word). */
function bareMonthAt(ctx: MatchContext, k: number): Found | null {
  const month = ctx.lexicon.months.match(ctx.lexemes, k);
  return month ? found(ctx, "DATE", k, pairedMonthEnd(ctx, month.value, month.end), { parts: { month: month.value } }) : null;
}

/**
 * Where a month's name ends when the text gives it in both calendars' names with a slash
 * («تشرين الأول/أكتوبر», «أبريل/نيسان», «فبراير/شباط»): after the second when it names the same month.
 */
function pairedMonthEnd(ctx: MatchContext, month: number, end: number): number {
  const { lexemes: L, lexicon: lx } = ctx;
  if (L[end]?.text !== "/") return end;
  const other = lx.months.match(L, end + 1) ?? latinMonth(ctx, end + 1);
  return other !== null && other.value === month ? other.end : end;
}

/**
 * «سبتمبر وأكتوبر 2025», «سبتمبر وأكتوبر الماضيين»: a second month after «و» that shares the
 * first's year or modifier makes one DATE, valued as the interval of the two months when the
 * year is known. Without a year or modifier after them the months stay apart.
 */
function monthPairAt(ctx: MatchContext, first: number, end: number): { end: number; value: string | null } | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const at = L[end]?.text === "و" ? end + 1 : end;
  const second = matchWithProclitic(lx.months, L, at);
  const joined = at > end ? second?.prefixLength === 0 : second?.prefixLength === 1 && L[at]!.text[0] === "و";
  if (second === null || !joined || second.value <= first) return null;
  const year = yearAfterMonth(ctx, second.end, false);
  if (year) return { end: year.next, value: `${isoDate(year.year, first)}/${isoDate(year.year, second.value)}` };
  const modifier = lx.modifiers.match(L, second.end);
  if (!modifier) return null;
  if (!ctx.reference) return { end: modifier.end, value: null };
  const from = relativeMonth(ctx.reference, first, modifier.value);
  const to = relativeMonth(ctx.reference, second.value, modifier.value);
  return { end: modifier.end, value: from < to ? `${from}/${to}` : null };
}

/** «الأول من يوليو المقبل», «الخامس عشر من مارس 2025»: an ordinal day of a month. */
function ordinalDayAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const ordinal = lx.ordinalDays.match(L, i);
  if (!ordinal) return null;
  const of = lx.ofWords.match(L, ordinal.end);
  if (!of) return null;
  const named = lx.months.match(L, of.end) ?? latinMonth(ctx, of.end);
  // «الأول من رجب 1448 هـ»: a Hijri month.
  if (!named) return hijriDayOfMonthAt(ctx, i, ordinal.value, of.end);
  if (ordinal.value > daysInMonth(2000, named.value)) return null;
  const month = { value: named.value, end: pairedMonthEnd(ctx, named.value, named.end) };
  const year = yearAfterMonth(ctx, month.end, false);
  if (year) return ordinal.value > daysInMonth(year.year, month.value) ? null : dateFound(ctx, i, year.next, { year: year.year, month: month.value, day: ordinal.value });
  const modifier = lx.modifiers.match(L, month.end);
  const parts: DateParts = { month: month.value, day: ordinal.value };
  if (!modifier) return dateFound(ctx, i, month.end, parts);
  const ref = ctx.reference;
  const value = ref ? relativeMonth(ref, month.value, modifier.value) : undefined;
  const dayValue = value !== undefined && ordinal.value <= daysInMonth(Number(value.slice(0, 4)), month.value) ? `${value}-${String(ordinal.value).padStart(2, "0")}` : undefined;
  return found(ctx, "DATE", i, modifier.end, { parts, ...(dayValue ? { value: dayValue } : {}) });
}

function dateFound(
  ctx: MatchContext,
  from: number,
  to: number,
  parts: DateParts,
  extra: MatchExtra = {},
): Found {
  return found(ctx, "DATE", from, to, { startOffset: extra.startOffset, prefixStart: extra.prefixStart, parts, value: dateValue(ctx.reference, parts) });
}

/** The ISO value of the parts, completing a missing year from the reference date; undefined when unsure. */
function dateValue(ref: ReferenceDate | null, parts: DateParts): string | undefined {
  let { year } = parts;
  const { month, day, weekday } = parts;
  if (year === undefined) {
    if (!ref || month === undefined || day === undefined) return undefined;
    year = nearestYear(ref, month, day, weekday) ?? undefined;
    if (year === undefined) return undefined;
  }
  if (month !== undefined && day !== undefined) {
    if (day > daysInMonth(year, month)) return undefined;
    // The text contradicts itself (weekday vs date): report the date, but no value.
    if (weekday !== undefined && weekdayOf(year, month, day) !== weekday) return undefined;
  }
  return isoDate(year, month, month !== undefined ? day : undefined);
}

/**
 * «خريف العام الماضي», «صيف 2024», «الربع الثالث من 2024», «النصف الأول من العام المقبل»: a
 * season or part of a year before a year; the value is the year.
 */
function seasonAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const season = matchWithProclitic(lx.seasons, L, i) ?? matchWithProclitic(lx.yearParts, L, i);
  if (!season) return null;
  const extra = season.prefixLength > 0 ? { startOffset: L[i]!.start + season.prefixLength, prefixStart: L[i]!.start } : {};
  const link = lx.yearPartLinks.match(L, season.end);
  const from = link ? link.end : season.end;
  const yearWord = lx.yearWords.match(L, from);
  const yearAt = yearWord ? yearWord.end : from;
  const year = L[yearAt];
  if (year?.kind === "number" && isDigits(year.text, 4, 4)) return dateFound(ctx, i, yearAt + 1, { year: Number(year.text) }, extra);
  const demonstrative = lx.thisWords.match(L, from);
  const unit = lx.relativeUnits.match(L, demonstrative ? demonstrative.end : from);
  // A quarter alone is a date in business news («نتائج الربع الثالث»): which year's, the
  // text does not say (a fiscal year, often), so no value. A half or a season alone is not.
  if (unit?.value !== "year") return !link && QUARTERS.has(season.value) ? found(ctx, "DATE", i, season.end, extra) : null;
  const relative = relativeAt(ctx, from);
  if (!relative) {
    // «الربع الأخير من العام»: of the year the text speaks of, which it does not name: a date, no value.
    return link && !demonstrative && L[from]!.text.startsWith("ال") ? found(ctx, "DATE", i, unit.end, extra) : null;
  }
  const value = relative.match.value;
  return found(ctx, "DATE", i, relative.next, { ...extra, ...(value !== undefined ? { value } : {}) });
}

/**
 * «عيد الأضحى», «رأس السنة», «عيد الفطر 2026», «عيد الفطر المقبل», «اليوم التالي»: a day named
 * without its date, with the year or the modifier that follows it. No value: a holiday of
 * the Hijri calendar moves through the Gregorian year and the text rarely says which year's
 * it means; «اليوم التالي» follows an event, not the reference date.
 */
function namedDayAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const day = matchWithProclitic(lx.namedDays, L, i);
  if (!day) return null;
  const extra = day.prefixLength > 0 ? { startOffset: L[i]!.start + day.prefixLength, prefixStart: L[i]!.start } : {};
  const year = L[day.end];
  if (year?.kind === "number" && isDigits(year.text, 4, 4)) return found(ctx, "DATE", i, day.end + 1, extra);
  const modifier = lx.modifiers.match(L, day.end);
  return found(ctx, "DATE", i, modifier ? modifier.end : day.end, extra);
}

/** The yearParts values of quarters (relative.json). */
const QUARTERS: ReadonlySet<string> = new Set(["Q1", "Q2", "Q3", "Q4"]);

/** «20/10/2024», «2024-10-20», «20.10.2024» (day first, as written in Arabic text). */
function numericDateAt(ctx: MatchContext, i: number): Found | null {
  const L = ctx.lexemes;
  const first = L[i];
  if (first?.kind !== "number") return null;
  let numbers: string[];
  let next: number;
  const dotted = first.text.includes(".") ? /^(\d{1,4})\.(\d{1,2})\.(\d{2,4})$/.exec(first.text) : null;
  if (dotted) {
    numbers = [dotted[1]!, dotted[2]!, dotted[3]!];
    next = i + 1;
  } else {
    const sep = L[i + 1];
    if (!sep || !DATE_SEPARATORS.has(sep.text) || L[i + 3]?.text !== sep.text) return null;
    for (let k = i; k < i + 4; k++) if (!glued(L[k], L[k + 1])) return null;
    if (L[i + 2]?.kind !== "number" || L[i + 4]?.kind !== "number") return null;
    numbers = [first.text, L[i + 2]!.text, L[i + 4]!.text];
    next = i + 5;
  }
  if (!numbers.every((n) => isDigits(n, 1, Infinity))) return null;
  const [a, b, c] = numbers.map(Number) as [number, number, number];
  let parts: DateParts;
  if (numbers[0]!.length === 4) parts = { year: a, month: b, day: c };
  else if (numbers[2]!.length === 4) parts = b > 12 && a <= 12 ? { year: c, month: a, day: b } : { year: c, month: b, day: a };
  else return null;
  if (parts.month! < 1 || parts.month! > 12 || parts.day! < 1 || parts.day! > daysInMonth(parts.year!, parts.month!)) return null;
  return dateFound(ctx, i, next, parts);
}

/** «الأحد, 20 أكتوبر 24», «الاثنين الماضي», «يوم الخميس». */
function weekdayDateAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const weekday = matchWithProclitic(lx.weekdays, L, i);
  if (!weekday || (L[i]!.kind === "word" && /^[a-z]/.test(L[i]!.text) && !isCapitalized(ctx, L[i]!))) return null;
  const startOffset = L[i]!.start + weekday.prefixLength;
  const prefix = weekday.prefixLength > 0 ? { prefixStart: L[i]!.start } : {};
  let k = weekday.end;
  if (COMMAS.has(L[k]?.text ?? "")) k++;
  const hijri = hijriDayAt(ctx, k, i);
  if (hijri) {
    // The weekday must fall on the converted day; else the text contradicts itself: no value.
    const value = hijri.match.value;
    const agrees = typeof value === "string" && weekdayOf(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) === weekday.value;
    return found(ctx, "DATE", i, hijri.next, { startOffset, ...prefix, parts: { weekday: weekday.value }, ...(agrees ? { value } : {}) });
  }
  const dated = dayMonthAt(ctx, k, i) ?? latinMonthDayAt(ctx, k);
  if (dated) {
    const parts = { ...dated.match.parts, weekday: weekday.value };
    return dateFound(ctx, i, dated.next, parts, { startOffset, ...prefix });
  }
  const modifier = lx.modifiers.match(L, weekday.end);
  if (modifier && modifier.value !== 0) {
    const value = ctx.reference ? relativeWeekday(ctx.reference, weekday.value, modifier.value) : undefined;
    return found(ctx, "DATE", i, modifier.end, { startOffset, ...prefix, parts: { weekday: weekday.value }, ...(value ? { value } : {}) });
  }
  // A weekday on its own is a date after «يوم» («يوم الاثنين»), and where news sets the day of
  // the event off with punctuation after it: between commas («أعلنت الشركة، الاثنين، أن…»),
  // or the weekday with the article before a comma or full stop («في مؤتمر عقده في
  // السليمانية الأحد، إن», «وفق ما أعلنته الشركة، الخميس.»); not a schedule's («من الاثنين إلى
  // الجمعة،»). Which day, the text does not say.
  const after = L[weekday.end]?.text ?? "";
  const setOff = weekday.prefixLength === 0 && (COMMAS.has(after) || after === ".") && (COMMAS.has(L[i - 1]?.text ?? "") || L[i]!.text.startsWith("ال"));
  const set = (i > 0 && lx.dayWords.match(L, i - 1)) || (setOff && !(i > 0 && lx.notDayWords.match(L, i - 1)));
  if (set) return found(ctx, "DATE", i, weekday.end, { startOffset, ...prefix, parts: { weekday: weekday.value } });
  return null;
}

// ---------------------------------------------------------------- Hijri dates
// ISO 8601 has no Hijri calendar: the value is the Gregorian day (Umm al-Qura, see hijri.ts),
// or for a month the interval of its first and last Gregorian days ("2026-02-18/2026-03-19").

/** Years in this range are Hijri without an era word («رمضان 1447»); 1900-2100 are Gregorian. */
const HIJRI_YEARS = { least: 1300, most: 1600 };

/** A year after a Hijri month: «1447», «1447 هـ», «1447هـ», «1446 للهجرة», or a Gregorian «2026». */
function hijriYearAfter(ctx: MatchContext, k: number): { year: number; hijri: boolean; next: number } | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const at = yearIndexAfter(ctx, k);
  const lexeme = L[at];
  if (lexeme?.kind !== "number" || !isDigits(lexeme.text, 4, 4)) return null;
  const year = Number(lexeme.text);
  const era = lx.hijriEra.match(L, at + 1);
  if (era) return { year, hijri: true, next: era.end };
  if (year >= HIJRI_YEARS.least && year <= HIJRI_YEARS.most) return { year, hijri: true, next: at + 1 };
  return year >= 1900 && year <= 2100 ? { year, hijri: false, next: pastGregorianEra(L, at) } : null;
}

/** Where a year's number stands after a month's name at lexeme k: past a comma and «عام», «من عام»… */
function yearIndexAfter(ctx: MatchContext, k: number): number {
  const { lexemes: L, lexicon: lx } = ctx;
  const at = COMMAS.has(L[k]?.text ?? "") ? k + 1 : k;
  return lx.yearWords.match(L, at)?.end ?? at;
}

/** The lexeme after a year's number at `at`, past a glued «م» («2024م»: «ميلادي», AD). */
function pastGregorianEra(L: readonly Lexeme[], at: number): number {
  const after = L[at + 1];
  return after && after.text === "م" && glued(L[at], after) ? at + 2 : at + 1;
}

const isoOf = (date: YearMonthDay): string => isoDate(date.year, date.month, date.day);

/** The Hijri year whose month `month` starts in Gregorian year `year`, when exactly one does. */
function hijriYearInGregorian(year: number, month: number): number | null {
  const approximate = Math.round(((year - 622) * 33) / 32);
  const years = [approximate - 1, approximate, approximate + 1, approximate + 2].filter((h) => hijriToGregorianDate({ year: h, month, day: 1 })?.year === year);
  return years.length === 1 ? years[0]! : null;
}

/** The Hijri year a month named with a modifier (-1 last, 0 this, +1 next) falls in, seen from the reference. */
function relativeHijriYear(ref: ReferenceDate, month: number, direction: number): number | null {
  const today = gregorianToHijri(ref);
  if (today === null) return null;
  if (direction < 0) return month < today.month ? today.year : today.year - 1;
  if (direction > 0) return month > today.month ? today.year : today.year + 1;
  return today.year;
}

/** «15 رمضان 1447 هـ», «1 شوال» (the year nearest the reference), «10 ذو الحجة 2025». `from` is where the match starts. */
function hijriDayAt(ctx: MatchContext, k: number, from: number): Found | null {
  const day = dayNumberAt(ctx.lexemes, k, 30);
  return day === null ? null : hijriDayOfMonthAt(ctx, from, day, k + 1);
}

/** Day `day` of the Hijri month named at lexeme k, with its year if one follows; the span from lexeme `from`. */
function hijriDayOfMonthAt(ctx: MatchContext, from: number, day: number, k: number): Found | null {
  const month = ctx.lexicon.hijriMonths.match(ctx.lexemes, k);
  if (!month || day > 30) return null;
  const year = hijriYearAfter(ctx, month.end);
  let hijriYear: number | null = null;
  if (year) hijriYear = year.hijri ? year.year : hijriYearInGregorian(year.year, month.value);
  else if (ctx.reference) hijriYear = nearestHijriYear(ctx.reference, month.value, day);
  const date = hijriYear === null ? null : hijriToGregorianDate({ year: hijriYear, month: month.value, day });
  // Day 30 of a 29-day month: no such date.
  if (date === null && year?.hijri) return null;
  return found(ctx, "DATE", from, year ? year.next : month.end, date ? { value: isoOf(date) } : {});
}

/** Of the reference's Hijri year and the years either side, the one whose day falls nearest the reference. */
function nearestHijriYear(ref: ReferenceDate, month: number, day: number): number | null {
  const today = gregorianToHijri(ref);
  if (today === null) return null;
  const refTime = Date.UTC(ref.year, ref.month - 1, ref.day);
  let best: number | null = null;
  let bestDistance = Infinity;
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const date = hijriToGregorianDate({ year, month, day });
    if (date === null) continue;
    const distance = Math.abs(Date.UTC(date.year, date.month - 1, date.day) - refTime);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * «رمضان 1447», «ذو الحجة 1446 هـ», «رمضان المقبل» (with a reference date), «شهر رمضان», and
 * after a position word («منتصف رمضان», `bare`) a month alone: the month's Gregorian interval.
 */
function hijriMonthAt(ctx: MatchContext, i: number, bare: boolean): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const month = matchWithProclitic(lx.hijriMonths, L, i);
  if (!month) return null;
  // A day before it: hijriDayAt's («15 رمضان»).
  const before = L[i - 1];
  if (before?.kind === "number" && isDigits(before.text, 1, 2)) return null;
  const extra: MatchExtra = month.prefixLength > 0 ? { startOffset: L[i]!.start + month.prefixLength, prefixStart: L[i]!.start } : {};
  const spanValue = (hijriYear: number | null): MatchExtra => {
    const span = hijriYear === null ? null : hijriMonthSpan(hijriYear, month.value);
    return span === null ? extra : { ...extra, value: `${isoOf(span[0])}/${isoOf(span[1])}` };
  };
  const year = hijriYearAfter(ctx, month.end);
  if (year) return found(ctx, "DATE", i, year.next, spanValue(year.hijri ? year.year : hijriYearInGregorian(year.year, month.value)));
  const modifier = lx.modifiers.match(L, month.end);
  if (modifier) return found(ctx, "DATE", i, modifier.end, spanValue(ctx.reference ? relativeHijriYear(ctx.reference, month.value, modifier.value) : null));
  // Alone only after «شهر» or a position word: «رمضان», «رجب» are names too, «صفر» is zero.
  if (bare || (i > 0 && matchWithProclitic(lx.hijriMonthWords, L, i - 1)?.end === i)) return found(ctx, "DATE", i, month.end, extra);
  return null;
}

function relativeWeekday(ref: ReferenceDate, weekday: number, direction: number): string {
  const refWeekday = weekdayOf(ref.year, ref.month, ref.day);
  let delta = direction < 0 ? -((refWeekday - weekday + 7) % 7 || 7) : (weekday - refWeekday + 7) % 7 || 7;
  if (direction === 0) delta = 0;
  const day = addDays(ref, delta);
  return isoDate(day.year, day.month, day.day);
}

function isCapitalized(ctx: MatchContext, lexeme: Lexeme): boolean {
  const first = ctx.normalized[lexeme.start] ?? "";
  return first >= "A" && first <= "Z";
}

/** The day of the month lexeme k writes (one or two digits, 1 to `most`), or null. */
function dayNumberAt(L: readonly Lexeme[], k: number, most: number): number | null {
  const lexeme = L[k];
  if (lexeme?.kind !== "number" || !isDigits(lexeme.text, 1, 2)) return null;
  const day = Number(lexeme.text);
  return day >= 1 && day <= most ? day : null;
}

/** «20 أكتوبر 2024», «3 نوفمبر», «20 أكتوبر 24», «22 May 2025». `from` is where the match starts. */
function dayMonthAt(ctx: MatchContext, k: number, from: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const day = dayNumberAt(L, k, 31);
  if (day === null) return null;
  const named = lx.months.match(L, k + 1) ?? latinMonth(ctx, k + 1);
  if (!named) return null;
  const month = { value: named.value, end: pairedMonthEnd(ctx, named.value, named.end) };
  if (day > daysInMonth(2000, month.value)) return null;
  const year = yearAfterMonth(ctx, month.end, true);
  const parts: DateParts = { month: month.value, day, ...(year ? { year: year.year } : {}) };
  if (year && day > daysInMonth(year.year, month.value)) return null;
  // «19 أيلول الجاري», «3 مارس المقبل»: the month relative to the reference date.
  const modifier = year ? null : lx.modifiers.match(L, month.end);
  if (modifier) {
    const ref = ctx.reference;
    const value = ref ? relativeMonth(ref, month.value, modifier.value) : undefined;
    const dayValue = value !== undefined && day <= daysInMonth(Number(value.slice(0, 4)), month.value) ? `${value}-${String(day).padStart(2, "0")}` : undefined;
    return found(ctx, "DATE", from, modifier.end, { parts, ...(dayValue ? { value: dayValue } : {}) });
  }
  return dateFound(ctx, from, year ? year.next : month.end, parts);
}

/**
 * «28 و29 أكتوبر الجاري», «10-12 نوفمبر 2025», «من 10 إلى 12 نوفمبر»: days of one month, one
 * DATE; the value is the ISO 8601 interval of the first and last day when the last has one.
 */
const isAnd = (link: string): boolean => link === "و" || link === "and";
function dayRangeAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const first = L[i];
  if (first?.kind !== "number" || !isDigits(first.text, 1, 2)) return null;
  const link = lx.yearLinks.match(L, i + 1);
  if (!link || L[i + 1]!.text === "/") return null;
  const last = dayMonthAt(ctx, link.end, link.end);
  const day = Number(first.text);
  const lastDay = last?.match.parts?.day ?? 0;
  // «و» joins two days: a range only when they follow each other («3 و5 نوفمبر» are two dates).
  if (!last || day < 1 || day >= lastDay || (isAnd(L[i + 1]!.text) && lastDay !== day + 1)) return null;
  const value = last.match.value;
  const interval = typeof value === "string" && value.length === 10 ? `${value.slice(0, 8)}${String(day).padStart(2, "0")}/${value}` : undefined;
  return found(ctx, "DATE", i, last.next, interval === undefined ? {} : { value: interval });
}

function latinMonth(ctx: MatchContext, k: number): { value: number; end: number } | null {
  const L = ctx.lexemes;
  const lexeme = L[k];
  if (!lexeme || !isCapitalized(ctx, lexeme)) return null;
  const month = ctx.lexicon.latinMonths.match(L, k);
  if (!month) return null;
  // "Nov." takes its period along.
  return L[month.end]?.text === "." && glued(L[month.end - 1], L[month.end]) ? { value: month.value, end: month.end + 1 } : month;
}

/** A year after a month name: «2025», «من عام 2023», «, 2025», or a two-digit «24» right after it. */
function yearAfterMonth(ctx: MatchContext, k: number, allowTwoDigits: boolean): { year: number; next: number } | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const at = yearIndexAfter(ctx, k);
  const lexeme = L[at];
  if (lexeme?.kind !== "number") return null;
  // Not when the number is the start of something else: «يوليو 25 مليار دولار», «24%».
  const after = L[at + 1];
  if (after && (after.text === "%" || lx.scales.match(L, at + 1) || lx.currencyNames.match(L, at + 1) || after.text === ":")) return null;
  const next = pastGregorianEra(L, at);
  if (isDigits(lexeme.text, 4, 4)) return { year: Number(lexeme.text), next };
  if (allowTwoDigits && at === k && isDigits(lexeme.text, 2, 2)) {
    return { year: expandTwoDigitYear(Number(lexeme.text), ctx.reference), next };
  }
  return null;
}

/** "November 3, 2025", "Nov. 3". */
function latinMonthDayAt(ctx: MatchContext, i: number): Found | null {
  const L = ctx.lexemes;
  const month = latinMonth(ctx, i);
  if (!month) return null;
  const day = dayNumberAt(L, month.end, daysInMonth(2000, month.value));
  if (day === null) return null;
  const year = yearAfterMonth(ctx, month.end + 1, false);
  if (year && day > daysInMonth(year.year, month.value)) return null;
  return dateFound(ctx, i, year ? year.next : month.end + 1, { month: month.value, day, ...(year ? { year: year.year } : {}) });
}

/** «يوليو 2025», «نوفمبر الماضي», «في مارس». */
function monthAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const arabic = matchWithProclitic(lx.months, L, i);
  const latin = arabic ? null : latinMonth(ctx, i);
  const named = arabic ?? (latin ? { ...latin, prefixLength: 0 } : null);
  if (!named) return null;
  const month = { ...named, end: pairedMonthEnd(ctx, named.value, named.end) };
  // «30 فبراير 2024»: a day that does not fit its month voids the whole date.
  const before = L[i - 1];
  if (before?.kind === "number" && isDigits(before.text, 1, 2)) return null;
  const extra: MatchExtra =
    month.prefixLength > 0 ? { startOffset: L[i]!.start + month.prefixLength, prefixStart: L[i]!.start } : {};
  const year = yearAfterMonth(ctx, month.end, false);
  if (year) return dateFound(ctx, i, year.next, { year: year.year, month: month.value }, extra);
  if (arabic) {
    const pair = monthPairAt(ctx, month.value, month.end);
    if (pair) return found(ctx, "DATE", i, pair.end, { ...extra, ...(pair.value ? { value: pair.value } : {}) });
  }
  const modifier = lx.modifiers.match(L, month.end);
  if (modifier) {
    const value = ctx.reference ? relativeMonth(ctx.reference, month.value, modifier.value) : undefined;
    return found(ctx, "DATE", i, modifier.end, { ...extra, parts: { month: month.value }, ...(value ? { value } : {}) });
  }
  // «حزيران من العام الماضي»: the month of a year named relative to the reference.
  const of = lx.ofWords.match(L, month.end);
  const relativeYear = of ? relativeAt(ctx, of.end) : null;
  if (relativeYear && lx.relativeUnits.match(L, of!.end)?.value === "year") {
    const year = relativeYear.match.value;
    return found(ctx, "DATE", i, relativeYear.next, { ...extra, parts: { month: month.value }, ...(typeof year === "string" ? { value: isoDate(Number(year), month.value) } : {}) });
  }
  // A month name alone is a date after «في», «شهر», «منذ»…; its year is not written, so no value.
  if (i > 0 && matchWithProclitic(lx.monthTriggers, L, i - 1)?.end === i) {
    return found(ctx, "DATE", i, month.end, { ...extra, parts: { month: month.value } });
  }
  return null;
}

function relativeMonth(ref: ReferenceDate, month: number, direction: number): string {
  let year = ref.year;
  if (direction < 0 && month >= ref.month) year--;
  if (direction > 0 && month <= ref.month) year++;
  return isoDate(year, month);
}

/** «العام الماضي», «الشهر المقبل», «هذا العام», «أمس», «اليوم». */
function relativeAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx, reference: ref } = ctx;
  const day = matchWithProclitic(lx.relativeDays, L, i);
  if (day && !lx.modifiers.match(L, day.end)) {
    const target = ref ? addDays(ref, day.value) : null;
    // «أمس الاثنين»: the weekday names the same day (a value only when it agrees).
    const weekday = lx.weekdays.match(L, day.end);
    const agrees = target !== null && (!weekday || weekdayOf(target.year, target.month, target.day) === weekday.value);
    return found(ctx, "DATE", i, weekday ? weekday.end : day.end, {
      ...(day.prefixLength > 0 ? { startOffset: L[i]!.start + day.prefixLength, prefixStart: L[i]!.start } : {}),
      ...(target && agrees ? { value: isoDate(target.year, target.month, target.day) } : {}),
    });
  }
  const demonstrative = matchWithProclitic(lx.thisWords, L, i);
  const unitAt = demonstrative ? demonstrative.end : i;
  const unit = demonstrative ? { ...(lx.relativeUnits.match(L, unitAt) ?? { value: null, end: 0 }), prefixLength: 0 } : matchWithProclitic(lx.relativeUnits, L, i);
  if (!unit?.value) return null;
  let direction: number;
  let end: number;
  let fiscal: { end: number } | null = null;
  if (demonstrative) {
    direction = 0;
    end = unit.end;
  } else {
    // «السنة المالية الماضية»: a fiscal year, which starts in a month the text does not give.
    fiscal = unit.value === "year" ? lx.fiscalWords.match(L, unit.end) : null;
    const modifier = lx.modifiers.match(L, fiscal ? fiscal.end : unit.end);
    if (!modifier) return null;
    direction = modifier.value;
    end = modifier.end;
  }
  const value = ref && !fiscal ? relativeUnit(ref, unit.value, direction) : undefined;
  const prefixLength = demonstrative ? demonstrative.prefixLength : unit.prefixLength;
  return found(ctx, "DATE", i, end, {
    ...(prefixLength > 0 ? { startOffset: L[i]!.start + prefixLength, prefixStart: L[i]!.start } : {}),
    ...(value ? { value } : {}),
  });
}

function relativeUnit(ref: ReferenceDate, unit: "year" | "month" | "week", direction: number): string {
  if (unit === "year") return isoDate(ref.year + direction);
  if (unit === "month") {
    const index = ref.year * 12 + (ref.month - 1) + direction;
    return isoDate(Math.floor(index / 12), (index % 12) + 1);
  }
  return isoWeek(addDays(ref, 7 * direction));
}

/** «2019 و2023», «2019-2023», «2019 إلى 2023»: the second year of a pair is a year too. */
function followsYear(ctx: MatchContext, i: number): boolean {
  const { lexemes: L, lexicon: lx } = ctx;
  const link = L[i - 1];
  const first = L[i - 2];
  if (!link || first?.kind !== "number" || !isDigits(first.text, 4, 4)) return false;
  // Only when the first year is itself a date («بين عامي 2019 و2023», not «1999 و2000 موظف»).
  if (matchWithProclitic(lx.yearTriggers, L, i - 3)?.end !== i - 2 && !startsYearRange(ctx, i - 2)) return false;
  // The link may be glued to the year as a proclitic («و2023»).
  return lx.yearLinks.match(L, i - 1)?.end === i || (link.text === "و" && glued(link, L[i]));
}

/** «من 2020 إلى 2022», «2019-2023»: a year before a range link and a second year («و» is too weak here: «1999 و2000 موظف»). */
function startsYearRange(ctx: MatchContext, i: number): boolean {
  const { lexemes: L, lexicon: lx } = ctx;
  const link = lx.yearLinks.match(L, i + 1);
  if (!link || ["و", "and", "/"].includes(L[i + 1]!.text)) return false;
  const second = L[link.end];
  return second?.kind === "number" && isDigits(second.text, 4, 4) && Number(second.text) >= 1900 && Number(second.text) <= 2100;
}

/**
 * «عام 2025», «في 2030», «منذ عام 2019»: a bare year only after a trigger word. A year its
 * era word marks Hijri («1447 هـ», «عام 1446 للهجرة») needs none: its value is the interval
 * of its first and last Gregorian days.
 */
function yearAt(ctx: MatchContext, i: number): Found | null {
  const { lexemes: L, lexicon: lx } = ctx;
  const lexeme = L[i];
  if (lexeme?.kind !== "number" || !isDigits(lexeme.text, 4, 4)) return null;
  const year = Number(lexeme.text);
  const era = year <= HIJRI_YEARS.most ? lx.hijriEra.match(L, i + 1) : null;
  // After a Hijri month the year is the month's («30 رمضان 1446 هـ», no such day, is no date).
  const afterMonth = i > 0 && (lx.hijriMonths.match(L, i - 1)?.end === i || (i > 1 && lx.hijriMonths.match(L, i - 2)?.end === i));
  if (era && !afterMonth) {
    const first = hijriMonthSpan(year, 1);
    const last = hijriMonthSpan(year, 12);
    return found(ctx, "DATE", i, era.end, first && last ? { value: `${isoOf(first[0])}/${isoOf(last[1])}` } : {});
  }
  if (i === 0) return null;
  // «الفترة نفسها من 2025»: the year of the period compared with is a date too.
  const samePeriod = i > 1 && L[i - 1]!.text === "من" && lx.samePeriodWords.match(L, i - 2)?.end === i - 1;
  if (!samePeriod && matchWithProclitic(lx.yearTriggers, L, i - 1)?.end !== i && !followsYear(ctx, i) && !startsYearRange(ctx, i)) return null;
  // After «عام»/«سنة» any four-digit number is a year; after «في», «منذ», «بعد»… only a
  // plausible one («في 1500 مدينة» counts cities).
  const calendarNoun = matchWithProclitic(lx.yearWords, L, i - 1)?.end === i;
  if (year < (calendarNoun ? 1000 : 1900) || year > (calendarNoun ? 2999 : 2100)) return null;
  const after = L[i + 1];
  const next = after && after.text === "م" && glued(lexeme, after) ? i + 2 : i + 1;
  return dateFound(ctx, i, next, { year });
}
