/**
 * The items of a list written around a name («في إربد والزرقاء والعقبة», «سوسة، نابل»), read
 * character by character. They answer what these regular expressions answer (the tests check
 * it on random text), without running a regular expression engine at each of the ~10,000
 * list joins of 4 MB of news — which took half the time of the pass that asks
 * (listedContextualNames.ts):
 *
 *   next:     /(?:\s*[,،]\s*|\s+(?=و))([\p{L}\p{M}]+)/uy                    from `at`
 *   previous: /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(?:\s*[,،]\s*و?|\s+و)$/u    on source[from, at)
 */

const WAW = 0x648;

/** A list item: its word, where the word starts, and whether a comma joins it. */
export interface ListItem {
  word: string;
  start: number;
  comma: boolean;
  /** The join holds «و» (always for an item found after a name without a comma). */
  waw: boolean;
}

/**
 * The next item after `at`: blanks, a comma and blanks, or blanks and a word starting with
 * «و»; then the word (letters and marks), read no further than `limit`. Null when there is
 * none or when the word would start at or past `limit`.
 */
export function nextListItem(source: string, at: number, limit: number): ListItem | null {
  let i = at;
  while (i < source.length && isRegExpSpace(source.charCodeAt(i))) i++;
  const comma = isComma(source.charCodeAt(i));
  if (comma) {
    i++;
    while (i < source.length && isRegExpSpace(source.charCodeAt(i))) i++;
  } else if (i === at || source.charCodeAt(i) !== WAW) return null;
  const start = i;
  const end = letterRunEnd(source, start, source.length);
  if (end === start || start >= limit) return null;
  return { word: source.slice(start, Math.min(end, limit)), start, comma, waw: !comma };
}

/**
 * The item before a join that ends at `at` (a comma between blanks, then maybe «و»; or blanks
 * and «و»), its word read no further back than `from`: null when there is no such join, or no
 * word right before it.
 */
export function previousListItem(source: string, from: number, at: number): ListItem | null {
  // With a comma: [word] \s* [,،] \s* و? — else [word] \s+ و (the two never both fit).
  const wawLast = at > from && source.charCodeAt(at - 1) === WAW;
  let i = wawLast ? at - 1 : at;
  while (i > from && isRegExpSpace(source.charCodeAt(i - 1))) i--;
  const comma = i > from && isComma(source.charCodeAt(i - 1));
  if (comma) {
    i--;
    while (i > from && isRegExpSpace(source.charCodeAt(i - 1))) i--;
  } else if (!wawLast || i === at - 1) return null;
  const start = letterRunStart(source, from, i);
  return start === i ? null : { word: source.slice(start, i), start, comma, waw: wawLast };
}

function isComma(code: number): boolean {
  return code === 0x2c || code === 0x60c;
}

/** JavaScript's `\s`: white space and line terminators. */
function isRegExpSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit outside the surrogates: 0 not asked yet, 1 a letter or mark, 2 not. */
const LETTER_OR_MARK_UNITS = new Uint8Array(0x10000);

function isLetterOrMarkUnit(code: number): boolean {
  let known = LETTER_OR_MARK_UNITS[code]!;
  if (known === 0) known = LETTER_OR_MARK_UNITS[code] = LETTER_OR_MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const pairIsLetterOrMark = (high: number, low: number): boolean => LETTER_OR_MARK.test(String.fromCharCode(high, low));

/** Where the run of letters and marks from `start` ends (a code point at a time, as /u reads), before `end`. */
function letterRunEnd(source: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const code = source.charCodeAt(i);
    if (isHigh(code) && i + 1 < end && isLow(source.charCodeAt(i + 1))) {
      if (!pairIsLetterOrMark(code, source.charCodeAt(i + 1))) break;
      i += 2;
    } else if (isLetterOrMarkUnit(code)) i++;
    else break;
  }
  return i;
}

/** Where the run of letters and marks that ends at `end` starts, no further back than `from`. */
function letterRunStart(source: string, from: number, end: number): number {
  let i = end;
  while (i > from) {
    const code = source.charCodeAt(i - 1);
    if (isLow(code) && i - 2 >= from && isHigh(source.charCodeAt(i - 2))) {
      if (!pairIsLetterOrMark(source.charCodeAt(i - 2), code)) break;
      i -= 2;
    } else if (isLetterOrMarkUnit(code)) i--;
    else break;
  }
  return i;
}
