import { decodeUnits } from "./decode.js";
import { Char, ARABIC_PUNCTUATION, NO_SPACE_AFTER, NO_SPACE_BEFORE, SPACE_RANGES } from "./data/characters.js";
import { Edits } from "./edits.js";
import type { ResolvedOptions } from "./options.js";
import { inRanges, isForeignLetter } from "./tables.js";
import { IS_ARABIC_LETTER, isHighSurrogate, isSurrogate } from "./unicode.js";

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

function tableOf(codes: readonly number[]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const code of codes) table[code] = 1;
  return table;
}

const NO_SPACE_BEFORE_TABLE = tableOf(NO_SPACE_BEFORE);
const NO_SPACE_AFTER_TABLE = tableOf(NO_SPACE_AFTER);
/** Latin punctuation → its Arabic form. */
const TO_ARABIC_PUNCTUATION = new Uint16Array(65536);
for (const [latin, arabic] of ARABIC_PUNCTUATION) TO_ARABIC_PUNCTUATION[latin] = arabic;
/** Units some rule may look at besides spaces: punctuation, quotes, digits, surrogates. */
const INTERESTING = tableOf([Char.LeftDoubleQuote, Char.RightDoubleQuote, ...ARABIC_PUNCTUATION.map(([latin]) => latin)])
  .fill(1, Char.AsciiZero, Char.AsciiZero + 10)
  .fill(1, 0xd800, 0xe000);

