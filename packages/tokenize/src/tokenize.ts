import { graphemeSegments } from "unicode-segmenter/grapheme";
import { CharClass, classOfCluster, classOfCodePoint, isArabicDigit, isArabicPunctuation } from "./chars.js";
import { findLinks } from "./links.js";
import { isArabicMarkOrTatweel, isProcliticSequence } from "./proclitics.js";
import type { Token, TokenKind, TokenScript, TokenizeOptions } from "./types.js";

/** Separators that stay inside a number when a digit follows: 13.75, 1,000, ١٣٫٧٥, 11:02. */
const NUMBER_SEPARATORS = new Set([".", ",", "\u066B", "\u066C", ":"]);
const PERCENT_SIGNS = new Set(["%", "\u066A", "\u2030"]);
const APOSTROPHES = new Set(["'", "\u2019"]);
/** Sentence-final punctuation that reads as one token when repeated or mixed: "?!", "...", «؟!». */
const TERMINAL_PUNCTUATION = new Set([".", "!", "?", "\u061F", "\u2026"]);

/** The grapheme clusters of a text: where each starts, and what it is. */
interface Clusters {
  /** starts[k] is where cluster k starts; starts[count] is the text length. */
  starts: Int32Array;
  classes: Uint8Array;
  count: number;
}

/**
 * A code unit that is a grapheme cluster by itself and never joins its
 * neighbour: printable ASCII, line feed, and the base Arabic letters (no
 * marks, no joiners, no CR, nothing Extend/Prepend/SpacingMark). Between two
 * such units there is always a cluster boundary, so those stretches skip the
 * segmenter; it runs only on the stretches in between.
 */
function isStandalone(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || code === 0x0a || (code >= 0x0621 && code <= 0x064a);
}

function segment(text: string): Clusters {
  const length = text.length;
  // At most one cluster per code unit: typed arrays sized once, no growing.
  const starts = new Int32Array(length + 1);
  const classes = new Uint8Array(length);
  let count = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isStandalone(code) && (i + 1 === length || isStandalone(text.charCodeAt(i + 1)))) {
      starts[count] = i;
      classes[count++] = classOfCodePoint(code);
      i++;
      continue;
    }
    // A stretch that needs the segmenter: up to the next certain boundary.
    let end = i + 1;
    while (end < length && !(isStandalone(text.charCodeAt(end - 1)) && isStandalone(text.charCodeAt(end)))) end++;
    for (const { segment: cluster, index, _hd } of graphemeSegments(text.slice(i, end))) {
      starts[count] = i + index;
      classes[count++] = classOfCluster(cluster, _hd);
    }
    i = end;
  }
  starts[count] = length;
  return { starts, classes, count };
}

