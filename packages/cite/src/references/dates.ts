import { cleanText } from "./text-utils.js";

/** A date read from a CSL date: parts that are present are valid. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

export type ReadDate =
  | { kind: "parts"; parts: DateParts }
  | { kind: "literal"; text: string }
  | { kind: "missing" }
  | { kind: "invalid"; reason: string };

function toInt(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value === "string" && /^\s*-?\d{1,5}\s*$/.test(value)) return Number(value);
  return undefined;
}

function describe(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : typeof value;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return (DAYS_IN_MONTH[month - 1] ?? 31) + (leap ? 1 : 0);
}

function fromParts(y: unknown, m: unknown, d: unknown): ReadDate {
  const year = toInt(y);
  if (year === undefined || year < 1 || year > 9999) return { kind: "invalid", reason: `year ${describe(y)}` };
  const parts: DateParts = { year };
  if (m === undefined || m === null || m === "" || m === 0) return { kind: "parts", parts };
  const month = toInt(m);
  if (month === undefined || month < 1 || month > 12) return { kind: "invalid", reason: `month ${describe(m)}` };
  parts.month = month;
  if (d === undefined || d === null || d === "" || d === 0) return { kind: "parts", parts };
  const day = toInt(d);
  if (day === undefined || day < 1 || day > daysInMonth(year, month)) return { kind: "invalid", reason: `day ${describe(d)}` };
  parts.day = day;
  return { kind: "parts", parts };
}

/**
 * Reads a CSL date: `date-parts` (numbers or numeric strings), else `raw` in ISO 8601 form
 * (YYYY, YYYY-MM, YYYY-MM-DD, with an optional time that is ignored), else `literal` (printed as
 * written). Anything else, or an impossible date (month 13, 30 February), is "invalid".
 */
export function readDate(value: unknown): ReadDate {
  if (value === undefined || value === null) return { kind: "missing" };
  if (typeof value === "string") return readDate({ raw: value });
  if (typeof value !== "object") return { kind: "invalid", reason: "not an object" };
  const date = value as Record<string, unknown>;
  const dateParts = date["date-parts"];
  if (Array.isArray(dateParts)) {
    const first: unknown = dateParts[0];
    if (Array.isArray(first) && first.length > 0) return fromParts(first[0], first[1], first[2]);
    if (dateParts.length === 0 || (Array.isArray(first) && first.length === 0)) return { kind: "missing" };
    return { kind: "invalid", reason: "date-parts" };
  }
  if (typeof date.raw === "string" && date.raw.trim()) {
    const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.+\-Z]*)?\s*$/.exec(date.raw);
    if (m) return fromParts(m[1], m[2], m[3]);
    return { kind: "invalid", reason: `raw "${date.raw.slice(0, 40)}"` };
  }
  const literal = cleanText(date.literal);
  if (literal) return { kind: "literal", text: literal };
  return { kind: "missing" };
}

export type DatePattern = "year-month-day" | "month-day-year" | "day-month-year";

/** Prints date parts with the given month names and order; digits stay ASCII (localized later). */
export function printDate(parts: DateParts, months: readonly string[], pattern: DatePattern): string {
  const y = String(parts.year);
  if (parts.month === undefined) return y;
  const month = months[parts.month - 1] ?? String(parts.month);
  if (parts.day === undefined) return pattern === "year-month-day" ? `${y}, ${month}` : `${month} ${y}`;
  const d = String(parts.day);
  switch (pattern) {
    case "year-month-day":
      return `${y}, ${month} ${d}`;
    case "month-day-year":
      return `${month} ${d}, ${y}`;
    case "day-month-year":
      return `${d} ${month} ${y}`;
  }
}
