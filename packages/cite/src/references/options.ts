import monthData from "./data/months.json";
import regionData from "./data/regions.json";
import termData from "./data/terms.json";
import type { BidiMode, OutputFormat } from "./output.js";
import type { Direction } from "./text-utils.js";

/** The citation style: APA 7th, MLA 9th or Chicago 17th (notes and bibliography). */
export type CitationStyle = "apa" | "mla" | "chicago";
/** What to print: a bibliography entry, a Chicago full note, or an in-text citation (Chicago: the short note). */
export type CitationKind = "bibliography" | "note" | "in-text";
/** Gregorian month names of Arabic: Egypt/Gulf (يناير), Levant and Iraq (كانون الثاني), Algeria/Tunisia (جانفي), Morocco (يناير… غشت). */
export type MonthSystem = "gregorian-egypt" | "levant" | "maghreb" | "morocco";
/** Digits of dates, volume, issue and pages: Latin 0–9 or Arabic-Indic ٠–٩. */
export type Digits = "latn" | "arab";

/** Options of {@link formatCitation}. */
export interface FormatCitationOptions {
  style: CitationStyle;
  /** "ar" or "en", or a tag with a region ("ar-EG", "ar-LB", "en-US") that picks Arabic defaults. */
  locale: string;
  /** Default "text". */
  format?: OutputFormat;
  /** Default "bibliography". "note" exists for Chicago only. */
  kind?: CitationKind;
  /** Region whose defaults (month system, digits) apply: "EG", "ar-SA"… Overrides the locale tag's region. */
  region?: string;
  monthSystem?: MonthSystem;
  digits?: Digits;
  /** The quote pair around quoted titles. Arabic default « », English “ ”. */
  quotes?: readonly [string, string];
  /**
   * "auto" (default): isolates every field by its direction (RLI/LRI … PDI) and the entry as a
   * whole, except in an English entry whose fields are all left-to-right (no marks needed: output
   * identical to citeproc-js). "isolate": always. "none": no marks (for word processors).
   * HTML always uses `<bdi dir lang>` unless "none".
   */
  bidi?: BidiMode;
  /** Reduce Arabic given names to initials in APA (default false: «نبيل، محمد»). */
  arabicInitials?: boolean;
  /** "fallback" (default): a missing title prints «[دون عنوان]»/"[Untitled]", an invalid date "n.d."/«د.ت». "throw": a CiteError naming the field. */
  onMissing?: "fallback" | "throw";
}

export interface Terms {
  dir: Direction;
  comma: string;
  semicolon: string;
  colon: string;
  period: string;
  quotes: [string, string];
  innerQuotes: [string, string];
  punctuationInQuote: boolean;
  andPrefix: string;
  ampersandPrefix: string;
  etAl: string;
  noDate: string;
  retrieved: string;
  from: string;
  accessedMla: string;
  accessedChicagoBibliography: string;
  accessedChicagoNote: string;
  untitled: string;
  volume: string;
  issue: string;
  pages: string;
  page: string;
  ellipsis: string;
  brackets: [string, string];
  parens: [string, string];
  dateOrder: "month-day-year" | "day-month-year";
}

/** Everything a style needs, resolved once per call from the options. */
export interface StyleContext {
  style: CitationStyle;
  kind: CitationKind;
  language: "ar" | "en";
  lang: string;
  terms: Terms;
  quotes: readonly [string, string];
  innerQuotes: readonly [string, string];
  monthsLong: readonly string[];
  monthsShort: readonly string[];
  digits: Digits;
  format: OutputFormat;
  bidi: BidiMode;
  arabicInitials: boolean;
  onMissing: "fallback" | "throw";
  dropCommaAfterQuestion: boolean;
}

const TERMS = termData as unknown as Record<"ar" | "en", Terms>;
const MONTHS = monthData as unknown as Record<string, string[]>;
const REGIONS = regionData as unknown as Record<string, { monthSystem: MonthSystem; digits: Digits }>;

const STYLES: ReadonlySet<string> = new Set(["apa", "mla", "chicago"]);
const KINDS: ReadonlySet<string> = new Set(["bibliography", "note", "in-text"]);
const FORMATS: ReadonlySet<string> = new Set(["text", "html", "markdown"]);
const BIDI: ReadonlySet<string> = new Set(["auto", "isolate", "none"]);

function bad(name: string, value: unknown, allowed: string): TypeError {
  return new TypeError(`formatCitation: options.${name} must be ${allowed}, got ${typeof value === "string" ? JSON.stringify(value) : typeof value}`);
}

/** Resolved contexts are cached by their option values: building one is the only "setup" step. */
const cache = new Map<string, StyleContext>();

