import { Char, ARABIC_PUNCTUATION, LATIN_PUNCTUATION, NO_SPACE_AFTER, NO_SPACE_BEFORE } from "./data/characters.js";
import { Edits } from "./edits.js";
import type { ResolvedOptions } from "./options.js";

/** `true` when any rule that looks at neighbouring characters is on. */
export function hasContextRules(options: ResolvedOptions): boolean {
  return (
    options.spacingPunctuation ||
    options.arabicPunctuation ||
    options.quotes ||
    options.collapseSpaces ||
    options.digits === "arab"
  );
}

// Words for `digits: "arab"` end at whitespace: U+0020, tab, LF, VT, FF, CR, U+2028, U+2029
// and the `spaces` ranges, which is JS's `\s` but U+FEFF.
/** One unit that is not whitespace (`text[-1]` is undefined: "undefined" is no unit). */
const NOT_WHITESPACE = /^[\S\uFEFF]$/;
/** From `lastIndex`: the rest of a word. */
const WORD_REST = /[\S\uFEFF]*/y;
/** A letter of a script other than Arabic, or any character beyond the BMP (letters too). */
const FOREIGN_LETTER = /[\u{10000}-\u{10FFFF}\uD800-\uDBFF]|(?!\p{scx=Arab})\p{L}/u;

/** The double quote marks “ ”. */
const QUOTES = "\u201C\u201D";
/**
 * What the context pass looks at: a line feed, with the line after it when that line holds
 * no unit of U+0600–08FF or U+FB50–FEFF (the Arabic blocks of the BMP lie there: no Arabic
 * letter, so the line is copied whole); runs of spaces that a rule may change (two or more,
 * or one next to punctuation or a quote mark); digits, punctuation, quotes. (A run of two or
 * more matches at its first space, so no match starts inside a run.)
 */
const INTERESTING = new RegExp(
  `\n(?:[^\n\u0600-\u08FF\uFB50-\uFEFF]*(?![^\n]))?| {2,}| (?=[${NO_SPACE_BEFORE}${QUOTES}])|(?<=[${NO_SPACE_AFTER}${QUOTES}]) |[\\d${LATIN_PUNCTUATION}${QUOTES}]`,
  "g",
);
/** An Arabic letter (General_Category L and Script=Arabic). */
const ARABIC_LETTER = /(?=\p{sc=Arab})\p{L}/u;
// LATER: from `lastIndex`, before the next line feed.
/** LATER: an Arabic letter. */
const ARABIC_LATER = /[^\n]*?(?=\p{sc=Arab})(?=\p{L})[\0-\uFFFF]/uy;
/** LATER: a quote mark. */
const QUOTE_LATER = /[^\n]*?[\u201C\u201D]/y;

/** Result of the context pass when it changed anything; `edits` is null when not recording. */
export interface ContextPassResult {
  text: string;
  edits: Edits | null;
}

/**
 * Rules that depend on neighbouring characters (display preset), applied line by line and
 * only to lines that hold an Arabic letter, so Latin-only text, code and ASCII art keep
 * their spacing. Lines never affect each other, which lets the stream cut at line feeds.
 *
 * - `spacingPunctuation`: a run of spaces before . ، ؛ : ؟ ! ) , ; ? » or after ( « is
 *   removed, and inside a pair of “ ” quotes (not at a line's start or end).
 * - `collapseSpaces`: any other run of spaces becomes one space.
 * - `arabicPunctuation`: , ; ? → ، ؛ ؟ when the previous non-space character is an Arabic
 *   letter and the next one is an Arabic letter or the line ends.
 * - `quotes`: quote marks pair up left to right in the line; a pair ” … ” becomes “ … ”
 *   (and “ … “ becomes “ … ”).
 * - `digits: "arab"`: ASCII digits → ٠–٩ in whitespace-separated words that hold no letter
 *   of another script ("٢٠٣٠" but "GPT-4.5", "v2.0" unchanged).
 *
 * Returns null when no rule changed anything.
 */
