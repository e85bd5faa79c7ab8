import { FOLD_TABLE } from "./fold.js";
import { CharKind, rawKind } from "./lexer.js";

/**
 * Finding candidates without running the matchers at every lexeme. Nearly
 * every word of a text starts no value expression. While {@link scanLexemes}
 * splits the text it hashes each word's folded letters (forwards, then strips
 * leading letters one by one, which gives the hash of the word without each
 * possible proclitic prefix), and only lexemes whose word (or number, or sign)
 * can start an expression become anchors, where the matchers run in a small
 * window. Hash collisions only cost a wasted window: the matchers check the
 * real text.
 */

const fold = (code: number): number => FOLD_TABLE[code]!;

const PROCLITIC_LETTERS = new Uint8Array(0x10000);
for (const letter of [0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0627]) PROCLITIC_LETTERS[letter] = 1; // و ف ب ل ك ا
const MAX_PROCLITIC_LENGTH = 4;

/**
 * Hash of a folded string read from its end: Σ code(k)·31^k. The same for a word
 * and for the word's folded letters, so the tables can be hashed ahead of time.
 */
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

/** Bits of a hash that index {@link hashFilterOf}'s bit set. */
const FILTER_MASK = 0xffff;
const filters = new WeakMap<AnchorIndex, Int32Array>();

/**
 * A bit set with bit `hash & FILTER_MASK` on for every hash the index holds (in any
 * of its three lists): a word suffix whose bit is off is in none of them, which
 * settles most suffixes with one array read instead of three hash lookups. Bits,
 * not bytes: 8 KB stay in the first-level cache, a byte per entry (64 KB) did not.
 */
export function hashFilterOf(index: AnchorIndex): Int32Array {
  let filter = filters.get(index);
  if (filter === undefined) {
    filter = new Int32Array((FILTER_MASK + 1) >> 5);
    for (const hash of [...index.wordHashes, ...index.beforeWords.keys(), ...index.beforeNumber]) {
      filter[(hash & FILTER_MASK) >> 5]! |= 1 << (hash & 31);
    }
    filters.set(index, filter);
  }
  return filter;
}

/**
 * 31⁻¹ modulo 2³² (31 · 0xbdef7bdf = 1 + 0x17 · 2³²). {@link scanLexemes} hashes a
 * word forwards, which gives the hash of the whole word; multiplying by this after
 * subtracting the first letter gives the hash of the word without it, the same
 * number {@link reverseHash} computes. A literal, so the compiler folds it in.
 */
export const INVERSE_OF_31 = 0xbdef7bdf | 0;

/** Whether the mark (one folded code unit) can start an expression: %, $, € … */
export function markCanStart(code: number, index: AnchorIndex): boolean {
  return index.marks.has(code);
}

const inFilter = (filter: Int32Array, hash: number): boolean => (filter[(hash & FILTER_MASK) >> 5]! & (1 << (hash & 31))) !== 0;

/**
 * Whether the word text[start, end) — perhaps behind proclitics — can start an
 * expression. `hash` is the {@link reverseHash} of the whole folded word, `filter`
 * the index's {@link hashFilterOf}.
 */
export function wordCanStart(text: string, start: number, end: number, hash: number, index: AnchorIndex, filter: Int32Array): boolean {
  // Most words are no key whole and start with no proclitic letter: one bit and
  // one byte settle them, before the loop below.
  if (!inFilter(filter, hash) && (end - start < 2 || PROCLITIC_LETTERS[fold(text.charCodeAt(start))] !== 1)) return false;
  return suffixCanStart(text, start, end, hash, index, filter);
}

/** What a word's letters alone say about whether it starts an expression (see {@link wordStartOf}). */
export const enum WordStart {
  Unknown,
  /** Neither the word nor its stem after any proclitic is a key of the index. */
  Never,
  /** The word or its stem is a word that starts an expression on its own. */
  Always,
  /** Only a key that asks for a certain next word or a number: {@link wordCanStart} decides there. */
  Depends,
}

/**
 * {@link wordCanStart} for the word text[start, end) (letters and marks only) as far as its
 * letters decide: the same for every word of the same text, so a caller that knows which
 * words share their text asks once per text (a tagger, per vocabulary type).
 */
export function wordStartOf(text: string, start: number, end: number, index: AnchorIndex, filter: Int32Array): WordStart {
  let hash = wordHash(text, start, end);
  let depends = false;
  // The suffixes suffixCanStart tries, in its order and with its limits.
  for (let k = start; ; k++) {
    if (inFilter(filter, hash)) {
      if (index.wordHashes.has(hash)) return WordStart.Always;
      if (index.beforeWords.has(hash) || index.beforeNumber.has(hash)) depends = true;
    }
    const letter = fold(text.charCodeAt(k));
    if (k - start >= MAX_PROCLITIC_LENGTH || k + 1 >= end || PROCLITIC_LETTERS[letter] !== 1) return depends ? WordStart.Depends : WordStart.Never;
    hash = Math.imul(hash - letter, INVERSE_OF_31);
  }
}

/** {@link reverseHash} of the folded word text[start, end) (letters and marks only), hashed forwards. */
export function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  let power = 1;
  for (let i = start; i < end; i++) {
    hash = (hash + Math.imul(fold(text.charCodeAt(i)), power)) | 0;
    power = Math.imul(power, 31);
  }
  return hash;
}

function suffixCanStart(text: string, start: number, end: number, hash: number, index: AnchorIndex, filter: Int32Array): boolean {
  // The whole word, then the word without each leading letter that could be a
  // proclitic (و ف ب ل ك and the article's ا), up to four, keeping at least one letter.
  for (let k = start; ; k++) {
    if (inFilter(filter, hash)) {
      if (index.wordHashes.has(hash)) return true;
      const followers = index.beforeWords.get(hash);
      if (followers && followers.has(nextWordHash(text, end))) return true;
      if (index.beforeNumber.has(hash) && nextIsDigit(text, end)) return true;
    }
    const letter = fold(text.charCodeAt(k));
    if (k - start >= MAX_PROCLITIC_LENGTH || k + 1 >= end || PROCLITIC_LETTERS[letter] !== 1) return false;
    hash = Math.imul(hash - letter, INVERSE_OF_31);
  }
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
 * Where the matchers' window for a candidate at `anchor` starts: two
 * white-space-separated chunks back, so the matchers see the trigger word before
 * it («عام 2025») and a proclitic glued to it («بـ10»). A white-space boundary
 * is a lexeme boundary: the window starts with a whole lexeme.
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