export function resolveOptions(options: FormatCitationOptions): StyleContext {
  if (options === null || typeof options !== "object") throw new TypeError("formatCitation: options must be an object");
  const { style, locale } = options;
  const kind = options.kind ?? "bibliography";
  const format = options.format ?? "text";
  const bidi = options.bidi ?? "auto";
  const onMissing = options.onMissing ?? "fallback";
  if (typeof style !== "string" || !STYLES.has(style)) throw bad("style", style, '"apa", "mla" or "chicago"');
  if (typeof locale !== "string" || !/^(?:ar|en)(?:[-_][a-z0-9]{2,8})*$/i.test(locale)) throw bad("locale", locale, '"ar", "en" or a tag such as "ar-EG"');
  if (!KINDS.has(kind)) throw bad("kind", kind, '"bibliography", "note" or "in-text"');
  if (kind === "note" && style !== "chicago") throw new TypeError(`formatCitation: options.kind "note" exists for style "chicago" only (APA and MLA use "in-text")`);
  if (!FORMATS.has(format)) throw bad("format", format, '"text", "html" or "markdown"');
  if (!BIDI.has(bidi)) throw bad("bidi", bidi, '"auto", "isolate" or "none"');
  if (onMissing !== "fallback" && onMissing !== "throw") throw bad("onMissing", onMissing, '"fallback" or "throw"');
  if (options.quotes !== undefined && (!Array.isArray(options.quotes) || options.quotes.length !== 2 || !options.quotes.every((q) => typeof q === "string")))
    throw bad("quotes", options.quotes, "a pair of strings");
  if (options.monthSystem !== undefined && !(options.monthSystem in MONTHS && !options.monthSystem.startsWith("en")))
    throw bad("monthSystem", options.monthSystem, '"gregorian-egypt", "levant", "maghreb" or "morocco"');
  if (options.digits !== undefined && options.digits !== "latn" && options.digits !== "arab") throw bad("digits", options.digits, '"latn" or "arab"');

  if (options.arabicInitials !== undefined && typeof options.arabicInitials !== "boolean") throw bad("arabicInitials", options.arabicInitials, "a boolean");
  // Every option is validated above, so the key below identifies the context exactly.
  const key = [style, locale, kind, format, bidi, onMissing, options.region, options.monthSystem, options.digits, options.quotes?.[0], options.quotes?.[1], options.arabicInitials].join("\u0000");
  const cached = cache.get(key);
  if (cached) return cached;

  const language = locale.slice(0, 2).toLowerCase() as "ar" | "en";
  let region: string;
  if (options.region !== undefined) {
    const m = typeof options.region === "string" ? /^(?:[a-z]{2,3}[-_])?([a-z]{2})$/i.exec(options.region) : null;
    if (!m) throw bad("region", options.region, 'a region such as "EG" or "ar-EG"');
    region = (m[1] ?? "").toUpperCase();
  } else {
    region = (/^[a-z]{2}[-_]([a-z]{2})(?:[-_]|$)/i.exec(locale)?.[1] ?? "").toUpperCase();
  }
  const defaults = REGIONS[region] ?? REGIONS.default ?? { monthSystem: "gregorian-egypt", digits: "latn" };
  const terms = TERMS[language];
  const monthSystem = options.monthSystem ?? defaults.monthSystem;
  const quotes: readonly [string, string] = options.quotes ? [options.quotes[0], options.quotes[1]] : terms.quotes;
  const ctx: StyleContext = {
    style,
    kind,
    language,
    lang: language === "ar" ? (region ? `ar-${region}` : "ar") : "en",
    terms,
    quotes,
    innerQuotes: innerQuotesFor(quotes, terms),
    monthsLong: language === "ar" ? (MONTHS[monthSystem] ?? []) : (MONTHS["en-long"] ?? []),
    monthsShort: language === "ar" ? (MONTHS[monthSystem] ?? []) : (MONTHS["en-short"] ?? []),
    digits: language === "ar" ? (options.digits ?? defaults.digits) : "latn",
    format,
    bidi,
    arabicInitials: options.arabicInitials ?? false,
    onMissing,
    dropCommaAfterQuestion: language === "ar",
  };
  if (cache.size > 256) cache.clear();
  cache.set(key, ctx);
  return ctx;
}

/** Quotes inside a quoted title: the locale's inner pair, or ‘ ’ when the outer pair already is “ ”. */
function innerQuotesFor(quotes: readonly [string, string], terms: Terms): readonly [string, string] {
  if (quotes[0] === terms.innerQuotes[0]) return ["\u2018", "\u2019"];
  return terms.innerQuotes;
}
