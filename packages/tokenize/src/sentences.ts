import abbreviationData from "../data/abbreviations.json";
import type { SentencesOptions, Span } from "./types.js";

const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationData.abbreviations);
/** Sentence-final marks: . ! ? ؟ … ۔ ‼ ⁇ ⁈ ⁉ */
const TERMINATORS = new Set([".", "!", "?", "\u061F", "\u2026", "\u06D4", "\u203C", "\u2047", "\u2048", "\u2049"]);
/** Marks that may close a sentence after its terminator: quotes and brackets. */
const CLOSERS = new Set([")", "]", "}", "»", "”", "“", '"', "’", "›"]);
const LINE_BREAKS = new Set(["\n", "\r", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C"]);
/** Code units that are a line break, a terminator or a quote (1), for the fast skip in the main loop. */
const MAYBE_SPECIAL = (() => {
  const table = new Uint8Array(0x10000);
  for (const ch of [...LINE_BREAKS, ...TERMINATORS, "“", "”", '"', "«", "»"]) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** A quote left open longer than this is taken as a stray mark, so one typo cannot swallow a page. */
const MAX_QUOTE_LENGTH = 1000;

const isWhiteSpace = (ch: string): boolean => /\s/u.test(ch);
const isLatinLetter = (ch: string): boolean => /\p{Script=Latin}/u.test(ch) && /\p{L}/u.test(ch);
const isLowerLatin = (ch: string): boolean => /\p{Ll}/u.test(ch) && /\p{Script=Latin}/u.test(ch);
const isArabicLetter = (ch: string): boolean => /\p{Script=Arabic}/u.test(ch) && /\p{L}/u.test(ch);
const isUpperLatin = (ch: string): boolean => /\p{Lu}/u.test(ch);

/**
 * Splits `text` into sentences and returns their spans (UTF-16 offsets, end
 * exclusive), each trimmed of surrounding white space; empty sentences are
 * dropped. A sentence ends at . ! ? ؟ … (and any run of them, with closing
 * quotes or brackets after them) and at line breaks (see
 * {@link SentencesOptions.lineBreaks}). A period does not end a sentence inside
 * a number ("13.75"), before a letter ("U.S.", "example.com"), after a listed
 * abbreviation ("Inc.", "Dr.") or an initial ("J. K."), or before a lowercase
 * Latin word; nor does any mark inside quotes («…» “…” "…").
 *
 * @example
 * sentences("استثمرت Microsoft 13.75 مليار دولار. وقال Dr. Scott: «نحن هنا. دائمًا».")
 * // [{ start: 0, end: 39 }, { start: 40, end: 80 }]
 */
export function sentences(text: string, options: SentencesOptions = {}): Span[] {
  if (typeof text !== "string") throw new TypeError("sentences: `text` must be a string");
  if (options === null || typeof options !== "object") throw new TypeError("sentences: `options` must be an object");
  const paragraphsOnly = options.lineBreaks === "paragraph";
  const spans: Span[] = [];
  let sentenceStart = 0;
  let curlyOpen = false;
  let straightOpen = false;
  let guillemetOpen = false;
  let quoteOpenedAt = -1;

  const closeQuotes = (): void => {
    curlyOpen = straightOpen = guillemetOpen = false;
    quoteOpenedAt = -1;
  };
  const inQuote = (): boolean => curlyOpen || straightOpen || guillemetOpen;
  const updateQuote = (ch: string, at: number): void => {
    const wasOpen = inQuote();
    // Arabic web text pairs “ and ” in either order («” ChatGPT ”», «” … “»):
    // each family toggles instead of insisting on a direction.
    if (ch === "“" || ch === "”") curlyOpen = !curlyOpen;
    else if (ch === '"') straightOpen = !straightOpen;
    else if (ch === "«" || ch === "»") guillemetOpen = !guillemetOpen;
    else return;
    if (!wasOpen && inQuote()) quoteOpenedAt = at;
  };
  const emit = (end: number): void => {
    pushTrimmed(text, sentenceStart, end, spans);
    sentenceStart = end;
  };

  let i = 0;
  while (i < text.length) {
    // Most characters are none of the marks this loop cares about: skip them
    // by code before making a one-character string.
    if (!MAYBE_SPECIAL[text.charCodeAt(i)]) {
      i++;
      continue;
    }
    const ch = text[i]!;
    if (LINE_BREAKS.has(ch)) {
      let j = i + 1;
      let breaks = 1;
      while (j < text.length && (LINE_BREAKS.has(text[j]!) || isWhiteSpace(text[j]!))) {
        // \r\n counts as one break.
        if (LINE_BREAKS.has(text[j]!) && !(text[j] === "\n" && text[j - 1] === "\r")) breaks++;
        j++;
      }
      if (!paragraphsOnly || breaks > 1) {
        emit(i);
        closeQuotes();
      }
      i = j;
      continue;
    }
    if (inQuote() && i - quoteOpenedAt > MAX_QUOTE_LENGTH) closeQuotes();
    if (!TERMINATORS.has(ch)) {
      updateQuote(ch, i);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && TERMINATORS.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && CLOSERS.has(text[k]!)) {
      updateQuote(text[k]!, k);
      k++;
    }
    if (!inQuote() && endsSentence(text, i, j)) emit(k);
    i = k;
  }
  emit(text.length);
  return spans;
}

/** Whether the terminator run text[i, j) ends a sentence. */
function endsSentence(text: string, i: number, j: number): boolean {
  const run = text.slice(i, j);
  const next = text[j] ?? "";
  let after = j;
  while (after < text.length && isWhiteSpace(text[after]!) && !LINE_BREAKS.has(text[after]!)) after++;
  const nextWordStart = text[after] ?? "";
  // "… and then" / "e.g. the": a lowercase Latin word continues the sentence.
  if (isLowerLatin(nextWordStart)) return false;
  if (run !== ".") return true;
  if (next !== "" && !isWhiteSpace(next) && !CLOSERS.has(next)) {
    // «الشركة.وقال»: a missing space in Arabic still ends the sentence;
    // "13.75", "U.S.", "openai.com" do not.
    return isArabicLetter(next);
  }
  const word = wordBefore(text, i);
  if (ABBREVIATIONS.has(word)) return false;
  if (word.length === 1 && isUpperLatin(word)) return false;
  return true;
}

/** The Latin letters and inner periods just before index i ("U.S" before the last "." of "U.S."). */
function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && s > i - 12 && (isLatinLetter(text[s - 1]!) || (text[s - 1] === "." && s - 1 > 0 && isLatinLetter(text[s - 2]!)))) s--;
  if (s > 0 && isLatinLetter(text[s - 1]!)) return ""; // longer than any abbreviation
  return text.slice(s, i);
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isWhiteSpace(text[start]!)) start++;
  while (end > start && isWhiteSpace(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
