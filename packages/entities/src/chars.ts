/**
 * Character folding for matching. Matching runs on text already normalized by the
 * `search` preset of @qalam/normalize; this table folds what remains to one key
 * character per letter (so the gazetteer and the text agree whatever that preset
 * keeps) and classifies every other UTF-16 unit:
 *
 * - a key character: Latin letters lowercased and stripped of accents, Arabic letters
 *   with hamza carriers, alef maqsura and teh marbuta folded, digits of both systems;
 * - IGNORED: marks that never split a word (harakat, tatweel, ZWJ/ZWNJ, bidi controls);
 * - SEPARATOR: spaces and in-name punctuation (- . ’ ' & _ ·): a word boundary that a
 *   name may span, which is what makes «Open AI» match «OpenAI»;
 * - BREAK: everything else (line breaks, commas, brackets, quotes …): no name spans it.
 */
export const IGNORED = -1;
export const SEPARATOR = -2;
export const BREAK = -3;

/** Script groups for word boundaries: a change of group is a boundary («وOpenAI»). */
export const GROUP_LATIN = 1;
export const GROUP_ARABIC = 2;

const table = new Int32Array(0x10000).fill(BREAK);
const groups = new Uint8Array(0x10000);

function setRange(from: number, to: number, value: number, group = 0): void {
  for (let c = from; c <= to; c++) {
    table[c] = value;
    groups[c] = group;
  }
}

function fold(code: number, to: string, group: number): void {
  table[code] = to.charCodeAt(0);
  groups[code] = group;
}

// Latin: ASCII, Latin-1 and Latin Extended-A/B letters folded to a–z by their decomposition.
for (let c = 0x41; c <= 0x24f; c++) {
  const base = String.fromCharCode(c).normalize("NFD").charAt(0).toLowerCase();
  if (base >= "a" && base <= "z") fold(c, base, GROUP_LATIN);
}
fold(0xdf, "s", GROUP_LATIN); // ß
for (let d = 0; d <= 9; d++) {
  fold(0x30 + d, String(d), GROUP_LATIN);
  fold(0x660 + d, String(d), GROUP_LATIN); // Arabic-Indic digits
  fold(0x6f0 + d, String(d), GROUP_LATIN); // Extended Arabic-Indic (Persian, Urdu)
}
// Digits group with Latin: «GPT4» is one word, «بـ10» is two.

// Arabic letters map to themselves, then the variant folds.
setRange(0x621, 0x63a, 0, GROUP_ARABIC);
setRange(0x641, 0x64a, 0, GROUP_ARABIC);
setRange(0x671, 0x6d3, 0, GROUP_ARABIC);
setRange(0x6fa, 0x6fc, 0, GROUP_ARABIC);
for (let c = 0x621; c <= 0x6fc; c++) if (table[c] === 0) table[c] = c;
const ARABIC_FOLDS: Array<[string, string]> = [
  ["أإآٱٲٳ", "ا"],
  ["ىیۍې", "ي"],
  ["ئ", "ي"],
  ["ؤ", "و"],
  ["ة", "ه"],
  ["ۀہھۂ", "ه"],
  ["کڪ", "ك"],
  ["گ", "ك"],
  ["پ", "ب"],
  ["ڤڥ", "ف"],
  ["چ", "ج"],
  ["ژ", "ز"],
];
for (const [from, to] of ARABIC_FOLDS) for (const ch of from) fold(ch.charCodeAt(0), to, GROUP_ARABIC);

// Marks that never split a word.
setRange(0x610, 0x61a, IGNORED);
setRange(0x64b, 0x65f, IGNORED);
table[0x670] = IGNORED; // superscript alef
table[0x640] = IGNORED; // tatweel
setRange(0x6d6, 0x6ed, IGNORED);
table[0xad] = IGNORED; // soft hyphen
setRange(0x200b, 0x200f, IGNORED); // ZWSP, ZWNJ, ZWJ, LRM, RLM
setRange(0x202a, 0x202e, IGNORED);
setRange(0x2066, 0x2069, IGNORED);
table[0x61c] = IGNORED; // ALM
table[0xfeff] = IGNORED;
setRange(0x300, 0x36f, IGNORED); // combining accents

// Separators a name may span.
for (const ch of " \t\u00a0\u1680\u202f\u205f\u3000-.'’‘&_·") table[ch.charCodeAt(0)] = SEPARATOR;
setRange(0x2000, 0x200a, SEPARATOR);
setRange(0x2010, 0x2015, SEPARATOR);

/** Folded key character (a UTF-16 code) or IGNORED / SEPARATOR / BREAK. */
export function classify(code: number): number {
  return table[code]!;
}

/** GROUP_LATIN, GROUP_ARABIC or 0 for a key character's script group. */
export function groupOf(code: number): number {
  return groups[code]!;
}

/** The folded key of a name: its key characters only («Open AI» → "openai"). */
export function nameKey(name: string): string {
  let key = "";
  for (let i = 0; i < name.length; i++) {
    const v = table[name.charCodeAt(i)]!;
    if (v >= 0) key += String.fromCharCode(v);
  }
  return key;
}

/** True when the name has a BREAK character between two key characters (such a name can never match). */
export function hasInnerBreak(name: string): boolean {
  let seenKey = false;
  let pendingBreak = false;
  for (let i = 0; i < name.length; i++) {
    const v = table[name.charCodeAt(i)]!;
    if (v >= 0) {
      if (pendingBreak && seenKey) return true;
      seenKey = true;
      pendingBreak = false;
    } else if (v === BREAK) pendingBreak = true;
  }
  return false;
}
