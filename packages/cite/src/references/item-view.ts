import type { CslItem } from "../csl-item.js";
import { CiteError } from "./errors.js";
import { readDate, printDate, type ReadDate } from "./dates.js";
import { readName, type NameParts } from "./names.js";
import type { EntryBuilder, FieldOptions } from "./output.js";
import type { StyleContext } from "./options.js";
import { smartQuotes } from "./quotes.js";
import { titleCase } from "./title-case.js";
import { cleanText, fieldDirection, hasRtl, localizeDigits, type Direction } from "./text-utils.js";
import { safeLink } from "./url.js";

const RTL_LANGUAGES = /^(?:ar|fa|ur|he|yi|ps|sd|ug|dv|ckb|ku-Arab)\b/i;

/** The item's fields, cleaned once, plus what the styles ask about them. */
export interface ItemView {
  type: string;
  title: string;
  titleTranslated: string;
  container: string;
  volume: string;
  issue: string;
  page: string;
  link: string;
  authors: NameParts[];
  issued: ReadDate;
  accessed: ReadDate;
  itemIsRtl: boolean;
  /** CSL title case applies (English locale, item language English or unknown). */
  titleCaseAllowed: boolean;
  language: string;
}

export function readItem(item: CslItem, ctx: StyleContext): ItemView {
  const language = cleanText(item.language);
  const authors: NameParts[] = [];
  if (Array.isArray(item.author)) {
    for (const name of item.author as unknown[]) {
      const parts = readName(name);
      if (parts) authors.push(parts);
    }
  }
  const title = cleanText(item.title);
  const view: ItemView = {
    type: cleanText(item.type) || "article-newspaper",
    title,
    titleTranslated: cleanText(item["title-translated"]),
    container: cleanText(item["container-title"]),
    volume: cleanText(item.volume),
    issue: cleanText(item.issue),
    page: cleanText(item.page).replace(/(\d)\s*[-\u2010-\u2013]+\s*(\d)/g, "$1\u2013$2"),
    link: safeLink(item.URL, item.DOI),
    authors,
    issued: readDate(item.issued),
    accessed: readDate(item.accessed),
    itemIsRtl: RTL_LANGUAGES.test(language),
    titleCaseAllowed: ctx.language === "en" && (!language || /^en\b/i.test(language)),
    language,
  };
  if (ctx.onMissing === "throw") {
    if (!view.title) throw new CiteError("title", "formatCitation: the item has no title");
    if (view.issued.kind === "invalid") throw new CiteError("issued", `formatCitation: invalid issued date (${view.issued.reason})`);
    if (view.accessed.kind === "invalid") throw new CiteError("accessed", `formatCitation: invalid accessed date (${view.accessed.reason})`);
  }
  return view;
}

/** Direction and language tag of a field's text. */
export function fieldLang(text: string, item: ItemView, ctx: StyleContext): { dir: Direction; lang: string } {
  const dir = fieldDirection(text, item.itemIsRtl, ctx.terms.dir);
  if (dir === "rtl") return { dir, lang: item.itemIsRtl ? item.language : "ar" };
  if (!hasRtl(text) && item.language && !item.itemIsRtl) return { dir, lang: item.language };
  return { dir, lang: ctx.terms.dir === "ltr" && !item.itemIsRtl ? ctx.lang : "en" };
}

export function addField(b: EntryBuilder, text: string, item: ItemView, ctx: StyleContext, extra: Partial<FieldOptions> = {}): boolean {
  // A straight apostrophe inside a word prints as ’ in every field, as citeproc-js does.
  const printed = text.includes("'") ? text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, "\u2019") : text;
  const { dir, lang } = fieldLang(printed, item, ctx);
  return b.field(printed, { dir, lang, italic: extra.italic, quoted: extra.quoted, href: extra.href });
}

/** A field generated in the entry's own language (dates, terms): the locale's direction. */
export function addLocalField(b: EntryBuilder, text: string, ctx: StyleContext): boolean {
  return b.field(text, { dir: ctx.terms.dir, lang: ctx.lang });
}

/** The title as printed: typographic quotes, title case when the style asks and the item allows. */
export function titleText(item: ItemView, ctx: StyleContext, options: { titleCase: boolean; nested: boolean }): string {
  const raw = item.title;
  if (!raw) return "";
  let text = smartQuotes(raw, ctx.quotes, ctx.innerQuotes, options.nested);
  if (options.titleCase && item.titleCaseAllowed && !hasRtl(text)) text = titleCase(text);
  return text;
}

/** Adds the title (or the locale's "[Untitled]") and the bracketed translation when there is one. */
export function addTitle(b: EntryBuilder, item: ItemView, ctx: StyleContext, options: { titleCase: boolean; quoted: boolean; italic: boolean }): void {
  const text = titleText(item, ctx, { titleCase: options.titleCase, nested: options.quoted });
  if (text) addField(b, text, item, ctx, { quoted: options.quoted, italic: options.italic });
  else b.lit(ctx.terms.untitled);
  // The translation is for readers of the entry's language: only when the title is in another one.
  const titleLanguage = item.language ? item.language.slice(0, 2).toLowerCase() : hasRtl(item.title) ? "ar" : "en";
  if (item.titleTranslated && titleLanguage !== ctx.language) {
    b.lit(" " + ctx.terms.brackets[0]);
    addField(b, item.titleTranslated, item, ctx);
    b.lit(ctx.terms.brackets[1]);
  }
}

export type DateForm = "apa" | "long" | "short" | "year";

/** A date as the style prints it in the entry's locale, or "" when missing/invalid. */
export function dateText(date: ReadDate, ctx: StyleContext, form: DateForm): string {
  if (date.kind === "literal") return date.text;
  if (date.kind !== "parts") return "";
  if (ctx.language === "ar") {
    const parts = form === "year" ? { year: date.parts.year } : date.parts;
    return localizeDigits(printDate(parts, ctx.monthsLong, "day-month-year"), ctx.digits);
  }
  if (form === "apa") return printDate(date.parts, ctx.monthsLong, "year-month-day");
  if (form === "year") return String(date.parts.year);
  if (form === "short") return printDate(date.parts, ctx.monthsShort, "day-month-year");
  return printDate(date.parts, ctx.monthsLong, "month-day-year");
}

export function yearText(date: ReadDate, ctx: StyleContext): string {
  if (date.kind === "literal") return date.text;
  if (date.kind !== "parts") return "";
  return localizeDigits(String(date.parts.year), ctx.digits);
}

export function hasDate(date: ReadDate): boolean {
  return date.kind === "parts" || date.kind === "literal";
}

/** Adds a date field, which may be a literal date in another script. */
export function addDate(b: EntryBuilder, text: string, date: ReadDate, item: ItemView, ctx: StyleContext): void {
  if (date.kind === "literal") addField(b, text, item, ctx);
  else addLocalField(b, text, ctx);
}

export function addLink(b: EntryBuilder, item: ItemView): void {
  b.field(item.link, { dir: "ltr", lang: "und", href: item.link });
}

export function numberText(text: string, ctx: StyleContext): string {
  return ctx.language === "ar" ? localizeDigits(text, ctx.digits) : text;
}
