import { normalize } from "@qalam/normalize";
import { foldSameLength } from "./fold.js";

/** A word, a number or one other character of the folded text, with its offsets there. */
export interface Lexeme {
  start: number;
  end: number;
  text: string;
  kind: "word" | "number" | "mark";
}

// Letters with their marks, or digits with inner separators, or any other
// single non-space character. Each alternative is a plain run, so matching is
// linear in the input.
const LEXEME = /[\p{L}\p{M}]+|\d+(?:[.,:]\d+)*|\S/gu;

/** Splits folded text into lexemes; white space separates them and is dropped. */
export function lex(folded: string): Lexeme[] {
  const lexemes: Lexeme[] = [];
  LEXEME.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = LEXEME.exec(folded)) !== null) {
    const text = match[0];
    const first = text.charCodeAt(0);
    const kind = first >= 0x30 && first <= 0x39 ? "number" : /^[\p{L}\p{M}]/u.test(text) ? "word" : "mark";
    lexemes.push({ start: match.index, end: match.index + text.length, text, kind });
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