/**
 * Splits `text` into tokens: words, numbers, punctuation, symbols, spaces,
 * emoji, URLs and e-mail addresses. Every character belongs to exactly one
 * token, tokens come in text order, and grapheme clusters are never split, so
 * `tokens.map((t) => t.text).join("") === text`.
 *
 * Numbers keep their separators, times and percents whole ("13.75", "1,000",
 * "11:02", "20%", «١٣٫٧٥», «٪٢٠»). Latin names keep glued digits and version
 * suffixes ("GPT-4.5", "v2.0", "5G"). A word switches tokens where the script
 * switches, except after a proclitic: «لـOpenAI», «وOpenAI» and «بـ10» are one
 * token each with `prefix`/`stem`.
 *
 * @example
 * tokenize("استثمرت 13.75 مليار لـOpenAI").filter((t) => t.kind !== "space")
 * // [{ text: "استثمرت", kind: "word", script: "arabic", … },
 * //  { text: "13.75", kind: "number", … }, { text: "مليار", … },
 * //  { text: "لـOpenAI", kind: "word", script: "mixed", prefix: "لـ", stem: "OpenAI", … }]
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  if (typeof text !== "string") throw new TypeError("tokenize: `text` must be a string");
  if (options === null || typeof options !== "object") throw new TypeError("tokenize: `options` must be an object");
  const withClitics = options.clitics !== false;
  const { starts, classes, count } = segment(text);
  const links = findLinks(text);
  const tokens: Token[] = [];
  let linkIndex = 0;

  const charAt = (i: number): string => (i < count ? text.charAt(starts[i]!) : "");
  const classAt = (i: number): CharClass | -1 => (i < count ? (classes[i]!) : -1);

  const push = (from: number, to: number, kind: TokenKind, prefixEnd = -1): void => {
    const start = starts[from]!;
    const end = starts[to]!;
    const token: Token = { start, end, text: text.slice(start, end), kind, script: scriptOf(text, classes, from, to, start, end, kind) };
    if (prefixEnd > from && withClitics) {
      token.prefix = text.slice(start, starts[prefixEnd]);
      token.stem = text.slice(starts[prefixEnd], end);
    }
    tokens.push(token);
  };

  /** Digits with separators and a glued percent sign; returns the end cluster and whether separators were used. */
  const scanDigits = (i: number): { end: number; separated: boolean } => {
    let j = i;
    let separated = false;
    while (classAt(j) === CharClass.Digit) j++;
    while (NUMBER_SEPARATORS.has(charAt(j)) && classAt(j + 1) === CharClass.Digit) {
      separated = true;
      j++;
      while (classAt(j) === CharClass.Digit) j++;
    }
    return { end: j, separated };
  };

  /** A Latin name: letters, glued digits, inner apostrophes ("O'Reilly"), versions ("GPT-4.5", "v2.0"). */
  const scanLatin = (i: number): number => {
    let j = i;
    let hasDigit = false;
    for (;;) {
      while (classAt(j) === CharClass.LatinLetter || classAt(j) === CharClass.Digit) {
        if (classAt(j) === CharClass.Digit) hasDigit = true;
        j++;
      }
      const ch = charAt(j);
      if (APOSTROPHES.has(ch) && classAt(j + 1) === CharClass.LatinLetter && !isPossessive(j)) {
        j += 2;
        continue;
      }
      if (ch === "-" && classAt(j + 1) === CharClass.Digit && classAt(j - 1) === CharClass.LatinLetter) {
        hasDigit = true;
        j += 2;
        continue;
      }
      if (ch === "." && hasDigit && classAt(j - 1) === CharClass.Digit && classAt(j + 1) === CharClass.Digit) {
        j += 2;
        continue;
      }
      return j;
    }
  };

  /** "’s" after a Latin word: the English possessive, kept as its own token. */
  const isPossessive = (j: number): boolean => {
    const next = charAt(j + 1);
    return (next === "s" || next === "S") && classAt(j + 2) !== CharClass.LatinLetter && classAt(j + 2) !== CharClass.Digit;
  };

  /** A number at i; digits glued to Latin letters without separators make a name ("5G", "4K"). */
  const scanNumber = (i: number): { end: number; kind: TokenKind } => {
    const { end, separated } = scanDigits(i);
    if (PERCENT_SIGNS.has(charAt(end))) return { end: end + 1, kind: "number" };
    if (!separated && classAt(end) === CharClass.LatinLetter) return { end: scanLatin(end), kind: "word" };
    return { end, kind: "number" };
  };

  let i = 0;
  while (i < count) {
    const start = starts[i]!;
    while (linkIndex < links.length && links[linkIndex]!.end <= start) linkIndex++;
    const link = links[linkIndex];
    if (link && link.start <= start) {
      let j = i + 1;
      while (j < count && starts[j]! < link.end) j++;
      push(i, j, link.kind);
      i = j;
      continue;
    }
    const cls = classes[i]! as CharClass;
    switch (cls) {
      case CharClass.ArabicLetter:
      case CharClass.Tatweel: {
        let j = i;
        while (classAt(j) === CharClass.ArabicLetter || classAt(j) === CharClass.Tatweel) j++;
        const next = classAt(j);
        if ((next === CharClass.LatinLetter || next === CharClass.Digit) && isProcliticRun(text, starts, i, j)) {
          // «لـOpenAI», «وOpenAI», «بـ10»: one token, the proclitics as prefix.
          const stem = next === CharClass.LatinLetter ? { end: scanLatin(j), kind: "word" as const } : scanNumber(j);
          push(i, stem.end, stem.kind, j);
          i = stem.end;
          break;
        }
        if (PERCENT_SIGNS.has(charAt(j)) && classAt(j + 1) === CharClass.Digit && isProcliticRun(text, starts, i, j)) {
          // «و٪٢٠»: a proclitic on a percent written sign first.
          const { end } = scanDigits(j + 1);
          push(i, end, "number", j);
          i = end;
          break;
        }
        push(i, j, "word", joinerPrefixEnd(text, starts, i, j));
        i = j;
        break;
      }
      case CharClass.LatinLetter: {
        const j = scanLatin(i);
        push(i, j, "word");
        i = j;
        break;
      }
      case CharClass.OtherLetter: {
        let j = i;
        while (classAt(j) === CharClass.OtherLetter) j++;
        push(i, j, "word");
        i = j;
        break;
      }
      case CharClass.Digit: {
        const { end, kind } = scanNumber(i);
        push(i, end, kind);
        i = end;
        break;
      }
      case CharClass.Space: {
        let j = i;
        while (classAt(j) === CharClass.Space) j++;
        push(i, j, "space");
        i = j;
        break;
      }
      case CharClass.Punctuation: {
        const ch = charAt(i);
        if (PERCENT_SIGNS.has(ch) && classAt(i + 1) === CharClass.Digit && classAt(i - 1) !== CharClass.Digit) {
          // «٪٢٠»: Arabic text often puts the percent sign first.
          const { end } = scanDigits(i + 1);
          push(i, end, "number");
          i = end;
          break;
        }
        if (APOSTROPHES.has(ch) && classAt(i - 1) === CharClass.LatinLetter && isPossessive(i)) {
          push(i, i + 2, "word");
          i += 2;
          break;
        }
        let j = i + 1;
        if (TERMINAL_PUNCTUATION.has(ch)) while (TERMINAL_PUNCTUATION.has(charAt(j))) j++;
        else while (charAt(j) === ch && classAt(j) === CharClass.Punctuation) j++;
        push(i, j, "punctuation");
        i = j;
        break;
      }
      case CharClass.Symbol:
        push(i, i + 1, "symbol");
        i++;
        break;
      case CharClass.Emoji:
        push(i, i + 1, "emoji");
        i++;
        break;
      default:
        push(i, i + 1, "other");
        i++;
    }
  }
  return tokens;
}