/** Whitespace that ends a word: U+0020, tab, VT, FF, CR, U+2028, U+2029 and the `spaces` ranges. */
function isWhitespace(unit: number): boolean {
  return [Char.Space, 0x09, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029].includes(unit) || inRanges(unit, SPACE_RANGES);
}

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
  const length = text.length;
  const out = new Uint16Array(length);
  let written = 0;
  let sawSurrogate = false;
  // Deletions, as `sourceStart, sourceEnd, destinationStart, destinationEnd`; a unit replaced
  // by one unit needs no entry (see `Edits.fromLog`).
  const log: number[] = [];
  let changed = false;

  const change = (index: number, consumed: number, replacement: number): void => {
    changed = true;
    if (replacement >= 0) out[written++] = replacement;
    else log.push(index, index + consumed, written, written);
  };

  const quoteRoles = new Map<number, number>();
  const convertDigits = options.digits === "arab";
  let nextLeftQuote = text.indexOf("\u201C");
  let nextRightQuote = text.indexOf("\u201D");
  let lineStart = 0;
  while (lineStart < length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = length;
    let hasArabic = false;
    for (let index = lineStart; index < lineEnd && !hasArabic; index++) {
      if (IS_ARABIC_LETTER[text.charCodeAt(index)] === 1) hasArabic = true;
    }
    // The rules apply to lines holding an Arabic letter; other lines go through the same loop
    // and are copied (spaces and digits check `hasArabic`, the other rules cannot fire).
    if (hasArabic) {
      // Quotes are rare: look for them with indexOf before pairing them unit by unit.
      if (nextLeftQuote >= 0 && nextLeftQuote < lineStart) nextLeftQuote = text.indexOf("\u201C", lineStart);
      if (nextRightQuote >= 0 && nextRightQuote < lineStart) nextRightQuote = text.indexOf("\u201D", lineStart);
      const lineHasQuote = (nextLeftQuote >= 0 && nextLeftQuote < lineEnd) || (nextRightQuote >= 0 && nextRightQuote < lineEnd);
      if (lineHasQuote && (options.quotes || options.spacingPunctuation)) pairQuotes(text, lineStart, lineEnd, quoteRoles);
    }
    let previousNonSpace = -1; // unit of the last non-space character in this line
    let previousNonSpaceIndex = -1;
    let wordConvertsDigits = false;
    let wordEnd = lineStart; // end of the word whose digit decision is known
    for (let index = lineStart; index < lineEnd; index++) {
      const unit = text.charCodeAt(index);
      if (unit === Char.Space && hasArabic) {
        let runEnd = index + 1;
        while (runEnd < lineEnd && text.charCodeAt(runEnd) === Char.Space) runEnd++;
        const nextUnit = runEnd < lineEnd ? text.charCodeAt(runEnd) : -1;
        const betweenText = previousNonSpace >= 0 && nextUnit >= 0;
        let keep = runEnd - index;
        if (options.spacingPunctuation && betweenText &&
          (NO_SPACE_BEFORE_TABLE[nextUnit] === 1 || NO_SPACE_AFTER_TABLE[previousNonSpace] === 1 ||
            (quoteRoles.get(previousNonSpaceIndex) ?? 0) & QuoteRole.Opening || (quoteRoles.get(runEnd) ?? 0) & QuoteRole.Closing)) {
          keep = 0;
        } else if (options.collapseSpaces && keep > 1) {
          keep = 1;
        }
        for (let offset = 0; offset < keep; offset++) out[written++] = Char.Space;
        if (keep < runEnd - index) change(index + keep, runEnd - index - keep, -1);
        index = runEnd - 1;
        continue;
      }
      const before = previousNonSpace;
      previousNonSpace = unit;
      previousNonSpaceIndex = index;
      if (INTERESTING[unit] !== 1) {
        // Nothing to decide for this unit: copy it.
        out[written++] = unit;
        continue;
      }
      if (isSurrogate(unit)) sawSurrogate = true;
      if (convertDigits && hasArabic && unit >= Char.AsciiZero && unit <= Char.AsciiZero + 9) {
        if (index >= wordEnd) {
          // The first digit of a word: decide once whether the word's digits turn
          // Arabic-Indic (each word is scanned at most twice, so this stays linear).
          let wordStart = index;
          while (wordStart > lineStart && !isWhitespace(text.charCodeAt(wordStart - 1))) wordStart--;
          let hasForeignLetter = false;
          wordEnd = wordStart;
          while (wordEnd < lineEnd && !isWhitespace(text.charCodeAt(wordEnd))) {
            const inside = text.charCodeAt(wordEnd);
            if (isForeignLetter(inside)) hasForeignLetter = true;
            else if (isHighSurrogate(inside)) hasForeignLetter = true; // letters beyond the BMP
            wordEnd++;
          }
          wordConvertsDigits = !hasForeignLetter;
        }
        if (wordConvertsDigits) {
          change(index, 1, unit - Char.AsciiZero + Char.ArabicIndicZero);
          continue;
        }
      }
      // (`before` is an Arabic letter only in a line with Arabic.)
      const arabic = TO_ARABIC_PUNCTUATION[unit]!;
      if (options.arabicPunctuation && arabic !== 0 && IS_ARABIC_LETTER[before] === 1) {
        let next = index + 1;
        while (next < lineEnd && text.charCodeAt(next) === Char.Space) next++;
        if (next === lineEnd || IS_ARABIC_LETTER[text.charCodeAt(next)] === 1) {
          change(index, 1, arabic);
          continue;
        }
      }
      if (options.quotes && ((quoteRoles.get(index) ?? 0) & QuoteRole.Turn) !== 0) {
        change(index, 1, unit === Char.RightDoubleQuote ? Char.LeftDoubleQuote : Char.RightDoubleQuote);
        continue;
      }
      out[written++] = unit;
    }
    quoteRoles.clear();
    if (lineEnd < length) out[written++] = Char.LineFeed;
    lineStart = lineEnd + 1;
  }
  if (!changed) return null;
  const result = decodeUnits(out, written, sawSurrogate);
  return { text: result, edits: record ? Edits.fromLog(log, text, result) : null };
}

/** Bits of a quote mark's role in its line. */
const enum QuoteRole {
  Opening = 1,
  Closing = 2,
  /** The mark must be turned around (” opening a pair, “ closing one). */
  Turn = 4,
}

/**
 * Pairs the quote marks of one line left to right: the first of a pair opens, the second
 * closes; a pair ” … ” must turn its first mark around (and “ … “ its second).
 */
function pairQuotes(text: string, lineStart: number, lineEnd: number, roles: Map<number, number>): void {
  let opener = -1;
  for (let index = lineStart; index < lineEnd; index++) {
    const unit = text.charCodeAt(index);
    if (unit !== Char.LeftDoubleQuote && unit !== Char.RightDoubleQuote) continue;
    if (opener < 0) {
      opener = index;
      continue;
    }
    const openerUnit = text.charCodeAt(opener);
    roles.set(opener, QuoteRole.Opening | (openerUnit === Char.RightDoubleQuote ? QuoteRole.Turn : 0));
    roles.set(index, QuoteRole.Closing | (unit === Char.LeftDoubleQuote ? QuoteRole.Turn : 0));
    opener = -1;
  }
}
