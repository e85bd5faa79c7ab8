import type { TextSpan } from "./types.js";

/** A pair of quotation marks: `open`/`close` are the indexes of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
  /** The quoted text without the marks and the spaces just inside them. */
  content: TextSpan;
}

// Guillemets pair with guillemets, the double quotes (“ ” „ ‟ " ″) with each other. The
// glyph's direction is not trusted: Arabic sites print ” … “ and ” … ” as often as “ … ”.
const FAMILY: ReadonlyMap<string, number> = new Map([
  ["«", 1], ["»", 1],
  ["“", 2], ["”", 2], ["„", 2], ["‟", 2], ['"', 2], ["″", 2], ["＂", 2],
]);

/**
 * Pairs the double quotation marks of each line by position: the first mark opens, the
 * next mark of the same family closes; a mark of the other family opens a nested quote.
 * Marks left open at the end of a line are dropped (a quote never spans lines here).
 * Single quotes are not paired: ’ is an apostrophe far more often (Microsoft’s).
 * One pass over the text.
 */
export function pairQuotes(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: Array<{ at: number; family: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029") {
      stack.length = 0;
      continue;
    }
    const family = FAMILY.get(c);
    if (family === undefined) continue;
    const top = stack[stack.length - 1];
    if (top !== undefined && top.family === family) {
      stack.pop();
      const content = trimInside(text, top.at + 1, i);
      if (content.start < content.end) pairs.push({ open: top.at, close: i, content });
    } else {
      stack.push({ at: i, family });
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

function trimInside(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}
