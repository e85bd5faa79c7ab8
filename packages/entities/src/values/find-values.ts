import { normalizeWithEdits } from "@qalam/normalize";
import type { Entity, EntityType } from "../types.js";
import { parseReferenceDate, type DateParts } from "./calendar.js";
import { lexicon } from "./lexicon.js";
import { windowStart } from "./anchors.js";
import { LexemeWindow, scanLexemes, type KnownWords, type LexemeTable } from "./lexeme-table.js";
import { matchAt, type ValueMatch } from "./matchers.js";

export interface FindValuesOptions {
  /**
   * The date the text was written (ISO 8601, "2025-11-05" or a full timestamp).
   * Resolves relative dates («العام الماضي», «نوفمبر الماضي», «أمس») and dates
   * written without a year («يوم الاثنين 3 نوفمبر»). Without it those are still
   * found, but carry no value.
   */
  referenceDate?: string;
  /** Only these types (default: MONEY, PERCENT, DATE, TIME). */
  types?: readonly EntityType[];
  /**
   * `normalizeWithEdits(text, "search")` of this same text, when the caller has
   * already computed it (a tagger that also matches names): saves normalizing twice.
   * With `words`, the words of that text the caller has found (see {@link KnownWords}),
   * the text is not split into words twice either.
   */
  normalized?: { text: string; edits: SpanMapper; words?: KnownWords };
}

/** A value entity with the DATE parts the text gave, for callers that want more than the ISO value. */
export interface ValueEntity extends Entity {
  parts?: DateParts;
}

/** The matchers' window, its objects kept from call to call (findValues never runs inside itself). */
const WINDOW = new LexemeWindow();

/** A candidate further than this past the lexed text starts a fresh window. */
const WINDOW_GAP = 64;

/** Lexemes the matchers see from a candidate on: more than the longest expression («الخميس، 22 تشرين الثاني من عام 2025 م»). */
const WINDOW_AHEAD = 16;

/** Index of the first lexeme of the table at or after `offset`, searching back from lexeme `from`. */
function firstLexemeFrom(table: LexemeTable, offset: number, from: number): number {
  let k = from;
  while (k > 0 && table.starts[k - 1]! >= offset) k--;
  return k;
}

// Marks that normalization deletes and that may sit between a proclitic and
// the expression («بِـ10»): they belong to the prefix, never to the span.
const LEADING_JUNK = /^[\u0640\p{Mn}\u200B-\u200F\u2066-\u2069\s]+/u;

/**
 * Finds MONEY, PERCENT, DATE and TIME expressions and their normalized values.
 *
 * Spans are UTF-16 offsets into `text` and exclude glued proclitics, which go
 * to `prefix` («بـ10 مليارات دولار» → span «10 مليارات دولار», prefix «بـ»).
 * Trigger words are not part of a span either («عام 2025» → «2025», «الساعة 3
 * عصرًا» → «3 عصرًا», «نسبة 20%» → «20%»). Matching runs on the text
 * normalized by @qalam/normalize's "search" preset, so hamza, diacritics,
 * tatweel and Arabic-Indic digits do not matter.
 *
 * A value is given only when the text makes it certain: vague amounts
 * («عشرات المليارات من الدولارات»), bare currency names shared by several
 * currencies («ريال», «دينار»), dates without a year or relative dates without
 * `referenceDate`, and hours without am/pm are found but carry no `value`.
 * `confidence` is 0.9 with a value, 0.7 without. The rules and the data files
 * are described in `data/values/README.md`.
 *
 * @example
 * findValues("استثمرت بـ10 مليارات دولار في يوليو 2025")
 * // [{ start: 10, end: 26, text: "10 مليارات دولار", type: "MONEY", prefix: "بـ",
 * //    value: { amount: 10000000000, currency: "USD" }, source: "value", confidence: 0.9 },
 * //  { start: 30, end: 40, text: "يوليو 2025", type: "DATE", value: "2025-07",
 * //    parts: { year: 2025, month: 7 }, source: "value", confidence: 0.9 }]
 */
