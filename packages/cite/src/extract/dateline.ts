import { calendarNames } from "./calendar-names.js";
import { gregorianToHijri, hijriToGregorian } from "@qalam/entities";
import { digitsValue, foldKey, requireString } from "./text-scan.js";
import type { TextSpan } from "./types.js";

/** Options of {@link parseDateline}. */
export interface ParseDatelineOptions {
  /**
   * `"gregorian"` (default): only Gregorian dates; a date marked Hijri (هـ) gives null.
   * `"hijri"`: Hijri month names (محرم … ذو الحجة) and dates marked هـ are read too and
   * converted to Gregorian with the Umm al-Qura calendar (`Intl` "islamic-umalqura");
   * the Hijri date itself is returned in `hijri`.
   */
  calendar?: "gregorian" | "hijri";
  /** Order of all-numeric dates such as 03/11/2025: day first (default, as Arab sites print) or month first. */
  numericOrder?: "dmy" | "mdy";
  /**
   * How many words that are not part of the date, time, weekday or a dateline label
   * («نشر في», «آخر تحديث», «بتوقيت») the text may hold, e.g. a city or a byline.
   * More than this and the text is not a dateline: null. Default 4.
   */
  maxOtherWords?: number;
}

/** A parsed dateline. Every span points into the text passed to {@link parseDateline}. */
export interface Dateline {
  /** ISO 8601 Gregorian date, as precise as the text: "2024-10-20" or "2024-10". */
  date: string;
  /** 24-hour "HH:MM" when the text gives a clock time (ص/م and صباحًا/مساءً applied). */
  time?: string;
  /** Day of the week the text names, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`); it agrees with `date`. */
  weekday?: number;
  /** The Hijri date as written ("1446-04-17"), when the text gave one (only with `calendar: "hijri"`). */
  hijri?: string;
  /** From the first to the last recognized part (date, time, weekday). */
  start: number;
  end: number;
  spans: { date: TextSpan; time?: TextSpan; weekday?: TextSpan; hijri?: TextSpan };
}

type Token =
  | { kind: "num"; start: number; end: number; value: number; digits: number }
  | { kind: "word"; start: number; end: number; key: string }
  | { kind: "punct"; start: number; end: number; char: string };

type Item =
  | { kind: "num"; start: number; end: number; value: number; digits: number; used: boolean; era?: "gregorian" | "hijri" }
  | { kind: "numdate"; start: number; end: number; parts: [Token & { kind: "num" }, Token & { kind: "num" }, Token & { kind: "num" }]; era?: "gregorian" | "hijri" }
  | { kind: "month"; start: number; end: number; month: number; calendar: "gregorian" | "hijri" }
  | { kind: "time"; start: number; end: number; hour: number; minute: number; marker?: string }
  | { kind: "weekday"; start: number; end: number; weekday: number }
  | { kind: "sep"; start: number; end: number; char: string };

interface Core {
  calendar: "gregorian" | "hijri";
  year: number;
  month: number;
  day?: number;
  span: TextSpan;
}

// Digits, letter runs, or any other single character: linear, no backtracking. Runs are read
// in chunks of at most 4096 (an unbounded `+` overflowed the regex stack on a 6.8 M-letter run)
// and adjacent chunks of the same kind are joined back into one token.
const TOKEN = /\p{Nd}{1,4096}|[\p{L}\p{M}]{1,4096}|\S/gu;
const STARTS_WITH_DIGIT = /^\p{Nd}/u;
const STARTS_WITH_LETTER = /^[\p{L}\p{M}]/u;

/** "digits", "letters" or "other": which alternative of TOKEN a match came from. */
function runKind(chunk: string): "digits" | "letters" | "other" {
  return STARTS_WITH_DIGIT.test(chunk) ? "digits" : STARTS_WITH_LETTER.test(chunk) ? "letters" : "other";
}
const DEFAULT_MAX_OTHER_WORDS = 4;
const NO_DATE = null;

/**
 * The tokens of `text`, read on demand: `tokenAt(i)` tokenizes only up to token `i`, so a
 * parse that gives up early (too many words for a dateline) never reads a long text to its end.
 */
