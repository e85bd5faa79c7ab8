// Unicode facts per BMP code unit, derived from the JS engine's own Unicode data (property
// regexes and String.prototype.normalize) on first use instead of shipped as tables: the
// engine already carries them, and shipping them cost ~7 kB min+gzip. Derivation takes a few
// milliseconds once per process; `loadUnicode` runs it.

/** `true` for a surrogate, high or low. */
export function isSurrogate(unit: number): boolean {
  return (unit & 0xf800) === 0xd800;
}
/** `true` for a high (leading) surrogate. */
export function isHighSurrogate(unit: number): boolean {
  return (unit & 0xfc00) === 0xd800;
}
/** `true` for a low (trailing) surrogate. */
export function isLowSurrogate(unit: number): boolean {
  return (unit & 0xfc00) === 0xdc00;
}

/** 1 for combining marks (General_Category M). */
export const IS_MARK = new Uint8Array(65536);
/** 1 for characters of the Arabic script (Script_Extensions). */
export const IS_ARABIC_SCRIPT = new Uint8Array(65536);
/**
 * NFC facts per combining mark: bits 0–5 the rank of its canonical combining class (0 for
 * a starter; same class, same rank; a higher class, a higher rank), and NfcBits.Suspect.
 * Only marks are described: a cluster that NFC may change (an Arabic base and the marks
 * after it) holds nothing else.
 */
export const NFC_INFO = new Uint8Array(65536);
/** NFC_INFO bits (constants the build inlines). */
export const enum NfcBits {
  /** The rank of the combining class. */
  Rank = 63,
  /** NFC may join this mark to what precedes it, or changes it. */
  Suspect = 128,
}

/** Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF) → their NFKC text (ﻷ → لأ). */
export const PRESENTATION_FORMS = new Map<number, string>();

const nfd = (text: string) => text.normalize("NFD");
/** `true` when NFD changes the text (decomposes or reorders it). */
const nfdChanges = (text: string) => nfd(text) !== text;

let loaded = false;

/** Fills the tables above; cheap after the first call. */
export function loadUnicode(): void {
  if (loaded) return;
  loaded = true;
  // Every BMP unit in order as one string (surrogates as spaces), so one regex scan per
  // property finds its ranges.
  let bmp = "";
  for (let unit = 0; unit < 65536; unit++) bmp += String.fromCharCode(isSurrogate(unit) ? 32 : unit);
  // Returns the characters found, in order.
  const scan = (table: Uint8Array, pattern: RegExp) => {
    let found = "";
    for (const match of bmp.matchAll(pattern)) {
      table.fill(1, match.index, match.index + match[0].length);
      found += match[0];
    }
    return found;
  };
  const marks = scan(IS_MARK, /\p{M}+/gu);
  scan(IS_ARABIC_SCRIPT, /\p{scx=Arab}+/gu);

  // Marks NFC changes, or may join to what precedes them: the second part of a canonical
  // decomposition. Only blocks of 64 units that NFD changes are looked at unit by unit, and
  // not the Hangul syllables U+AC00–D7A3 (their decompositions hold no mark).
  for (let block = 0; block < 65536; block += 64) {
    const text = bmp.slice(block, block + 64);
    if (!nfdChanges(text) || (block >= 0xac00 && block < 0xd7c0)) continue;
    for (const char of text) {
      // (A character NFD leaves alone is left alone by NFC too: nothing to mark.)
      for (const part of (char.normalize("NFC") === char ? "" : char) + nfd(char).slice(1)) {
        const unit = part.charCodeAt(0);
        if (IS_MARK[unit] === 1) NFC_INFO[unit] = NfcBits.Suspect;
      }
    }
  }

  // Combining class ranks: canonical ordering is a stable sort by class, so NFD of all
  // non-starters in a row lists them by class; a pair in that list that does not swap when
  // reversed shares a class.
  let nonStarters = "";
  // A mark has a non-zero class (canonical ordering moves it) when, between marks of the
  // highest and the lowest class, 240 (U+0345) and 1 (U+0334), it makes canonical ordering
  // reverse the run; a starter (class 0) splits it.
  for (const mark of marks) if (!nfdChanges(mark) && nfdChanges("a\u0345" + mark + "\u0334")) nonStarters += mark;
  const sorted = nfd("a" + nonStarters).slice(1);
  let rank = 0;
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || nfdChanges("a" + sorted[index] + sorted[index - 1])) rank++;
    NFC_INFO[sorted.charCodeAt(index)]! |= rank;
  }

  for (const match of bmp.matchAll(/[\uFB50-\uFDFF\uFE70-\uFEFF]/g)) {
    const text = match[0].normalize("NFKC");
    if (text !== match[0]) PRESENTATION_FORMS.set(match.index, text);
  }
}
