import { BREAK, GROUP_ARABIC, IGNORED, SEPARATOR, classify, groupOf } from "./chars.js";
import { IS_OPENER } from "./quotes.js";

/** Flag: a word starts at this key character (text start, space, punctuation or script change before it). */
export const WORD_START = 1;
/** Flag: a BREAK character lies between the previous key character and this one. */
export const BREAK_BEFORE = 2;
/** Flag: this key character is an Arabic letter. */
export const ARABIC = 4;
/** Flag: this key character is a fold of the text's character (not the character itself). */
export const FOLDED = 8;
/**
 * Flag, on a word's first key character: the word's text is not its key (a character of it
 * is folded, or an ignored character lies inside it). Set while scanning: the guessing stage
 * asks it of most words.
 */
export const UNLIKE_KEY = 16;
/**
 * Flag: the character right before this key character is an opening quote or bracket
 * (quotes.ts; all of them BREAK characters). Set while scanning, where that character was
 * just read: the passes that ask it of a word would read the text far behind.
 */
export const OPENER_BEFORE = 32;
/**
 * Flag, on a word's first key character: the word opens a line (nothing but spaces and tabs
 * between the line break or the text's start and it; see datelineCities.ts' opensLine). Set
 * while scanning: a pass that asks it of every word would read the text far behind.
 */
export const LINE_START = 64;

/**
 * The key characters of a (normalized) text with, for each, its index in that text and
 * its flags. Names are matched on `chars`, then `pos` maps a key range back to the text.
 */
export interface KeyStream {
  length: number;
  chars: Uint16Array;
  /** Index in the scanned text of key character k. */
  pos: Int32Array;
  flags: Uint8Array;
  /** Key index of each word's first character (a WORD_START flag), in order. */
  wordStarts: Int32Array;
}

// Code units per String.fromCharCode call: spreading a whole word's codes into one call
// overflows the stack once a word is a few hundred thousand characters long.
const CODES_PER_CALL = 8192;

/** The key characters [from, to) of a stream as a string. */
export function keyText(stream: KeyStream, from: number, to: number): string {
  let text = "";
  for (let start = from; start < to; start += CODES_PER_CALL) {
    const codes = stream.chars.subarray(start, Math.min(to, start + CODES_PER_CALL));
    text += String.fromCharCode.apply(null, codes as unknown as number[]);
  }
  return text;
}

/**
 * classify(code) and groupOf(code) in one table, for the scan's inner loop: a key
 * character as `key | group << 16`, anything else as classify's negative value.
 */
const KEY_AND_GROUP = new Int32Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const v = classify(code);
  KEY_AND_GROUP[code] = v >= 0 ? v | (groupOf(code) << 16) : v;
}

/**
 * Buffers a tagger reuses for the key streams of its chunks, one after the other: a chunk's
 * arrays are ~11 MB outside the JavaScript heap, and allocating them anew per chunk made V8
 * run full garbage collections for that memory, which cost most with a large gazetteer.
 */
export class KeyStreamBuffers {
  chars = new Uint16Array(0);
  pos = new Int32Array(0);
  flags = new Uint8Array(0);
  wordStarts = new Int32Array(0);

  /** Makes room for a text of `length` units. */
  reserve(length: number): void {
    if (this.chars.length >= length) return;
    this.chars = new Uint16Array(length);
    this.pos = new Int32Array(length);
    this.flags = new Uint8Array(length);
    this.wordStarts = new Int32Array(length);
  }
}

/**
 * Scans a text into its key stream in one pass. With `buffers`, the stream's arrays are
 * views into them, valid until the next scan into the same buffers.
 */
export function scanKeys(text: string, buffers: KeyStreamBuffers = new KeyStreamBuffers()): KeyStream {
  const n = text.length;
  buffers.reserve(n);
  const { chars, pos, flags, wordStarts } = buffers;
  let wordCount = 0;
  let length = 0;
  let pendingBoundary = true;
  let pendingBreak = false;
  let previousGroup = 0;
  // The current word's first key character, and whether an ignored character came since the last key character.
  let wordStart = 0;
  let pendingIgnored = false;
  // Only spaces and tabs since the last line break (or the text's start).
  let lineOpen = true;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const entry = KEY_AND_GROUP[code]!;
    if (entry >= 0) {
      const v = entry & 0xffff;
      const group = entry >>> 16;
      let f = 0;
      if (pendingBoundary || group !== previousGroup) {
        f |= lineOpen ? WORD_START | LINE_START : WORD_START;
        lineOpen = false;
        wordStarts[wordCount++] = length;
        wordStart = length;
        pendingIgnored = false;
      }
      if (pendingBreak) f |= IS_OPENER[text.charCodeAt(i - 1)] === 1 ? BREAK_BEFORE | OPENER_BEFORE : BREAK_BEFORE;
      if (group === GROUP_ARABIC) f |= ARABIC;
      if (v !== code) f |= FOLDED;
      chars[length] = v;
      pos[length] = i;
      flags[length] = f;
      if (v !== code || pendingIgnored) flags[wordStart]! |= UNLIKE_KEY;
      length++;
      previousGroup = group;
      pendingBoundary = false;
      pendingBreak = false;
      pendingIgnored = false;
    } else if (entry === SEPARATOR) {
      pendingBoundary = true;
      if (code !== 0x20 && code !== 0x09) lineOpen = false;
    } else if (entry === BREAK) {
      pendingBoundary = true;
      pendingBreak = true;
      lineOpen = code === 0x0a || code === 0x0d;
    } else if (entry === IGNORED) {
      pendingIgnored = true;
      lineOpen = false;
    } else {
      pendingBoundary = true;
      lineOpen = false;
    }
  }
  return {
    length,
    chars: chars.subarray(0, length),
    pos: pos.subarray(0, length),
    flags: flags.subarray(0, length),
    wordStarts: wordStarts.subarray(0, wordCount),
  };
}

/** True when a word ends after key character k (end of text, or a word starts at k + 1). */
export function wordEndsAfter(stream: KeyStream, k: number): boolean {
  return k + 1 >= stream.length || (stream.flags[k + 1]! & WORD_START) !== 0;
}