export function findValues(text: string, options: FindValuesOptions = {}): ValueEntity[] {
  if (typeof text !== "string") throw new TypeError("findValues: `text` must be a string");
  if (options === null || typeof options !== "object") throw new TypeError("findValues: `options` must be an object");
  const reference = parseReferenceDate(options.referenceDate);
  const types = options.types ? new Set(options.types) : null;
  const given = options.normalized;
  if (given !== undefined && (typeof given !== "object" || given === null || typeof given.text !== "string")) {
    throw new TypeError("findValues: `options.normalized` must be the result of normalizeWithEdits(text, \"search\")");
  }
  if (given?.words !== undefined && (typeof given.words !== "object" || given.words === null || !(given.words.starts instanceof Int32Array))) {
    throw new TypeError("findValues: `options.normalized.words` must be KnownWords (Int32Array starts, ends, ids and facts)");
  }
  const { text: normalized, edits } = given ?? normalizeWithEdits(text, "search");
  const lx = lexicon();
  const table = scanLexemes(normalized, lx.anchors, given?.words);
  const entities: ValueEntity[] = [];
  // Everything before `consumed` (normalized offsets) belongs to an earlier match.
  let consumed = 0;
  // The matchers see a window of lexemes around each candidate: from two
  // white-space-separated chunks before it (the trigger word of «عام 2025», the
  // proclitic of «بـ10») to WINDOW_AHEAD lexemes after it. A window grows while
  // candidates are close together and restarts after a gap, so what lies behind
  // a candidate depends on the candidates before it; `lexedTo` is where the window ends in the text.
  const window = WINDOW;
  window.restart(0);
  let lexedTo = 0;
  for (let n = 0; n < table.anchorCount; n++) {
    const anchor = table.anchors[n]!;
    const offset = table.starts[anchor]!;
    if (offset < consumed) continue;
    if (offset - lexedTo > WINDOW_GAP || window.lexemes.length === 0) {
      window.restart(firstLexemeFrom(table, windowStart(normalized, offset, 0), anchor));
    }
    const end = Math.min(table.count, anchor + WINDOW_AHEAD);
    if (window.first + window.lexemes.length < end) {
      window.extendTo(table, end);
      // Where a lexer reading this window would have stopped: after its last lexeme, or at the end of the text.
      lexedTo = anchor + WINDOW_AHEAD <= table.count ? table.ends[end - 1]! : normalized.length;
    }
    const hit = matchAt({ lexemes: window.lexemes, normalized, lexicon: lx, reference }, anchor - window.first);
    if (!hit) continue;
    consumed = hit.match.end;
    if (types && !types.has(hit.match.type)) continue;
    const entity = toEntity(text, hit.match, edits);
    if (entity) entities.push(entity);
  }
  window.release();
  return entities;
}

/** The part of @qalam/normalize's Edits that findValues uses. */
export interface SpanMapper {
  mapSpanToSource(start: number, end: number): { start: number; end: number };
}

/**
 * A Latin or Arabic letter or digit: neither white space nor a mark nor tatweel,
 * so the regular expressions around a span need not look at it (nearly every span
 * starts and ends with one).
 */
function isPlainLetterOrDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x0621 && code <= 0x063f) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x0660 && code <= 0x0669)
  );
}

function toEntity(text: string, match: ValueMatch, edits: SpanMapper): ValueEntity | null {
  let { start, end } = edits.mapSpanToSource(match.start, match.end);
  if (!isPlainLetterOrDigit(text.charCodeAt(start))) {
    const junk = LEADING_JUNK.exec(text.slice(start, end));
    if (junk) start += junk[0].length;
  }
  while (end > start && !isPlainLetterOrDigit(text.charCodeAt(end - 1)) && /\s/u.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const entity: ValueEntity = { start, end, text: text.slice(start, end), type: match.type };
  if (match.prefixStart !== undefined) {
    const prefixStart = edits.mapSpanToSource(match.prefixStart, match.start).start;
    if (prefixStart < start) entity.prefix = text.slice(prefixStart, start);
  }
  if (match.value !== undefined) entity.value = match.value;
  if (match.parts) entity.parts = match.parts;
  entity.source = "value";
  entity.confidence = match.value !== undefined ? 0.9 : 0.7;
  return entity;
}
