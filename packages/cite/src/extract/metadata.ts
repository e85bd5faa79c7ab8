import type { Entity } from "@qalam/entities";
import type { CslDate, CslItem, CslName } from "../csl-item.js";
import { parseDateline } from "./dateline.js";
import type { Dateline, ParseDatelineOptions } from "./dateline.js";
import metadataWords from "./data/metadata-words.json";
import { entitiesOf, isOutletEntity } from "./entity-tags.js";
import { lazy } from "../lazy.js";
import { parseName } from "../names.js";
import { foldPhrase, requireString, scanWords, splitLines, trimSpan } from "./text-scan.js";
import type { Line } from "./text-scan.js";
import type { TextSpan } from "./types.js";

/** Options of {@link extractMetadata}: any CSL field given here wins over what the text says. */
export interface ExtractMetadataOptions {
  id?: string;
  title?: string;
  /** Authors as CSL names, or as plain strings split into given/family names. */
  author?: Array<CslName | string>;
  /** The publication date: a CSL date or an ISO 8601 string ("2024-10-20"). */
  issued?: CslDate | string;
  /** When the article was read: a CSL date or an ISO 8601 string. */
  accessed?: CslDate | string;
  "container-title"?: string;
  publisher?: string;
  URL?: string;
  language?: string;
  /** Options passed on to {@link parseDateline} (e.g. `{ calendar: "hijri" }`). */
  dateline?: ParseDatelineOptions;
  /** Entities of `articleText` tagged already (a pipeline's); otherwise `tagEntities` runs. */
  entities?: readonly Entity[];
}

/** Where each extracted field was found: spans into the article text. */
export interface MetadataSpans {
  title?: TextSpan;
  /** One span per author name. */
  author?: TextSpan[];
  issued?: TextSpan;
  time?: TextSpan;
  "container-title"?: TextSpan;
  "original-source"?: TextSpan;
}

/** The `custom` block of an extracted item. */
export interface MetadataCustom {
  /** Where each field found in the text came from. Fields supplied in options have no span. */
  spans: MetadataSpans;
  /** Time of day of the dateline, "HH:MM". */
  time?: string;
  /** The outlet a syndicated or translated piece comes from («المصدر: نيويورك تايمز»). */
  "original-source"?: string;
  /** The Hijri date the dateline gave, when parsed with `dateline: { calendar: "hijri" }`. */
  "issued-hijri"?: string;
  [key: string]: unknown;
}

/** A CSL-JSON item of type "article-newspaper" with the provenance of each field in `custom.spans`. */
export interface ArticleMetadata extends CslItem {
  type: "article-newspaper";
  custom: MetadataCustom;
}

const TOP_LINES = 12;
const BOTTOM_LINES = 6;
const MAX_TITLE_WORDS = 25;
const MAX_BYLINE_NAME_WORDS = 5;
const MAX_CREDIT_WORDS = 6;
const MAX_DATELINE_LINE_WORDS = 16;

// Folded on first use (see ../lazy.ts), not at import.
const labelIndexes = lazy(() => ({
  byline: labelIndex(metadataWords.byline),
  source: labelIndex(metadataWords.originalSource),
  outlet: labelIndex(metadataWords.outlet),
}));

/** Folded label phrases, longest first, so «كتب بواسطة» wins over «كتب». */
function labelIndex(list: readonly string[]): string[][] {
  return list.map((l) => foldPhrase(l).split(" ")).sort((a, b) => b.length - a.length);
}

/**
 * Reads the citation metadata of a raw Arabic news article: the headline (first line,
 * without a trailing site name such as «| مصراوي»), the byline («كتب: …», «بقلم …»,
 * «– محمد نبيل», or a line that is just a person's name), the dateline (via
 * {@link parseDateline}) and credit lines («المصدر: نيويورك تايمز» → the original
 * source, «خاص: …»/«حصري لـ…» → the publishing outlet). Returns a CSL-JSON item of type
 * "article-newspaper" with `language: "ar"`, `URL`/`accessed` when given, the time of
 * day in `custom.time` and where each field came from in `custom.spans`. Fields not
 * found are absent, never invented; any field in `options` overrides the text.
 *
 * @example
 * extractMetadata("عنوان الخبر | مصراوي\nكتب: محمد نبيل\n11:02 ص, الأحد, 20 أكتوبر 24\n…")
 * // → { type: "article-newspaper", title: "عنوان الخبر", author: [{ given: "محمد", family: "نبيل" }],
 * //     issued: { "date-parts": [[2024, 10, 20]] }, "container-title": "مصراوي", language: "ar",
 * //     custom: { time: "11:02", spans: { … } } }
 * @throws {TypeError} when `articleText` is not a string or `options` not an object.
 */
