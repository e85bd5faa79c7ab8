import { isEmojiPresentation, isExtendedPictographic } from "unicode-segmenter/emoji";

/** What a grapheme cluster is, judged by its first code point (and, for emoji, its modifiers). */
export enum CharClass {
  ArabicLetter,
  LatinLetter,
  OtherLetter,
  Tatweel,
  Digit,
  Space,
  Punctuation,
  Symbol,
  Emoji,
  Mark,
  Other,
}

export const TATWEEL = 0x0640;

const isArabicScript = /\p{Script=Arabic}/u;
const isLatinScript = /\p{Script=Latin}/u;
const isLetter = /\p{L}/u;
const isDecimalDigit = /\p{Nd}/u;
const isMark = /\p{M}/u;
const isSpace = /\p{White_Space}/u;
const isPunctuation = /\p{P}/u;
const isSymbol = /[\p{S}\p{No}\p{Nl}]/u;

function classifyCodePoint(cp: number): CharClass {
  // Lone surrogates reach here as themselves; they are "other", never an error.
  if (cp >= 0xd800 && cp <= 0xdfff) return CharClass.Other;
  if (cp === TATWEEL) return CharClass.Tatweel;
  const ch = String.fromCodePoint(cp);
  if (isLetter.test(ch)) {
    if (isArabicScript.test(ch)) return CharClass.ArabicLetter;
    if (isLatinScript.test(ch)) return CharClass.LatinLetter;
    return CharClass.OtherLetter;
  }
  if (isDecimalDigit.test(ch)) return CharClass.Digit;
  if (isMark.test(ch)) return CharClass.Mark;
  if (isSpace.test(ch)) return CharClass.Space;
  if (isPunctuation.test(ch)) return CharClass.Punctuation;
  if (isSymbol.test(ch)) return CharClass.Symbol;
  return CharClass.Other;
}

// The regex tests above cost far more than the table read, and text repeats
// the same few hundred characters: the BMP answers are cached (255 = unknown).
const bmpCache = new Uint8Array(0x10000).fill(255);

export function classOfCodePoint(cp: number): CharClass {
  if (cp < 0x10000) {
    const cached = bmpCache[cp]!;
    if (cached !== 255) return cached;
    const computed = classifyCodePoint(cp);
    bmpCache[cp] = computed;
    return computed;
  }
  return classifyCodePoint(cp);
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Classifies a grapheme cluster whose first code point is `head`. */
export function classOfCluster(cluster: string, head: number): CharClass {
  if (isRegionalIndicator(head)) return CharClass.Emoji;
  if (isExtendedPictographic(head)) {
    // © ® ‼ are pictographic too but read as text unless asked to be emoji.
    if (isEmojiPresentation(head) || cluster.length > 2 || cluster.includes("\uFE0F")) return CharClass.Emoji;
  }
  if (cluster.includes("\u20E3")) return CharClass.Emoji; // keycap: 1️⃣
  return classOfCodePoint(head);
}

/** Arabic-Indic (٠-٩) or Extended Arabic-Indic (۰-۹) digit. */
export function isArabicDigit(code: number): boolean {
  return (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

/** Arabic punctuation signs: ، ؛ ؟ ٪ ٫ ٬ ۔ and the Arabic ornate parentheses. */
export function isArabicPunctuation(code: number): boolean {
  return (
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f ||
    code === 0x066a ||
    code === 0x066b ||
    code === 0x066c ||
    code === 0x06d4 ||
    code === 0xfd3e ||
    code === 0xfd3f
  );
}
