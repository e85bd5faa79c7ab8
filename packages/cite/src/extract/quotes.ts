import type { TextSpan } from "./types.js";

/** A pair of quotation marks: `open`/`close` are the indexes of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
  /** The quoted text without the marks and the spaces just inside them. */
  content: TextSpan;
}

// Guillemets pair with guillemets, the double quotes (“ ” „ ‟ " ″ ＂) with each other. The
// glyph's direction is not trusted: Arabic sites print ” … “ and ” … ” as often as “ … ”.
// By code unit: this runs on every character of the text, so no per-character string or map lookup.
const GUILLEMETS = 1;
const DOUBLE_QUOTES = 2;
function familyOf(c: number): number {
  if (c === 0xab || c === 0xbb) return GUILLEMETS; // « »
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033 || c === 0xff02) return DOUBLE_QUOTES;
  return 0;
}

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
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      stack.length = 0;
      continue;
    }
    const family = familyOf(c);
    if (family === 0) continue;
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