export function extractMetadata(articleText: string, options: ExtractMetadataOptions = {}): ArticleMetadata {
  requireString(articleText, "articleText");
  if (options === null || typeof options !== "object") throw new TypeError("options must be an object");
  const text = articleText;
  const lines = splitLines(text).filter((l) => l.trimmed.start < l.trimmed.end);
  const top = lines.slice(0, TOP_LINES);
  const bottom = lines.slice(Math.max(TOP_LINES, lines.length - BOTTOM_LINES));
  const custom: MetadataCustom = { spans: {} };
  const item: ArticleMetadata = { type: "article-newspaper", language: "ar", custom };
  const used = new Set<Line>();

  // Credit lines first: they must not be read as a title or a byline.
  for (const line of [...top, ...bottom]) {
    const credit = readCredit(text, line);
    if (credit === null) continue;
    used.add(line);
    if (credit.kind === "outlet" && item["container-title"] === undefined) {
      item["container-title"] = credit.value;
      custom.spans["container-title"] = credit.span;
    } else if (credit.kind === "source" && custom["original-source"] === undefined) {
      custom["original-source"] = credit.value;
      custom.spans["original-source"] = credit.span;
    }
  }

  // Dateline: the first short line near the top (then the bottom) that parses.
  for (const line of [...top, ...bottom]) {
    if (used.has(line)) continue;
    if (scanWords(text, line.trimmed.start, line.trimmed.end, MAX_DATELINE_LINE_WORDS + 1).length > MAX_DATELINE_LINE_WORDS) continue;
    const parsed = parseDatelineSafely(text.slice(line.trimmed.start, line.trimmed.end), options.dateline);
    if (parsed === null) continue;
    used.add(line);
    const offset = line.trimmed.start;
    item.issued = { "date-parts": [parsed.date.split("-").map(Number)] };
    custom.spans.issued = shift(parsed.spans.date, offset);
    if (parsed.time !== undefined && parsed.spans.time !== undefined) {
      custom.time = parsed.time;
      custom.spans.time = shift(parsed.spans.time, offset);
    }
    if (parsed.hijri !== undefined) custom["issued-hijri"] = parsed.hijri;
    break;
  }

  // Title: the first remaining line, unless it is a byline.
  let entityList: readonly Entity[] | undefined;
  const entitiesOnce = (): readonly Entity[] => (entityList ??= entitiesOf(text, options.entities));
  let titleLine: Line | undefined;
  for (const line of top) {
    if (used.has(line) || readByline(text, line, entitiesOnce, true) !== null) continue;
    titleLine = line;
    break;
  }
  if (titleLine !== undefined) {
    const title = readTitle(text, titleLine, entitiesOnce);
    if (title !== null) {
      used.add(titleLine);
      item.title = text.slice(title.span.start, title.span.end);
      custom.spans.title = title.span;
      if (title.site !== undefined && item["container-title"] === undefined) {
        item["container-title"] = text.slice(title.site.start, title.site.end);
        custom.spans["container-title"] = title.site;
      }
    }
  }

  // Byline: a labelled or dashed name line, or a bare name line, near the top.
  for (const line of top) {
    if (used.has(line)) continue;
    const names = readByline(text, line, entitiesOnce, line !== titleLine);
    if (names === null) continue;
    item.author = names.map((span) => parseName(text.slice(span.start, span.end)));
    custom.spans.author = names;
    break;
  }

  applyOptions(item, options);
  return inReadingOrder(item);
}

