// Character tables for each normalization operation. Data only: src/tables.ts turns them
// into lookup arrays once per option set. Code points are written in hex so the table
// reads the same whatever the editor's bidi rendering does to Arabic letters.

import type { ResolvedOptions } from "../options.js";

/** Inclusive code point ranges: `[first, last]`, or `[code]` for one. */
export type Ranges = ReadonlyArray<readonly [first: number, last?: number]>;
/** Pairs of (from, to) code points. */
export type Pairs = ReadonlyArray<readonly [number, number]>;

/** Single characters the rules name, as UTF-16 units (inlined by the build). */
export const enum Char {
  /** ZERO WIDTH NON-JOINER: kept by `keepZwnj` (Persian and Urdu spelling needs it). */
  Zwnj = 0x200c,
  /** ZERO WIDTH JOINER: like ZWNJ, removed only next to Arabic (emoji sequences need it). */
  Zwj = 0x200d,
  CarriageReturn = 0x0d,
  LineFeed = 0x0a,
  Space = 0x20,
  /** ARABIC TATWEEL (kashida), removed by `tatweel`. */
  Tatweel = 0x0640,
  /** Arabic-Indic digits ٠–٩ (U+0660–0669). */
  ArabicIndicZero = 0x0660,
  /** Extended Arabic-Indic (Persian/Urdu) digits ۰–۹ (U+06F0–06F9). */
  PersianZero = 0x06f0,
  AsciiZero = 0x30,
  /** `quotes`: a pair of closing quotes ” … ” becomes “ … ”. */
  LeftDoubleQuote = 0x201c,
  RightDoubleQuote = 0x201d,
}

/** Zero-width and bidi control characters removed by `removeControls`. */
export const CONTROL_RANGES: Ranges = [
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // LRE, RLE, PDF, LRO, RLO
  [0x2066, 0x2069], // LRI, RLI, FSI, PDI
  [0x061c], // ARABIC LETTER MARK
  [0xfeff], // ZERO WIDTH NO-BREAK SPACE (BOM)
];

/** Space characters turned into U+0020 by `spaces` (tab and line breaks are layout, kept). */
export const SPACE_RANGES: Ranges = [
  [0x00a0], // NO-BREAK SPACE
  [0x1680], // OGHAM SPACE MARK
  [0x2000, 0x200a], // EN QUAD … HAIR SPACE
  [0x202f], // NARROW NO-BREAK SPACE
  [0x205f], // MEDIUM MATHEMATICAL SPACE
  [0x3000], // IDEOGRAPHIC SPACE
];

/** Arabic diacritics removed by `diacritics`. */
export const DIACRITIC_RANGES: Ranges = [
  // harakat: fathatan … sukun (U+064B–0652); maddah above, hamza above, hamza below
  // (U+0653–0655); other Arabic combining marks (subscript alef, inverted damma, …)
  [0x064b, 0x065f],
  [0x0670], // superscript (dagger) alef
  [0x0610, 0x061a], // Quranic honorifics and small letters above/below
  [0x06d6, 0x06ed], // Quranic annotation signs
  [0x08d3, 0x08e1], // Arabic Extended-A Quranic marks
  [0x08e3, 0x08ff], // Arabic Extended-A marks
];

/**
 * A fold: the code point `first` becomes `target`; with `last`, each of `first`–`last`
 * becomes `target` + (code point − `first`) (a run of digits shifts).
 */
export type Fold = readonly [first: number, target: number, last?: number];

/**
 * The letter, digit and separator folds: the option, the value that switches it on, and
 * its folds. They apply in this order, so that a chain ends on a letter no fold changes
 * again (ی → ي → ى with foldYeh "ى").
 */
export const FOLDS: ReadonlyArray<readonly [option: keyof ResolvedOptions, value: unknown, folds: readonly Fold[]]> = [
  // Persian and Urdu letter shapes → the Arabic letters they stand for.
  ["foldPersian", true, [
    [0x06a9, 0x0643], // ک KEHEH → ك
    [0x06cc, 0x064a], // ی FARSI YEH → ي
    [0x06d2, 0x064a], // ے YEH BARREE → ي
    [0x06d3, 0x064a], // ۓ YEH BARREE WITH HAMZA → ي
    [0x06c0, 0x0647], // ۀ HEH WITH YEH ABOVE → ه
    [0x06c1, 0x0647], // ہ HEH GOAL → ه
    [0x06c2, 0x0647], // ۂ HEH GOAL WITH HAMZA → ه
    [0x06be, 0x0647], // ھ HEH DOACHASHMEE → ه
  ]],
  // Hamza on waw and on yeh → the bare carrier.
  ["foldHamzaCarriers", true, [
    [0x0624, 0x0648], // ؤ → و
    [0x0626, 0x064a], // ئ → ي
  ]],
  // Hamza/madda/wasla forms of alef → bare alef U+0627.
  ["foldAlef", true, [
    [0x0623, 0x0627], // أ
    [0x0625, 0x0627], // إ
    [0x0622, 0x0627], // آ
    [0x0671, 0x0627], // ٱ
  ]],
  ["foldTehMarbuta", true, [[0x0629, 0x0647]]], // ة → ه
  ["foldYeh", "ي", [[0x0649, 0x064a]]], // alef maksura → yeh
  ["foldYeh", "ى", [[0x064a, 0x0649]]], // yeh → alef maksura (Egyptian style)
  ["digits", "latn", [
    [Char.ArabicIndicZero, Char.AsciiZero, Char.ArabicIndicZero + 9], // ٠–٩ → 0–9
    [Char.PersianZero, Char.AsciiZero, Char.PersianZero + 9], // ۰–۹ → 0–9
  ]],
  // Arabic decimal/thousands separators and percent sign → ASCII.
  ["numberSeparators", true, [
    [0x066b, 0x2e], // ٫ ARABIC DECIMAL SEPARATOR → .
    [0x066c, 0x2c], // ٬ ARABIC THOUSANDS SEPARATOR → ,
    [0x066a, 0x25], // ٪ ARABIC PERCENT SIGN → %
  ]],
];

/** `arabicPunctuation`: Latin punctuation , ; ? → Arabic ، ؛ ؟ (same place in both), applied between Arabic words. */
export const LATIN_PUNCTUATION = ",;?";
export const ARABIC_PUNCTUATION = "\u060C\u061B\u061F";

/** `spacingPunctuation`: no space before these: . ، ؛ : ؟ ! ) , ; ? » */
export const NO_SPACE_BEFORE = ".\u060C\u061B:\u061F!),;?\u00BB";
/** `spacingPunctuation`: no space after these: ( « */
export const NO_SPACE_AFTER = "(\u00AB";
