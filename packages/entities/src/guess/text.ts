import { romanizationKey } from "../romanize.js";
import type { Gazetteer } from "../gazetteer.js";
import type { KeyStream } from "../keyStream.js";
import type { Words } from "../words.js";

// Questions about the text around words that the guessing stages ask: plain functions of the
// normalized (or source) text and the key stream.

/** Do the key characters [k, kEnd) hold «ال» or «لل» in their first 4 letters (as an article form does)? */
export function articleLetters(chars: Uint16Array, k: number, kEnd: number): boolean {
  for (let i = k; i < Math.min(k + 3, kEnd - 1); i++) if ((chars[i] === 0x627 || chars[i] === 0x644) && chars[i + 1] === 0x644) return true;
  return false;
}

/**
 * Does the word at source span [start, end), whose key letters pass `articleLetters`, start
 * with the article, alone or after a proclitic? Read on the source: the search preset folds
 * «أ» to «ا», and «ألتمان» has no article.
 */
export function articleAt(source: string, start: number, end: number): boolean {
  // The first letters of the source word, harakat and tatweel skipped: «[وفبك]?ال» or
  // «[وف]?لل», in a word of 4+ letters. Read in place: no string per word.
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let letters = 0;
  for (let i = start; i < end && letters < 4; i++) {
    const c = source.charCodeAt(i);
    if ((c >= 0x64b && c <= 0x65f) || c === 0x640) continue;
    if (letters === 0) c0 = c;
    else if (letters === 1) c1 = c;
    else if (letters === 2) c2 = c;
    letters++;
  }
  if (letters < 4) return false;
  const alef = 0x627;
  const lam = 0x644;
  if ((c0 === alef || c0 === lam) && c1 === lam) return true; // «ال», «لل»
  if ((c0 === 0x648 || c0 === 0x641) && c1 === lam && c2 === lam) return true; // «ولل», «فلل»
  return (c0 === 0x648 || c0 === 0x641 || c0 === 0x628 || c0 === 0x643) && c1 === alef && c2 === lam; // «وال», «بال»…
}

/**
 * Links an Arabic name to a gazetteer entry by romanization key (within `maxDistance` edits
 * of one, 1 at most, and the key length's threshold), or null.
 */
export function romanizationLink(gazetteer: Gazetteer, text: string, singleWord: boolean, maxDistance = 1): number | null {
  // A name written with digits is not a spelling of one without («سنتر3» is not Sonatrach).
  if (HAS_DIGIT.test(text)) return null;
  const key = romanizationKey(text);
  // One short word links too easily («ركل» ↔ Oracle): single words need 4+ classes.
  if (key.length < (singleWord ? 4 : 3)) return null;
  const hits = gazetteer.romanization.lookup(key, (entry) => gazetteer.romanKeys[entry]!, maxDistance);
  // A transliteration keeps the first consonant: one edit may not be there («ليلى منصور» is
  // "lmnsr", one edit from Amin Nasser's "mnsr").
  for (const entry of hits) if (gazetteer.romanKeys[entry]!.some((k) => k === key || k.charCodeAt(0) === key.charCodeAt(0))) return entry;
  return null;
}

/** True when the last non-space character before index i in the normalized text is a comma. */
export function commaBefore(norm: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const ch = norm[j]!;
    if (ch === " " || ch === "\t" || ch === "\u00a0") continue;
    return ch === "،" || ch === ",";
  }
  return false;
}

/** Latin words of one run are separated by spaces or in-name punctuation only (no line break). */
export function sameSpacing(norm: string, stream: KeyStream, words: Words, w: number): boolean {
  const from = stream.pos[words.ke[w - 1]! - 1]! + 1;
  const to = stream.pos[words.ks[w]!]!;
  for (let i = from; i < to; i++) if (norm[i] === "\n" || norm[i] === "\r") return false;
  return to - from <= 3;
}

/** True when norm[from, to) holds the code unit `code`. */
export function gapHolds(norm: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (norm.charCodeAt(i) === code) return true;
  return false;
}

/** True when words w - 1 and w are joined by a hyphen alone («ألفاريز-تورنر»). */
export function hyphenJoined(norm: string, stream: KeyStream, words: Words, w: number): boolean {
  const from = stream.pos[words.ke[w - 1]! - 1]! + 1;
  const code = norm.charCodeAt(from);
  return stream.pos[words.ks[w]!]! - from === 1 && (code === 0x2d || code === 0x2010 || code === 0x2011);
}

/**
 * "Does the line (between line feeds) around index i hold an Arabic letter?" for indexes
 * asked in increasing order: each line is read at most once, and only the lines asked about
 * are searched for a letter.
 */
export class ArabicLines {
  /** [lineStart, lineEnd): the line of the last answer (none yet), lineEnd past its line feed. */
  private lineStart = 0;
  private lineEnd = 0;
  private has = false;

  constructor(private readonly norm: string) {}

  holdsArabic(i: number): boolean {
    if (i >= this.lineStart && i < this.lineEnd) return this.has;
    const { norm } = this;
    let start = i >= this.lineEnd ? this.lineEnd : 0;
    let feed = norm.indexOf("\n", start);
    while (feed >= 0 && feed < i) {
      start = feed + 1;
      feed = norm.indexOf("\n", start);
    }
    this.lineStart = start;
    this.lineEnd = feed < 0 ? Infinity : feed + 1;
    this.has = ARABIC_LETTER.test(norm.slice(start, feed < 0 ? norm.length : feed));
    return this.has;
  }
}

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/u;
export const HAS_DIGIT = /\d/u;