const FIELD_ORDER = ["id", "type", "title", "author", "issued", "container-title", "publisher", "URL", "accessed", "language"];

/** The same item with its properties in the order a reference reads (then any others, then custom). */
function inReadingOrder(item: ArticleMetadata): ArticleMetadata {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (item[key] !== undefined) ordered[key] = item[key];
  for (const [key, value] of Object.entries(item)) if (!(key in ordered) && key !== "custom") ordered[key] = value;
  const { spans, ...customValues } = item.custom;
  const orderedSpans: Record<string, unknown> = {};
  for (const key of SPAN_ORDER) if (spans[key] !== undefined) orderedSpans[key] = spans[key];
  ordered.custom = { ...customValues, spans: orderedSpans };
  return ordered as ArticleMetadata;
}

const SPAN_ORDER = ["title", "author", "issued", "time", "container-title", "original-source"] as const;

function shift(span: TextSpan, offset: number): TextSpan {
  return { start: span.start + offset, end: span.end + offset };
}

function parseDatelineSafely(line: string, options: ParseDatelineOptions | undefined): Dateline | null {
  return parseDateline(line, options ?? {});
}

interface Credit {
  kind: "source" | "outlet";
  value: string;
  span: TextSpan;
}

/**
 * «المصدر: نيويورك تايمز», «نقلًا عن رويترز», «خاص: إيجيبت14», «حصري لـ مصراوي»: a short
 * line that starts with a credit label. A one-word label needs a colon or dash after it
 * (or «لـ» for «خاص لـ…»), so a sentence that merely begins with «خاص» is not a credit.
 */
function readCredit(text: string, line: Line): Credit | null {
  // Only the label's words are needed: a long line is not folded to its end.
  const words = scanWords(text, line.trimmed.start, line.trimmed.end, Math.max(longestLabel(labelIndexes().source), longestLabel(labelIndexes().outlet)));
  for (const [kind, labels] of [["source", labelIndexes().source], ["outlet", labelIndexes().outlet]] as const) {
    const label = matchLabel(words.map((w) => w.key), labels);
    if (label === 0) continue;
    const labelEnd = words[label - 1]!.end;
    let rest = labelEnd;
    let marked = label > 1;
    while (rest < line.trimmed.end) {
      const c = text[rest]!;
      if (c === ":" || c === "-" || c === "–" || c === "—") marked = true;
      else if (c !== " " && c !== "\t" && c !== "\u00a0") break;
      rest++;
    }
    // «خاص لـ مصراوي», «حصري لمصراوي»: the preposition belongs to the label.
    if (!marked && (text[rest] === "ل" || text[rest] === "ب")) {
      marked = kind === "outlet";
      rest++;
      while (rest < line.trimmed.end && (text[rest] === "ـ" || text[rest] === " ")) rest++;
    }
    if (!marked) continue;
    const span = trimSpan(text, rest, line.trimmed.end);
    const valueWords = scanWords(text, span.start, span.end, MAX_CREDIT_WORDS + 1).length;
    if (valueWords === 0 || valueWords > MAX_CREDIT_WORDS) continue;
    return { kind, value: text.slice(span.start, span.end), span };
  }
  return null;
}

/** Word count of the longest label of a list (sorted longest first). */
function longestLabel(labels: readonly string[][]): number {
  return labels[0]?.length ?? 0;
}

/** How many leading words form one of the labels (0 when none does). */
function matchLabel(keys: readonly string[], labels: readonly string[][]): number {
  for (const label of labels) {
    if (label.length <= keys.length && label.every((k, i) => keys[i] === k)) return label.length;
  }
  return 0;
}

interface Title {
  span: TextSpan;
  site?: TextSpan;
}

const SITE_SEPARATORS: readonly string[] = metadataWords.siteSuffixSeparators.filter((s) => s !== "«" && s !== "»");

/**
 * The headline of a line: without a trailing «| Site» (any short name) or «- Site» (a
 * known outlet or a Latin-only name). A line longer than a headline is a lede: then its
 * first sentence, if short enough, else nothing.
 */
