import { sentences, tokenize } from "@qalam/tokenize";
import type { Entity } from "./types.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!);
}

function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** Characters that may continue a Latin run between its letters («Allen & Co», «GPT-4.5»). */
function isRunJoiner(code: number): boolean {
  return code === 0x20 || code === 0x26 || code === 0x2e || code === 0x2d || code === 0x27 || code === 0x2019 || isDigit(code);
}

/**
 * Escapes `text` and isolates every Latin run (a letter, then letters, digits and in-name
 * punctuation, ending on a letter or digit) in `<bdi dir="ltr" lang="en">`, so a brand
 * name inside Arabic keeps its order whatever surrounds it.
 */
function isolateLatin(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    if (!isLatinLetter(text.charCodeAt(i))) {
      const from = i;
      while (i < text.length && !isLatinLetter(text.charCodeAt(i))) i++;
      out += escapeHtml(text.slice(from, i));
      continue;
    }
    const from = i;
    let lastSolid = i; // last letter or digit of the run
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (isLatinLetter(code) || isDigit(code)) lastSolid = i;
      else if (!isRunJoiner(code)) break;
      i++;
    }
    out += `<bdi dir="ltr" lang="en">${escapeHtml(text.slice(from, lastSolid + 1))}</bdi>`;
    i = lastSolid + 1;
  }
  return out;
}

/** Callers from plain JavaScript may pass anything: say which argument is wrong. */
function checkArray(value: unknown): void {
  if (!Array.isArray(value)) throw new TypeError("entities must be an array");
}

/** Entities that can be rendered: inside the text, sorted, not overlapping (others are skipped). */
function usable(text: string, entities: readonly Entity[]): Entity[] {
  checkArray(entities);
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let last = 0;
  for (const entity of sorted) {
    const { start, end } = entity;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < last || end <= start || end > text.length) continue;
    out.push(entity);
    last = end;
  }
  return out;
}

/**
 * Renders `text` as HTML with each entity in
 * `<mark data-type="ORG" data-id="org:microsoft" title="Microsoft">…</mark>` and every
 * Latin run isolated in `<bdi dir="ltr" lang="en">`. All text and attribute values are
 * escaped; entities that overlap an earlier one or fall outside the text are skipped.
 * Wrap the result in an element with `dir="rtl" lang="ar"` for Arabic text.
 */
export function toHtml(text: string, entities: readonly Entity[]): string {
  if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
  let out = "";
  let at = 0;
  for (const entity of usable(text, entities)) {
    out += isolateLatin(text.slice(at, entity.start));
    let attributes = ` data-type="${escapeHtml(String(entity.type))}"`;
    if (entity.id !== undefined) attributes += ` data-id="${escapeHtml(entity.id)}"`;
    const title = entity.canonical ?? (typeof entity.value === "string" ? entity.value : entity.value !== undefined ? JSON.stringify(entity.value) : undefined);
    if (title !== undefined) attributes += ` title="${escapeHtml(title)}"`;
    out += `<mark${attributes}>${isolateLatin(text.slice(entity.start, entity.end))}</mark>`;
    at = entity.end;
  }
  return out + isolateLatin(text.slice(at));
}

/** One token with its BIO tag. */
export interface BioToken {
  start: number;
  end: number;
  text: string;
  /** "O", or "B-TYPE" / "I-TYPE" */
  tag: string;
}

/**
 * BIO tags per token (from @qalam/tokenize; spaces dropped), one array per sentence.
 * A token that an entity boundary cuts («ب|مايكروسوفت») is split there, so every
 * entity is a whole number of tokens and a proclitic gets its own `O` token.
 */
export function toBio(text: string, entities: readonly Entity[]): BioToken[][] {
  if (typeof text !== "string") throw new TypeError(`text must be a string, got ${typeof text}`);
  const list = usable(text, entities);
  const cuts = new Set<number>();
  for (const e of list) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const result: BioToken[][] = [];
  let e = 0;
  for (const sentence of sentences(text)) {
    const rows: BioToken[] = [];
    for (const token of tokenize(text.slice(sentence.start, sentence.end), { clitics: false })) {
      if (token.kind === "space") continue;
      const start = token.start + sentence.start;
      const end = token.end + sentence.start;
      let from = start;
      for (let i = start + 1; i <= end; i++) {
        if (i !== end && !cuts.has(i)) continue;
        while (e < list.length && list[e]!.end <= from) e++;
        const entity = list[e];
        const inside = entity !== undefined && entity.start <= from && from < entity.end;
        const tag = inside ? `${from === entity.start ? "B" : "I"}-${entity.type}` : "O";
        const piece = text.slice(from, i);
        if (piece.trim() !== "") rows.push({ start: from, end: i, text: piece, tag });
        from = i;
      }
    }
    if (rows.length > 0) result.push(rows);
  }
  return result;
}

/** CoNLL text: one `token<TAB>tag` line per token, a blank line between sentences. */
export function toConll(text: string, entities: readonly Entity[]): string {
  return toBio(text, entities)
    .map((rows) => rows.map((row) => `${row.text.replace(/[\t\n\r]/gu, " ")}\t${row.tag}`).join("\n"))
    .join("\n\n") + "\n";
}

/** Entities as JSON text (the plain objects, one per line inside an array). */
export function toJson(entities: readonly Entity[]): string {
  checkArray(entities);
  return `[\n${entities.map((entity) => JSON.stringify(entity)).join(",\n")}\n]\n`;
}