function tokenizeDateline(text: string): (index: number) => Token | undefined {
  const tokens: Token[] = [];
  // Where the next token search starts: kept here, as the shared global pattern's lastIndex
  // may be moved by another parse between two reads.
  let position = 0;
  let done = false;
  return (index) => {
    while (!done && tokens.length <= index) {
      TOKEN.lastIndex = position;
      const m = TOKEN.exec(text);
      if (m === null) {
        done = true;
        break;
      }
      const start = m.index;
      let end = start + m[0].length;
      if (m[0].length >= 4096) {
        // A chunk this long may go on: join the next chunks while they are the same kind of run.
        const kind = runKind(m[0]);
        for (;;) {
          TOKEN.lastIndex = end;
          const next = TOKEN.exec(text);
          if (next === null || next.index !== end || runKind(next[0]) !== kind) break;
          end += next[0].length;
        }
      }
      position = end;
      const raw = text.slice(start, end);
      const value = digitsValue(raw);
      if (!Number.isNaN(value)) tokens.push({ kind: "num", start, end, value, digits: raw.length });
      else if (/^[\p{L}\p{M}]/u.test(raw)) tokens.push({ kind: "word", start, end, key: foldKey(raw) });
      else tokens.push({ kind: "punct", start, end, char: raw });
    }
    return index >= 0 ? tokens[index] : undefined;
  };
}