function readTitle(text: string, line: Line, entities: () => readonly Entity[]): Title | null {
  let { start, end } = line.trimmed;
  let site: TextSpan | undefined;
  const cut = siteSuffix(text, start, end, entities);
  if (cut !== null) {
    site = cut.site;
    end = cut.titleEnd;
  }
  if (scanWords(text, start, end, MAX_TITLE_WORDS + 1).length > MAX_TITLE_WORDS) {
    const sentenceEnd = firstSentenceEnd(text, start, end);
    if (sentenceEnd === -1) return null;
    end = sentenceEnd;
    if (scanWords(text, start, end, MAX_TITLE_WORDS + 1).length > MAX_TITLE_WORDS) return null;
    site = undefined;
  }
  ({ start, end } = trimSpan(text, start, end));
  if (start === end) return null;
  return site === undefined ? { span: { start, end } } : { span: { start, end }, site };
}

function siteSuffix(text: string, start: number, end: number, entities: () => readonly Entity[]): { titleEnd: number; site: TextSpan } | null {
  // The last separator surrounded by spaces.
  for (let i = end - 2; i > start; i--) {
    if (text[i - 1] !== " ") continue;
    const sep = SITE_SEPARATORS.find((s) => text.startsWith(s, i) && text[i + s.length] === " ");
    if (sep === undefined) continue;
    const site = trimSpan(text, i + sep.length, end);
    // A site name has at most 5 words and a title at least 3: no need to fold further.
    const siteWords = scanWords(text, site.start, site.end, 6);
    const titleWords = scanWords(text, start, i, 3);
    if (titleWords.length < 3 || siteWords.length === 0) return null;
    // "No character outside the class" rather than `^[…]+$`: no backtracking stack on a huge word.
    const latinOnly = siteWords.every((w) => !/[^\p{Script=Latin}\p{Nd}]/u.test(w.text));
    const outlet = entities().some((e) => e.start <= site.start && e.end >= site.end && isOutletEntity(e));
    const ok = sep === "|" || sep === "::" ? siteWords.length <= 5 : siteWords.length <= 4 && (outlet || (latinOnly && siteWords.length <= 3));
    return ok ? { titleEnd: i, site } : null;
  }
  return null;
}

/** End (after the mark) of the first sentence in [start, end), or -1. Ellipses («..») do not end one. */
function firstSentenceEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "." && (text[i + 1] === "." || text[i - 1] === ".")) continue;
    if ((c === "." || c === "!" || c === "?" || c === "؟") && (i + 1 === end || text[i + 1] === " ")) return i + 1;
  }
  return -1;
}

/**
 * A byline: «كتب: محمد نبيل», «بقلم محمد نبيل وأحمد علي», «– محمد نبيل», or (when
 * `allowBare`) a line that is only a 2–4 word name
 * tagged PERSON by @qalam/entities (its given-name list included). Returns one span per author, or null.
 */
function readByline(text: string, line: Line, entities: () => readonly Entity[], allowBare: boolean): TextSpan[] | null {
  // Enough words for the longest label and to tell a 2–4 word bare name from a longer line.
  const words = scanWords(text, line.trimmed.start, line.trimmed.end, Math.max(5, longestLabel(labelIndexes().byline)));
  if (words.length === 0) return null;
  const label = matchLabel(words.map((w) => w.key), labelIndexes().byline);
  let nameStart = -1;
  if (label > 0) {
    nameStart = words[label - 1]!.end;
  } else {
    const first = text[line.trimmed.start];
    if (first === "-" || first === "–" || first === "—") nameStart = line.trimmed.start + 1;
  }
  if (nameStart >= 0) {
    // Skip «:», «-» and spaces after the label; the names run to the end of the line or a «|».
    let end = line.trimmed.end;
    for (let i = nameStart; i < end; i++) {
      if (text.charCodeAt(i) === 0x7c) {
        end = i; // «|»
        break;
      }
    }
    const names = splitNames(text, nameStart, end, entities);
    return names.length > 0 ? names : null;
  }
  if (!allowBare || words.length < 2 || words.length > 4) return null;
  // A bare name: only letters and spaces on the line.
  for (let i = line.trimmed.start; i < line.trimmed.end; i++) {
    if (!/[\p{L}\p{M} ]/u.test(text[i]!)) return null;
  }
  const person = entities().some(
    (e) => e.type === "PERSON" && e.start <= line.trimmed.start + 1 && e.end >= line.trimmed.end - 1,
  );
  if (!person) return null;
  return [{ start: line.trimmed.start, end: line.trimmed.end }];
}

