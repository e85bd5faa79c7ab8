// Character folding used by the value matchers on top of @qalam/normalize's
// "search" preset. The preset's exact letter choices are its own business, so
// the matchers fold once more with a map that keeps every string's length
// (one UTF-16 unit in, one out): offsets found on the folded text are still
// offsets into the normalized text, and the Edits from normalize map them back.

const ALEF = 0x0627;
const YEH = 0x064a;
const HEH = 0x0647;
const WAW = 0x0648;

/** Folds one UTF-16 code unit; always returns exactly one code unit. */
export function foldCodeUnit(code: number): number {
  // ASCII upper case -> lower case: Latin names and codes match in any case.
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x0600) return code;
  // Arabic-Indic and Extended (Persian/Urdu) digits -> ASCII digits.
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  switch (code) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return ALEF;
    case 0x0649: // ى
    case 0x06cc: // ی Persian yeh
    case 0x0626: // ئ
      return YEH;
    case 0x0629: // ة
      return HEH;
    case 0x0624: // ؤ
      return WAW;
    case 0x06a9: // ک Persian kaf
      return 0x0643;
    case 0x066b: // ٫ Arabic decimal separator
      return 0x2e;
    case 0x066c: // ٬ Arabic thousands separator
      return 0x2c;
    case 0x066a: // ٪ Arabic percent sign
      return 0x25;
    case 0x060c: // ، Arabic comma: kept distinct from the thousands separator
      return code;
    default:
      return code;
  }
}

/** Folds a whole string code unit by code unit (same length as the input). */
export function foldSameLength(text: string): string {
  let out = "";
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The table (below) holds foldCodeUnit of every code unit: one read instead of a switch.
    const folded = FOLD_TABLE[code]!;
    if (folded !== code) {
      out += text.slice(runStart, i) + String.fromCharCode(folded);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}

/** Arabic diacritics, Quranic marks, superscript alef, tatweel and invisible format characters. */
function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    code === 0x0640 ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/**
 * A lookup key for a name in a table: ignorable marks removed, letters folded
 * as in {@link foldCodeUnit}, runs of whitespace collapsed to one space.
 * Works without @qalam/normalize, so the tables can be used on their own.
 */
export function foldKey(name: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (isIgnorable(code)) continue;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += String.fromCharCode(foldCodeUnit(code));
  }
  return out;
}

/** {@link foldCodeUnit} for every UTF-16 code unit, precomputed for the hot loops (128 KB). */
export const FOLD_TABLE: Uint16Array = (() => {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = foldCodeUnit(code);
  return table;
})();
