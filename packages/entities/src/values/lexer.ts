import { normalize } from "@qalam/normalize";
import { FOLD_TABLE, foldSameLength } from "./fold.js";

/** A word, a number or one other character of the folded text, with its offsets there. */
export interface Lexeme {
  start: number;
  end: number;
  text: string;
  kind: "word" | "number" | "mark";
  /** Proclitic splits of a word, computed on first use (see lexicon.ts). */
  analyses?: readonly { prefix: string; stem: string }[];
}

export const enum CharKind {
  Space,
  Word,
  Digit,
  Other,
}

// Letters and combining marks outside the ranges tested inline; filled on
// first sight of each BMP code unit (255 = not yet known).
const kindCache = new Uint8Array(0x10000).fill(255);
const WORD_CHAR = /[\p{L}\p{M}]/u;
const SPACE_CHAR = /\s/u;

export function kindOf(code: number): CharKind {
  if (code >= 0x61 && code <= 0x7a) return CharKind.Word;
  if (code >= 0x30 && code <= 0x39) return CharKind.Digit;
  if (code === 0x20) return CharKind.Space;
  if (code >= 0x0620 && code <= 0x065f) return CharKind.Word;
  const cached = kindCache[code]!;
  if (cached !== 255) return cached;
  // Surrogates are "other": a pair is kept together by the caller.
  const ch = String.fromCharCode(code);
  const kind =
    code >= 0xd800 && code <= 0xdfff
      ? CharKind.Other
      : WORD_CHAR.test(ch)
        ? CharKind.Word
        : SPACE_CHAR.test(ch)
          ? CharKind.Space
          : CharKind.Other;
  kindCache[code] = kind;
  return kind;
}

// Kind of each raw code unit after folding, filled on first sight (255 =
// unknown): the scans read one byte per character instead of calling two functions.
const RAW_KIND = new Uint8Array(0x10000).fill(255);

/** {@link kindOf} of a raw (unfolded) code unit. */
export function rawKind(code: number): CharKind {
  let kind = RAW_KIND[code]!;
  if (kind === 255) kind = RAW_KIND[code] = kindOf(FOLD_TABLE[code]!);
  return kind;
}

// The folded code unit of each raw code unit that belongs to a word (CharKind.Word),
// 0 for any other, 0xffff not yet known (no word character folds to 0 or 0xffff):
// the scan of a word reads one table per character instead of two.
const WORD_FOLD = new Uint16Array(0x10000).fill(0xffff);

/** The folded code unit of `code` if it is a word character, else 0. */
export function wordFold(code: number): number {
  let folded = WORD_FOLD[code]!;
  if (folded === 0xffff) folded = WORD_FOLD[code] = rawKind(code) === CharKind.Word ? FOLD_TABLE[code]! : 0;
  return folded;
}

const isSeparator = (code: number): boolean => code === 0x2e || code === 0x2c || code === 0x3a; // . , :

/**
 * Splits text into lexemes, folding as it goes (`FOLD_TABLE`: the
 * lexemes' text is folded, their offsets are those of `text`): runs of letters and marks, digit runs with
 * inner separators ("13.75", "1,000", "11:02"), and single other characters
 * (a surrogate pair counts as one). White space separates them and is dropped.
 * A hand-written scan: one pass, no backtracking, no match objects.
 */
export function lex(text: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  const length = text.length;
  const at = (k: number): number => (k < length ? FOLD_TABLE[text.charCodeAt(k)]! : -1);
  let i = 0;
  while (i < length) {
    const code = at(i);
    const kind = rawKind(text.charCodeAt(i));
    if (kind === CharKind.Space) {
      i++;
      continue;
    }
    const start = i;
    let type: Lexeme["kind"];
    if (kind === CharKind.Word) {
      i++;
      while (i < length && rawKind(text.charCodeAt(i)) === CharKind.Word) i++;
      type = "word";
    } else if (kind === CharKind.Digit) {
      i++;
      for (;;) {
        while (i < length && rawKind(text.charCodeAt(i)) === CharKind.Digit) i++;
        if (i + 1 < length && isSeparator(at(i)) && rawKind(text.charCodeAt(i + 1)) === CharKind.Digit) {
          i++;
          continue;
        }
        break;
      }
      type = "number";
    } else {
      const next = at(i + 1);
      i += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      type = "mark";
    }
    lexemes.push({ start, end: i, text: foldSameLength(text.slice(start, i)), kind: type, analyses: undefined });
  }
  return lexemes;
}

/** The same folding the matchers apply to text: the "search" preset, then {@link foldSameLength}. */
export function foldForMatching(text: string): string {
  return foldSameLength(normalize(text, "search"));
}

/** A table key for a name: folded, then its lexemes joined by single spaces ("US$" → "us $"). */
export function keyOf(name: string): string {
  return lex(foldForMatching(name))
    .map((l) => l.text)
    .join(" ");
}