/**
 * «محمد نبيل وأحمد علي، سارة حسن» → three name spans; each name 2–5 words of letters.
 */
function splitNames(text: string, start: number, end: number, entities: () => readonly Entity[]): TextSpan[] {
  const spans: TextSpan[] = [];
  const words = scanWords(text, start, end);
  let current: typeof words = [];
  let skipGapBefore = -1;
  const flush = (): boolean => {
    if (current.length === 0) return true;
    if (current.length < 2 || current.length > MAX_BYLINE_NAME_WORDS) return false;
    spans.push({ start: current[0]!.start, end: current[current.length - 1]!.end });
    current = [];
    return true;
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (/[^\p{L}\p{M}]/u.test(w.text)) return []; // a word with a digit is not part of a name
    const between = k > 0 && k !== skipGapBefore ? text.slice(words[k - 1]!.end, w.start) : "";
    const separator = between.includes("،") || between.includes(",") || between.includes("&");
    // Inside a name only spaces separate the words («A:A», «محمد.نبيل» are not names).
    if (!separator && between.trim() !== "") return [];
    if (separator && !flush()) return [];
    // An abbreviated title before a name («د. محمد نبيل», «أ/ سارة حسن») is not part of it.
    if (current.length === 0 && w.text.length === 1 && k + 1 < words.length && /^\s*[./]/u.test(text.slice(w.end, w.end + 2))) {
      skipGapBefore = k + 1;
      continue;
    }
    if (!separator && k > 0 && w.key === "و") {
      if (!flush()) return [];
      continue;
    }
    if (!separator && current.length >= 2 && w.text.startsWith("و") && w.text.length > 2 && gluedConjunction(w, words[k + 1], entities())) {
      // «وأحمد علي»: the conjunction is glued to the next author's given name.
      if (!flush()) return [];
      current.push({ ...w, start: w.start + 1, text: w.text.slice(1) });
      continue;
    }
    current.push(w);
  }
  return flush() ? spans : [];
}

/**
 * Whether the «و» glued to a byline word is the conjunction «and» before a new name
 * («وأحمد علي») and not the first letter of one («وليد»): the tagger reads a person
 * right after the «و» and not at the «و», or another word follows that would complete the
 * new name.
 */
function gluedConjunction(word: { start: number }, next: unknown, entities: readonly Entity[]): boolean {
  if (entities.some((e) => e.type === "PERSON" && e.start === word.start)) return false;
  return next !== undefined || entities.some((e) => e.type === "PERSON" && e.start === word.start + 1);
}

function applyOptions(item: ArticleMetadata, options: ExtractMetadataOptions): void {
  const spans = item.custom.spans;
  if (options.id !== undefined) item.id = options.id;
  if (options.title !== undefined) {
    item.title = options.title;
    delete spans.title;
  }
  if (options.author !== undefined) {
    item.author = options.author.map((a) => (typeof a === "string" ? parseName(a) : a));
    delete spans.author;
  }
  if (options.issued !== undefined) {
    item.issued = toCslDate(options.issued);
    delete spans.issued;
  }
  if (options.accessed !== undefined) item.accessed = toCslDate(options.accessed);
  if (options["container-title"] !== undefined) {
    item["container-title"] = options["container-title"];
    delete spans["container-title"];
  }
  if (options.publisher !== undefined) item.publisher = options.publisher;
  if (options.URL !== undefined) item.URL = options.URL;
  if (options.language !== undefined) item.language = options.language;
}

/** An ISO 8601 date string ("2024-10-20", "2024-10", "2024") as a CSL date; anything else as `raw`. */
function toCslDate(value: CslDate | string): CslDate {
  if (typeof value !== "string") return value;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (m === null) return { raw: value };
  const parts = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined).map(Number);
  return { "date-parts": [parts] };
}
