import { normalize } from "@qalam/normalize";
import type { TextSpan } from "./types.js";

/**
 * Small text helpers shared by the dateline, metadata and attribution extractors.
 * They never change the text: every index they report points into the caller's string.
 */

/** A run of letters, combining marks, digits or tatweel, with its offsets and folded key. */
export interface Word extends TextSpan {
  text: string;
  /** Folded form used for dictionary lookups (see {@link foldKey}). */
  key: string;
}

// One character class, repeated at most 4096 times: each character is visited once (linear
// time), and the bound keeps the regex engine's backtracking stack small — an unbounded `+`
// overflowed the call stack on a 1.7 MB run of letters without a space.
const WORD_CHUNK = /[\p{L}\p{M}\p{Nd}]{1,4096}/gu;
// The same chunk, sticky: it only matches right where the previous chunk ended, so testing
// whether a word goes on costs one character, not a search for the next word.
const WORD_CHUNK_GOES_ON = /[\p{L}\p{M}\p{Nd}]{1,4096}/uy;

/**
 * Every word in `text` (or in `text.slice(from, to)`), in order; at most `max` words (callers
 * that only test a line's length stop early instead of folding a whole 100k-word line).
 */
export function scanWords(text: string, from = 0, to = text.length, max = Infinity): Word[] {
  const words: Word[] = [];
  WORD_CHUNK.lastIndex = from;
  for (let m = WORD_CHUNK.exec(text); m !== null && m.index < to && words.length < max; m = WORD_CHUNK.exec(text)) {
    let end = m.index + m[0].length;
    // A word longer than one chunk goes on in the next match: join the adjacent chunks.
    WORD_CHUNK_GOES_ON.lastIndex = end;
    while (WORD_CHUNK_GOES_ON.test(text)) end = WORD_CHUNK_GOES_ON.lastIndex;
    WORD_CHUNK.lastIndex = end;
    end = Math.min(end, to);
    const raw = text.slice(m.index, end);
    words.push({ start: m.index, end, text: raw, key: foldKey(raw) });
  }
  return words;
}

/**
 * Folds a word for lookups: @qalam/normalize's "search" preset (diacritics and tatweel
 * removed, alef forms to ا, ى to ي, ة to ه, hamza carriers folded, digits to ASCII), then
 * Latin lowercased. News sites spell «أكتوبر»/«اكتوبر», «وفقًا»/«وفقا» both ways; the folded
 * keys are equal. Data lists are folded with the same function, so they always agree.
 */
export function foldKey(word: string): string {
  if (word.length > MAX_CACHED_WORD) return normalize(word, "search").toLowerCase();
  let key = foldedWords.get(word);
  if (key === undefined) {
    // News text repeats its words (names, particles, cue verbs): folding each distinct word
    // once instead of once per occurrence halves the cost of scanning an article.
    if (foldedWords.size >= MAX_CACHED_WORDS) foldedWords.clear();
    key = normalize(word, "search").toLowerCase();
    foldedWords.set(word, key);
  }
  return key;
}

// Bounds on the fold cache: a stream of distinct words (a hostile input) cannot grow it without limit.
const MAX_CACHED_WORD = 40;
const MAX_CACHED_WORDS = 50_000;
const foldedWords = new Map<string, string>();

/** Folds every word of a phrase and joins them with one space («كانون الثاني» → "كانون الثاني"). */
export function foldPhrase(phrase: string): string {
  return scanWords(phrase)
    .map((w) => w.key)
    .join(" ");
}

/** The value of a run of decimal digits in any script (ASCII, Arabic-Indic, Extended), or NaN. */
export function digitsValue(digits: string): number {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digitOf(digits.charCodeAt(i));
    if (d < 0) return Number.NaN;
    value = value * 10 + d;
  }
  return digits.length === 0 ? Number.NaN : value;
}

function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** True when the string is made only of decimal digits (any of the three scripts). */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (digitOf(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** One line of a text: its full extent and the extent with outer whitespace trimmed. */
export interface Line extends TextSpan {
  /** Trimmed extent: empty (`start === end`) for a blank line. */
  trimmed: TextSpan;
}

/** Splits on \n, \r\n, \r, U+2028 and U+2029; offsets point into `text`. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === -1 || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i, trimmed: trimSpan(text, start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** Narrows `[start, end)` to exclude whitespace (and bidi/format controls) at both ends. */
export function trimSpan(text: string, start: number, end: number): TextSpan {
  while (start < end && isSpaceLike(text.charCodeAt(start))) start++;
  while (end > start && isSpaceLike(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isSpaceLike(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c
  );
}

/** Throws the TypeError every public function gives for a non-string argument. */
export function requireString(value: unknown, name: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string, got ${value === null ? "null" : typeof value}`);
  }
}