export function applyContextRules(text: string, options: ResolvedOptions, record: boolean): ContextPassResult | null {
  // Deletions, as `sourceStart, sourceEnd, destinationStart, destinationEnd`; a unit replaced
  // by one unit needs no entry (see `Edits.fromLog`).
  const log: number[] = [];
  let shift = 0; // destination index minus source index
  // `true` when the sticky pattern matches at `from` (in the line, for those of LATER).
  const matchesAt = (pattern: RegExp, from: number): boolean => {
    pattern.lastIndex = from;
    return pattern.test(text);
  };
  let hasArabic = matchesAt(ARABIC_LATER, 0); // the current line holds an Arabic letter
  // Quote marks pair up left to right in a line: a mark opens a pair when another follows it
  // in the line, and the next one closes it.
  let open = false; // the last quote mark opened a pair
  let afterQuote = 0; // index after the last quote mark
  let wordEnd = 0; // end of the word whose digit decision is known
  let wordConvertsDigits = false;
  const result = text.replace(INTERESTING, (match, index: number) => {
    const unit = match.charCodeAt(0);
    if (unit === Char.LineFeed) {
      // A line feed alone: the line after it may hold an Arabic letter. (No quote pair is
      // open at a line's end.)
      hasArabic = match.length === 1 && matchesAt(ARABIC_LATER, index + 1);
      return match;
    }
    // Lines without Arabic are copied.
    if (!hasArabic) return match;
    if (unit === Char.Space) {
      const runEnd = index + match.length;
      // (Outside the text: a line feed, as at the line's ends.)
      const previous = text[index - 1] ?? "\n";
      const next = text[runEnd] ?? "\n";
      const keep =
        options.spacingPunctuation && previous !== "\n" && next !== "\n" &&
        (NO_SPACE_BEFORE.includes(next) || NO_SPACE_AFTER.includes(previous) || (open && (afterQuote === index || QUOTES.includes(next))))
          ? 0
          : options.collapseSpaces ? 1 : match.length;
      if (keep < match.length) {
        log.push(index + keep, runEnd, index + keep + shift, index + keep + shift);
        shift += keep - match.length;
      }
      return match.slice(0, keep);
    }
    if (QUOTES.includes(match)) {
      // A closing mark turns when it is “, an opening one when it is ”.
      const closes = open;
      open = !closes && matchesAt(QUOTE_LATER, (afterQuote = index + 1));
      return options.quotes && (closes ? unit === Char.LeftDoubleQuote : open && unit === Char.RightDoubleQuote)
        ? String.fromCharCode(unit ^ 1)
        : match;
    }
    // , ; ?: Arabic when the last character before them (spaces aside) is an Arabic letter
    // and the next one is one too, or the line ends.
    // (Outside the text, `text[…]` is undefined: "undefined" holds no Arabic letter.)
    const latin = LATIN_PUNCTUATION.indexOf(match);
    if (latin >= 0) {
      let before = index;
      while (text[--before] === " ");
      let next = index;
      while (text[++next] === " ");
      return options.arabicPunctuation && ARABIC_LETTER.test(text[before]!) &&
        ((text[next] ?? "\n") === "\n" || ARABIC_LETTER.test(text[next]!))
        ? ARABIC_PUNCTUATION[latin]!
        : match;
    }
    // A digit.
    if (options.digits !== "arab") return match;
    if (index >= wordEnd) {
      // The first digit of a word: decide once whether the word's digits turn
      // Arabic-Indic (each word is scanned at most twice, so this stays linear).
      let wordStart = index;
      while (NOT_WHITESPACE.test(text[wordStart - 1]!)) wordStart--;
      matchesAt(WORD_REST, index);
      wordEnd = WORD_REST.lastIndex;
      wordConvertsDigits = !FOREIGN_LETTER.test(text.slice(wordStart, wordEnd));
    }
    return wordConvertsDigits ? String.fromCharCode(unit + (Char.ArabicIndicZero - Char.AsciiZero)) : match;
  });
  return result === text ? null : { text: result, edits: record ? Edits.fromLog(log, text, result) : null };
}