function isPunct(t: Token | undefined, chars: string): t is Token & { kind: "punct" } {
  return t !== undefined && t.kind === "punct" && chars.includes(t.char);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * Parses an Arabic (or English) dateline as news sites print it and returns the
 * Gregorian date, as precise as the text, with the time of day and weekday, or null
 * when the text is not a dateline, the date does not exist (31 فبراير), the named
 * weekday contradicts the date, or anything is ambiguous. It never returns a guess.
 *
 * Reads both digit systems (20 / ٢٠), both commas (, ،), weekdays, ص/م and
 * صباحًا/مساءً/ظهرًا/ليلًا, two-digit years (00–68 → 20xx, 69–99 → 19xx, as POSIX `%y`),
 * month names with or without hamza, the Egyptian/Gulf (أكتوبر), Levantine (تشرين الأول),
 * Maghrebi (شتنبر) and English month names, paired names («أكتوبر/تشرين الأول»),
 * numeric dates (20/10/2024, 2024-10-20) and, with `{ calendar: "hijri" }`, Hijri dates.
 *
 * @example
 * parseDateline("11:02 ص, الأحد, 20 أكتوبر 24")
 * // → { date: "2024-10-20", time: "11:02", weekday: 0, start: 0, end: 28, spans: {…} }
 * @throws {TypeError} when `text` is not a string or `options` not an object.
 */
export function parseDateline(text: string, options: ParseDatelineOptions = {}): Dateline | null {
  requireString(text, "text");
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const calendar = options.calendar === "hijri" ? "hijri" : "gregorian";
  const maxOtherWords = options.maxOtherWords ?? DEFAULT_MAX_OTHER_WORDS;
  const tokenAt = tokenizeDateline(text);

  // Pass 1: tokens → items (numbers, numeric dates, months, times, weekdays); count other words.
  const items: Item[] = [];
  let otherWords = 0;
  // Counted as items appear, to stop reading a long text as soon as the answer is null: a
  // dateline has one time, one weekday and at most two dates, and every date takes one
  // numeric date or one or two month names, so more than six of those is never one.
  let counted = 0;
  let dateItems = 0;
  let timeItems = 0;
  let weekdayItems = 0;
  for (let i = 0; tokenAt(i) !== undefined; i++) {
    for (; counted < items.length; counted++) {
      const kind = items[counted]!.kind;
      if (kind === "month" || kind === "numdate") dateItems++;
      else if (kind === "time") timeItems++;
      else if (kind === "weekday") weekdayItems++;
    }
    if (dateItems > 6 || timeItems > 1 || weekdayItems > 1) return NO_DATE;
    const t = tokenAt(i)!;
    if (t.kind === "num") {
      const colon = tokenAt(i + 1);
      const minutes = tokenAt(i + 2);
      if (isPunct(colon, ":") && adjacent(t, colon) && minutes?.kind === "num" && adjacent(colon, minutes)) {
        if (t.digits > 2 || minutes.digits !== 2) return NO_DATE;
        let last: Token = minutes;
        const colon2 = tokenAt(i + 3);
        const seconds = tokenAt(i + 4);
        if (isPunct(colon2, ":") && adjacent(minutes, colon2) && seconds?.kind === "num" && adjacent(colon2, seconds)) {
          if (seconds.digits !== 2 || seconds.value > 59) return NO_DATE;
          last = seconds;
          i += 2;
        }
        if (t.value > 23 || minutes.value > 59) return NO_DATE;
        items.push({ kind: "time", start: t.start, end: last.end, hour: t.value, minute: minutes.value });
        i += 2;
        continue;
      }
      const sep = tokenAt(i + 1);
      const b = tokenAt(i + 2);
      const sep2 = tokenAt(i + 3);
      const c = tokenAt(i + 4);
      if (
        isPunct(sep, "/-.") && adjacent(t, sep) && b?.kind === "num" && adjacent(sep, b) &&
        sep2?.kind === "punct" && sep2.char === sep.char && adjacent(b, sep2) && c?.kind === "num" && adjacent(sep2, c)
      ) {
        const more = tokenAt(i + 5);
        // «1.2.3.4» or «20/10/2024/5» is not a date.
        if (isPunct(more, sep.char) && adjacent(c, more) && tokenAt(i + 6)?.kind === "num") return NO_DATE;
        items.push({ kind: "numdate", start: t.start, end: c.end, parts: [t, b, c] });
        i += 4;
        continue;
      }
      items.push({ kind: "num", start: t.start, end: t.end, value: t.value, digits: t.digits, used: false });
      continue;
    }
    if (t.kind === "punct") {
      items.push({ kind: "sep", start: t.start, end: t.end, char: t.char });
      continue;
    }
    // A word: a two-word month name first («تشرين الأول», «ربيع الآخر»), then one word.
    const next = tokenAt(i + 1);
    if (next?.kind === "word") {
      const pair = `${t.key} ${next.key}`;
      const month2 = calendarNames().GREGORIAN_MONTHS.get(pair) ?? (calendar === "hijri" ? calendarNames().HIJRI_MONTHS.get(pair) : undefined);
      if (month2 !== undefined) {
        const isHijri = !calendarNames().GREGORIAN_MONTHS.has(pair);
        items.push({ kind: "month", start: t.start, end: next.end, month: month2, calendar: isHijri ? "hijri" : "gregorian" });
        i += 1;
        continue;
      }
    }
    const prev = items[items.length - 1];
    if (prev?.kind === "time" && prev.marker === undefined && isTimeMarker(t.key)) {
      prev.marker = t.key;
      prev.end = t.end;
      continue;
    }
    if ((prev?.kind === "num" || prev?.kind === "numdate") && prev.era === undefined) {
      const era = calendarNames().GREGORIAN_ERA.has(t.key) ? "gregorian" : calendarNames().HIJRI_ERA.has(t.key) ? "hijri" : undefined;
      if (era !== undefined) {
        prev.era = era;
        continue;
      }
    }
    const month = calendarNames().GREGORIAN_MONTHS.get(t.key) ?? (calendar === "hijri" ? calendarNames().HIJRI_MONTHS.get(t.key) : undefined);
    if (month !== undefined) {
      const isHijri = !calendarNames().GREGORIAN_MONTHS.has(t.key);
      items.push({ kind: "month", start: t.start, end: t.end, month, calendar: isHijri ? "hijri" : "gregorian" });
      continue;
    }
    const weekday = calendarNames().WEEKDAYS.get(t.key);
    if (weekday !== undefined) {
      items.push({ kind: "weekday", start: t.start, end: t.end, weekday });
      continue;
    }
    // Too many other words is final (the count only grows): stop reading a long text here.
    if (!calendarNames().DATELINE_LABELS.has(t.key) && ++otherWords > maxOtherWords) return NO_DATE;
  }

  // Pass 2: assemble dates around month names and numeric dates.
  const content = items.filter((it) => it.kind !== "sep");
  const cores: Core[] = [];
  for (let k = 0; k < content.length; k++) {
    const it = content[k]!;
    if (it.kind === "numdate") {
      const core = numericCore(it, options.numericOrder ?? "dmy", calendar);
      if (core === null) return NO_DATE;
      cores.push(core);
    } else if (it.kind === "month") {
      let monthItem = it;
      const at = k;
      // «أكتوبر/تشرين الأول», «تشرين الأول (أكتوبر)»: two names of one month.
      const twin = content[k + 1];
      if (twin?.kind === "month" && onlySeparatorsBetween(items, it, twin)) {
        if (twin.month !== it.month || twin.calendar !== it.calendar) return NO_DATE;
        monthItem = { ...it, end: twin.end };
        k++;
      }
      const core = monthCore(content, at, monthItem);
      if (core === null) return NO_DATE;
      cores.push(core);
    }
    // More than two dates is final: stopping here keeps the per-month work below to three
    // months, so a text of 10,000 dates costs linear time, not 10,000 scans of the list.
    if (cores.length > 2) return NO_DATE;
  }
  // Every number must belong to a date; any other one makes the text ambiguous.
  for (const it of content) if (it.kind === "num" && !it.used) return NO_DATE;
  const times = content.filter((it) => it.kind === "time");
  const weekdays = content.filter((it) => it.kind === "weekday");
  if (times.length > 1 || weekdays.length > 1 || cores.length === 0 || cores.length > 2) return NO_DATE;

  const resolved = resolveCores(cores, calendar);
  if (resolved === null) return NO_DATE;
  const { year, month, day } = resolved.gregorian;

  const spans: Dateline["spans"] = { date: resolved.span };
  let clock: string | undefined;
  const time = times[0];
  if (time !== undefined) {
    const hour = applyMarker(time.hour, time.marker);
    if (hour === null) return NO_DATE;
    clock = `${pad2(hour)}:${pad2(time.minute)}`;
    spans.time = { start: time.start, end: time.end };
  }
  const weekday = weekdays[0];
  if (weekday !== undefined) {
    if (day !== undefined && weekdayOf(year, month, day) !== weekday.weekday) return NO_DATE;
    spans.weekday = { start: weekday.start, end: weekday.end };
  }
  if (resolved.hijri !== undefined) spans.hijri = resolved.hijri.span;
  let start = resolved.span.start;
  let end = resolved.span.end;
  for (const span of Object.values(spans)) {
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  // Properties in reading order: the values first, then where they are.
  const result: Dateline = {
    date: isoDate(year, month, day),
    ...(clock !== undefined ? { time: clock } : {}),
    ...(weekday !== undefined ? { weekday: weekday.weekday } : {}),
    ...(resolved.hijri !== undefined ? { hijri: resolved.hijri.iso } : {}),
    start,
    end,
    spans,
  };
  return result;
}

function isTimeMarker(key: string): boolean {
  return calendarNames().AM_MARKERS.has(key) || calendarNames().PM_MARKERS.has(key) || calendarNames().NOON_MARKERS.has(key) || calendarNames().NIGHT_MARKERS.has(key);
}

/** The 24-hour hour for a clock hour and its marker, or null when they contradict (15:00 ص). */
function applyMarker(hour: number, marker: string | undefined): number | null {
  if (marker === undefined) return hour;
  if (calendarNames().AM_MARKERS.has(marker)) {
    if (hour > 12) return null;
    return hour === 12 ? 0 : hour;
  }
  if (calendarNames().PM_MARKERS.has(marker)) {
    if (hour === 0) return null;
    return hour < 12 ? hour + 12 : hour;
  }
  if (calendarNames().NOON_MARKERS.has(marker)) return hour < 6 ? hour + 12 : hour; // 1 ظهرًا = 13:00, 11 ظهرًا = 11:00
  if (hour === 12) return 0; // 12 ليلًا = midnight
  return hour >= 6 && hour < 12 ? hour + 12 : hour; // 9 ليلًا = 21:00, 2 ليلًا = 02:00
}

function onlySeparatorsBetween(items: Item[], a: Item, b: Item): boolean {
  for (const it of items) {
    if (it.start >= a.end && it.end <= b.start && (it.kind !== "sep" || !"/-–()".includes(it.char))) return false;
  }
  return true;
}

function expandYear(value: number, digits: number): number | null {
  if (digits === 4) return value >= 1000 ? value : null;
  if (digits === 2) return value <= 68 ? 2000 + value : 1900 + value;
  return null;
}

function monthCore(content: Item[], k: number, month: Item & { kind: "month" }): Core | null {
  let day: (Item & { kind: "num" }) | undefined;
  let year: (Item & { kind: "num" }) | undefined;
  const prev = content[k - 1];
  if (prev?.kind === "num" && !prev.used && prev.digits <= 2 && prev.value >= 1 && prev.value <= 31) day = prev;
  // The month may have absorbed its twin: the item after it in `content` follows the twin.
  // Items are in text order: the search starts at the month itself, not at the beginning.
  let after = -1;
  for (let i = k; i < content.length; i++) {
    if (content[i]!.start >= month.end) {
      after = i;
      break;
    }
  }
  const first = after >= 0 ? content[after] : undefined;
  if (first?.kind === "num" && !first.used) {
    if (day !== undefined) {
      if (first.digits === 4 || first.digits === 2) year = first;
    } else if (first.digits === 4) {
      year = first;
    } else if (first.digits <= 2) {
      // English order: «October 20, 2024».
      const second = content[after + 1];
      if (second?.kind === "num" && !second.used && second.digits === 4 && first.value >= 1) {
        day = first;
        year = second;
      }
    }
  }
  if (year === undefined) return null;
  const y = expandYear(year.value, year.digits);
  if (y === null) return null;
  if (year.era !== undefined && year.era !== month.calendar) return null;
  year.used = true;
  if (day !== undefined) day.used = true;
  const start = Math.min(month.start, day?.start ?? month.start);
  const end = Math.max(year.end, month.end, day?.end ?? 0);
  const core: Core = { calendar: month.calendar, year: y, month: month.month, span: { start, end } };
  if (day !== undefined) core.day = day.value;
  return core;
}

function numericCore(it: Item & { kind: "numdate" }, order: "dmy" | "mdy", calendar: "gregorian" | "hijri"): Core | null {
  const [a, b, c] = it.parts;
  let year: number | null;
  let month: number;
  let day: number;
  if (a.digits === 4) {
    year = a.value;
    month = b.value;
    day = c.value;
    if (b.digits > 2 || c.digits > 2) return null;
  } else {
    if (a.digits > 2 || b.digits > 2) return null;
    year = expandYear(c.value, c.digits);
    month = order === "dmy" ? b.value : a.value;
    day = order === "dmy" ? a.value : b.value;
  }
  if (year === null) return null;
  const era = it.era ?? "gregorian";
  if (era === "hijri" && calendar !== "hijri") return null;
  return { calendar: era, year, month, day, span: { start: it.start, end: it.end } };
}

interface Resolved {
  gregorian: { year: number; month: number; day?: number };
  span: TextSpan;
  hijri?: { iso: string; span: TextSpan };
}

function resolveCores(cores: Core[], calendar: "gregorian" | "hijri"): Resolved | null {
  const gregorian = cores.filter((c) => c.calendar === "gregorian");
  const hijri = cores.filter((c) => c.calendar === "hijri");
  if (gregorian.length > 1 || hijri.length > 1) return null;
  const g = gregorian[0];
  const h = hijri[0];
  if (h !== undefined && calendar !== "hijri") return null;
  if (g !== undefined && !validGregorian(g)) return null;
  let hijriResult: Resolved["hijri"];
  let converted: { year: number; month: number; day?: number } | undefined;
  if (h !== undefined) {
    if (h.month < 1 || h.month > 12) return null;
    if (h.day === undefined) {
      // A Hijri month and year («رمضان 1446») spans two Gregorian months: no single ISO month.
      if (g === undefined) return null;
      hijriResult = { iso: `${pad4(h.year)}-${pad2(h.month)}`, span: h.span };
    } else {
      const ymd = hijriToGregorian({ year: h.year, month: h.month, day: h.day });
      if (ymd === null) return null;
      converted = ymd;
      hijriResult = { iso: `${pad4(h.year)}-${pad2(h.month)}-${pad2(h.day)}`, span: h.span };
    }
  }
  if (g !== undefined) {
    // «17 ربيع الآخر 1446 هـ الموافق 20 أكتوبر 2024»: both must name the same day (±1 for
    // the difference between sighting and the Umm al-Qura tables).
    if (converted !== undefined && converted.day !== undefined && g.day !== undefined) {
      const diff = Math.abs(dayNumber(converted.year, converted.month, converted.day) - dayNumber(g.year, g.month, g.day));
      if (diff > 1) return null;
    }
    const out: Resolved = { gregorian: { year: g.year, month: g.month, ...(g.day !== undefined ? { day: g.day } : {}) }, span: g.span };
    if (hijriResult !== undefined) out.hijri = hijriResult;
    return out;
  }
  if (converted === undefined || hijriResult === undefined || h === undefined) return null;
  // Check the round trip: the converted day must map back to the written Hijri date.
  const back = gregorianToHijri({ year: converted.year, month: converted.month, day: converted.day! });
  if (back === null || back.day !== h.day) return null;
  return { gregorian: converted, span: h.span, hijri: hijriResult };
}

function validGregorian(c: Core): boolean {
  if (c.month < 1 || c.month > 12) return false;
  if (c.day === undefined) return true;
  return c.day >= 1 && c.day <= daysInMonth(c.year, c.month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (proleptic Gregorian, UTC), safe for years below 100 too. */
function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / 86_400_000);
}

function weekdayOf(year: number, month: number, day: number): number {
  return (((dayNumber(year, month, day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  return String(n).padStart(4, "0");
}

function isoDate(year: number, month: number, day: number | undefined): string {
  const ym = `${pad4(year)}-${pad2(month)}`;
  return day === undefined ? ym : `${ym}-${pad2(day)}`;
}
