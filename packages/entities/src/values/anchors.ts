import { FOLD_TABLE } from "./fold.js";
import { CharKind, rawKind } from "./lexer.js";

/**
 * Finding candidates without lexing the whole text. Nearly every word of a
 * text starts no value expression; lexing all of them (an object and a string
 * each) cost four times the rest of the work. Instead one pass hashes each
 * word's folded letters — from the end, so the same pass gives the hash of
 * every suffix, i.e. of the word without each possible proclitic prefix — and
 * only positions whose word (or number, or sign) can start an expression are
 * lexed, in a small window. Hash collisions only cost a wasted window: the
 * matchers check the real text.
 */

const fold = (code: number): number => FOLD_TABLE[code]!;


const PROCLITIC_LETTERS = new Uint8Array(0x10000);
for (const letter of [0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627]) PROCLITIC_LETTERS[letter] = 1; // و ف ب ل ك ا
const MAX_PROCLITIC_LENGTH = 4;

/** Hash of a folded string read from its end, as {@link findAnchors} computes it. */
export function reverseHash(folded: string): number {
  let hash = 0;
  for (let k = folded.length - 1; k >= 0; k--) hash = (Math.imul(hash, 31) + folded.charCodeAt(k)) | 0;
  return hash;
}

export interface AnchorIndex {
  /** reverseHash of every word that can start an expression on its own («مليار», «نوفمبر»). */
  wordHashes: ReadonlySet<number>;
  /**
   * Frequent words that start an expression only before certain words: «هذا»
   * before «العام», «العام» before «الماضي», «خمسة» before «مليار»: their hash →
   * the hashes of the words that may follow.
   */
  beforeWords: ReadonlyMap<number, ReadonlySet<number>>;
  /** Words that start an expression only before a number: «الساعة». */
  beforeNumber: ReadonlySet<number>;
  /** Single characters that can start one: %, $, €, £ … */
  marks: ReadonlySet<number>;
}

/** Bits of a hash that index {@link hashFilterOf}'s table. */
const FILTER_MASK = 0xffff;
const filters = new WeakMap<AnchorIndex, Uint8Array>();

/**
 * A table with 1 at `hash & FILTER_MASK` for every hash the index holds (in any of its
 * three lists): a word suffix whose entry is 0 is in none of them, which settles most
 * suffixes with one array read instead of three hash lookups.
 */
function hashFilterOf(index: AnchorIndex): Uint8Array {
  let filter = filters.get(index);
  if (filter === undefined) {
    filter = new Uint8Array(FILTER_MASK + 1);
    for (const hash of [...index.wordHashes, ...index.beforeWords.keys(), ...index.beforeNumber]) filter[hash & FILTER_MASK] = 1;
    filters.set(index, filter);
  }
  return filter;
}

/** Offsets (in `text`) of every lexeme that may start a value expression, in order. */
export function findAnchors(text: string, index: AnchorIndex): number[] {
  const filter = hashFilterOf(index);
  const anchors: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = rawKind(text.charCodeAt(i));
    if (kind === CharKind.Space) {
      i++;
      continue;
    }
    if (kind === CharKind.Digit) {
      anchors.push(i);
      // Skip the number, separators included, as lex() reads it.
      i++;
      while (i < length) {
        const k = rawKind(text.charCodeAt(i));
        if (k === CharKind.Digit) i++;
        else if (k === CharKind.Other && i + 1 < length && isSeparator(fold(text.charCodeAt(i))) && rawKind(text.charCodeAt(i + 1)) === CharKind.Digit) i++;
        else break;
      }
      continue;
    }
    if (kind === CharKind.Word) {
      const start = i;
      while (i < length && rawKind(text.charCodeAt(i)) === CharKind.Word) i++;
      if (wordCanStart(text, start, i, index, filter)) anchors.push(start);
      continue;
    }
    if (index.marks.has(fold(text.charCodeAt(i)))) anchors.push(i);
    i++;
  }
  return anchors;
}

const isSeparator = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x3a;

function wordCanStart(text: string, start: number, end: number, index: AnchorIndex, filter: Uint8Array): boolean {
  // How many leading letters could be proclitics (و ف ب ل ك and the article's ا).
  let procliticRun = 0;
  while (procliticRun < MAX_PROCLITIC_LENGTH && start + procliticRun < end - 1 && PROCLITIC_LETTERS[fold(text.charCodeAt(start + procliticRun))] === 1) {
    procliticRun++;
  }
  let hash = 0;
  for (let k = end - 1; k >= start; k--) {
    hash = (Math.imul(hash, 31) + fold(text.charCodeAt(k))) | 0;
    if (k - start > procliticRun || filter[hash & FILTER_MASK] === 0) continue;
    if (index.wordHashes.has(hash)) return true;
    const followers = index.beforeWords.get(hash);
    if (followers && followers.has(nextWordHash(text, end))) return true;
    if (index.beforeNumber.has(hash) && nextIsDigit(text, end)) return true;
  }
  return false;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && rawKind(text.charCodeAt(i)) === CharKind.Space) i++;
  return i;
}

function nextWordHash(text: string, from: number): number {
  const start = skipSpaces(text, from);
  let end = start;
  while (end < text.length && rawKind(text.charCodeAt(end)) === CharKind.Word) end++;
  let hash = 0;
  for (let k = end - 1; k >= start; k--) hash = (Math.imul(hash, 31) + fold(text.charCodeAt(k))) | 0;
  return hash;
}

function nextIsDigit(text: string, from: number): boolean {
  const i = skipSpaces(text, from);
  return i < text.length && rawKind(text.charCodeAt(i)) === CharKind.Digit;
}

/**
 * Where to start lexing for a candidate at `anchor`: two white-space-separated
 * chunks back, so the matchers see the trigger word before it («عام 2025») and
 * a proclitic glued to it («بـ10»). Lexing from a white-space boundary gives
 * the same lexemes as lexing the whole text would.
 */
export function windowStart(text: string, anchor: number, floor: number): number {
  const limit = Math.max(floor, anchor - 160);
  let i = anchor;
  for (let chunk = 0; chunk < 3; chunk++) {
    while (i > limit && !isSpace(text.charCodeAt(i - 1))) i--;
    if (chunk === 2) break;
    while (i > limit && isSpace(text.charCodeAt(i - 1))) i--;
  }
  // Not at a boundary (a very long run without spaces): start at the anchor's own chunk if possible.
  if (i > 0 && !isSpace(text.charCodeAt(i - 1))) {
    let j = anchor;
    while (j > limit && !isSpace(text.charCodeAt(j - 1))) j--;
    return j > 0 && !isSpace(text.charCodeAt(j - 1)) ? anchor : j;
  }
  return i;
}

const isSpace = (code: number): boolean => rawKind(code) === CharKind.Space;
