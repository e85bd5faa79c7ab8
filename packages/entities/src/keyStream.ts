import { BREAK, GROUP_ARABIC, IGNORED, SEPARATOR, classify, groupOf } from "./chars.js";

/** Flag: a word starts at this key character (text start, space, punctuation or script change before it). */
export const WORD_START = 1;
/** Flag: a BREAK character lies between the previous key character and this one. */
export const BREAK_BEFORE = 2;
/** Flag: this key character is an Arabic letter. */
export const ARABIC = 4;
/** Flag: this key character is a fold of the text's character (not the character itself). */
export const FOLDED = 8;

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

/** Scans a text into its key stream in one pass. */
export function scanKeys(text: string): KeyStream {
  const n = text.length;
  const chars = new Uint16Array(n);
  const pos = new Int32Array(n);
  const flags = new Uint8Array(n);
  const wordStarts = new Int32Array(n);
  let wordCount = 0;
  let length = 0;
  let pendingBoundary = true;
  let pendingBreak = false;
  let previousGroup = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const entry = KEY_AND_GROUP[code]!;
    if (entry >= 0) {
      const v = entry & 0xffff;
      const group = entry >>> 16;
      let f = 0;
      if (pendingBoundary || group !== previousGroup) {
        f |= WORD_START;
        wordStarts[wordCount++] = length;
      }
      if (pendingBreak) f |= BREAK_BEFORE;
      if (group === GROUP_ARABIC) f |= ARABIC;
      if (v !== code) f |= FOLDED;
      chars[length] = v;
      pos[length] = i;
      flags[length] = f;
      length++;
      previousGroup = group;
      pendingBoundary = false;
      pendingBreak = false;
    } else if (entry === SEPARATOR) {
      pendingBoundary = true;
    } else if (entry === BREAK) {
      pendingBoundary = true;
      pendingBreak = true;
    } else if (entry !== IGNORED) {
      pendingBoundary = true;
    }
  }
  return { length, chars, pos, flags, wordStarts: wordStarts.subarray(0, wordCount) };
}

/** True when a word ends after key character k (end of text, or a word starts at k + 1). */
export function wordEndsAfter(stream: KeyStream, k: number): boolean {
  return k + 1 >= stream.length || (stream.flags[k + 1]! & WORD_START) !== 0;
}
