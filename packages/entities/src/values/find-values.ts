import { normalizeWithEdits } from "@qalam/normalize";
import type { Entity, EntityType } from "../types.js";
import { parseReferenceDate, type DateParts } from "./calendar.js";
import { foldSameLength } from "./fold.js";
import { lex } from "./lexer.js";
import { lexicon } from "./lexicon.js";
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
}

/** A value entity with the DATE parts the text gave, for callers that want more than the ISO value. */
export interface ValueEntity extends Entity {
  parts?: DateParts;
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
 *
 * @example
 * findValues("استثمرت بـ10 مليارات دولار في يوليو 2025")
 * // [{ start: 10, end: 26, text: "10 مليارات دولار", type: "MONEY", prefix: "بـ",
 * //    value: { amount: 10000000000, currency: "USD" }, source: "value", confidence: 0.9 },
 * //  { start: 30, end: 39, text: "يوليو 2025", type: "DATE", value: "2025-07", … }]
 */
export function findValues(text: string, options: FindValuesOptions = {}): ValueEntity[] {
  if (typeof text !== "string") throw new TypeError("findValues: `text` must be a string");
  if (options === null || typeof options !== "object") throw new TypeError("findValues: `options` must be an object");
  const reference = parseReferenceDate(options.referenceDate);
  const types = options.types ? new Set(options.types) : null;
  const { text: normalized, edits } = normalizeWithEdits(text, "search");
  const lexemes = lex(foldSameLength(normalized));
  const ctx = { lexemes, normalized, lexicon: lexicon(), reference };
  const entities: ValueEntity[] = [];
  let i = 0;
  while (i < lexemes.length) {
    const hit = matchAt(ctx, i);
    if (!hit) {
      i++;
      continue;
    }
    i = hit.next;
    if (types && !types.has(hit.match.type)) continue;
    const entity = toEntity(text, hit.match, edits);
    if (entity) entities.push(entity);
  }
  return entities;
}

interface SpanMapper {
  mapSpanToSource(start: number, end: number): { start: number; end: number };
}

function toEntity(text: string, match: ValueMatch, edits: SpanMapper): ValueEntity | null {
  let { start, end } = edits.mapSpanToSource(match.start, match.end);
  const junk = LEADING_JUNK.exec(text.slice(start, end));
  if (junk) start += junk[0].length;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
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