/** The bare letters of clusters [from, to): first code unit of each, tatweel and marks dropped. */
function bareLetters(text: string, starts: Int32Array, from: number, to: number): string {
  let letters = "";
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(starts[k]!);
    if (!isArabicMarkOrTatweel(code)) letters += text[starts[k]!];
  }
  return letters;
}

function isProcliticRun(text: string, starts: Int32Array, from: number, to: number): boolean {
  return to - from <= 6 && isProcliticSequence(bareLetters(text, starts, from, to));
}

/**
 * «بـمايكروسوفت»: a tatweel right after a proclitic stack joins it to the
 * stem — the writer marked the split. Returns the cluster where the stem
 * starts, or -1.
 */
function joinerPrefixEnd(text: string, starts: Int32Array, from: number, to: number): number {
  for (let k = from + 1; k < to && k <= from + 4; k++) {
    if (text.charCodeAt(starts[k]!) !== 0x0640) continue;
    let stem = k;
    while (stem < to && text.charCodeAt(starts[stem]!) === 0x0640) stem++;
    if (stem >= to || !isProcliticRun(text, starts, from, k)) return -1;
    return stem;
  }
  return -1;
}

function scriptOf(
  text: string,
  classes: Uint8Array,
  from: number,
  to: number,
  start: number,
  end: number,
  kind: TokenKind,
): TokenScript {
  if (kind === "word") {
    let arabic = false;
    let latin = false;
    let other = false;
    for (let k = from; k < to; k++) {
      const cls = classes[k];
      if (cls === CharClass.ArabicLetter) arabic = true;
      else if (cls === CharClass.LatinLetter) latin = true;
      else if (cls === CharClass.OtherLetter) other = true;
    }
    if (Number(arabic) + Number(latin) + Number(other) > 1) return "mixed";
    return arabic ? "arabic" : latin ? "latin" : "other";
  }
  if (kind === "number" || kind === "punctuation") {
    // «بـ10»: an Arabic proclitic on a number makes the token Arabic.
    if (classes[from] === CharClass.ArabicLetter) return "arabic";
    for (let k = start; k < end; k++) {
      const code = text.charCodeAt(k);
      if (isArabicDigit(code) || isArabicPunctuation(code)) return "arabic";
    }
  }
  return "other";
}
